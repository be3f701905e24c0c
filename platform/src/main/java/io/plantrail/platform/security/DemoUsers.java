package io.plantrail.platform.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The demo users of a local run: one per role, and a lead who acts for a lead of the demo plan. Their passwords
 * come from configuration; the shipped defaults are refused unless the process runs on its own embedded database.
 */
final class DemoUsers implements UserDetailsService {

    static final Map<String, SecuritySettings.DemoUser> DEFAULTS = defaults();

    private final Map<String, UserDetails> users = new LinkedHashMap<>();

    private DemoUsers() {
    }

    static DemoUsers none() {
        return new DemoUsers();
    }

    DemoUsers(SecuritySettings.Demo demo, boolean embeddedDatabase) {
        List<String> unsafe = new ArrayList<>();
        Set<String> names = new TreeSet<>(DEFAULTS.keySet());
        names.addAll(demo.users().keySet());
        for (String name : names) {
            SecuritySettings.DemoUser user = merged(name, demo.users().get(name));
            if (user.password() == null || user.password().isBlank()) {
                throw new UnsafeSecuritySettings("Demo user '" + name + "' has no password. Set "
                        + "plantrail.security.demo.users." + name + ".password.");
            }
            if (isDefaultPassword(name, user.password())) {
                unsafe.add(name);
            }
            users.put(name, User.withUsername(name).password(user.password()).authorities(authorities(user)).build());
        }
        if (!unsafe.isEmpty() && !embeddedDatabase) {
            throw new UnsafeSecuritySettings("Demo users are switched on with their shipped default passwords ("
                    + String.join(", ", unsafe) + ") on a configured database. Set a password for each "
                    + "(plantrail.security.demo.users.<name>.password, e.g. PLANTRAIL_SECURITY_DEMO_USERS_"
                    + unsafe.get(0).toUpperCase() + "_PASSWORD) or switch demo users off.");
        }
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserDetails user = users.get(username);
        if (user == null) {
            throw new UsernameNotFoundException("No such demo user");
        }
        return User.withUserDetails(user).build(); // a copy: Spring erases credentials after authenticating
    }

    Set<String> names() {
        return users.keySet();
    }

    /**
     * Demo passwords are configuration, not stored secrets, so there is nothing to hash; they are compared in
     * constant time so a response's timing says nothing about how much of a guess was right.
     */
    static PasswordEncoder passwordEncoder() {
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return raw.toString();
            }

            @Override
            public boolean matches(CharSequence raw, String configured) {
                return raw != null && configured != null && MessageDigest.isEqual(sha256(raw), sha256(configured));
            }
        };
    }

    private static SecuritySettings.DemoUser merged(String name, SecuritySettings.DemoUser configured) {
        SecuritySettings.DemoUser fallback = DEFAULTS.getOrDefault(name,
                new SecuritySettings.DemoUser(null, Set.of(), List.of()));
        if (configured == null) {
            return fallback;
        }
        return new SecuritySettings.DemoUser(
                configured.password() != null ? configured.password() : fallback.password(),
                configured.roles() != null ? configured.roles() : fallback.roles(),
                configured.leads() != null ? configured.leads() : fallback.leads());
    }

    private static boolean isDefaultPassword(String name, String password) {
        SecuritySettings.DemoUser shipped = DEFAULTS.get(name);
        return shipped != null && shipped.password().equals(password);
    }

    private static List<GrantedAuthority> authorities(SecuritySettings.DemoUser user) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        user.leads().forEach(lead -> authorities.add(new ActsFor(lead)));
        return authorities;
    }

    private static byte[] sha256(CharSequence text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static Map<String, SecuritySettings.DemoUser> defaults() {
        Map<String, SecuritySettings.DemoUser> users = new LinkedHashMap<>();
        users.put("manager", new SecuritySettings.DemoUser("manager-demo", Set.of(Role.PLAN_MANAGER), List.of()));
        // Jackie Wilson leads six actions of the 2009/10 demo plan.
        users.put("lead", new SecuritySettings.DemoUser("lead-demo", Set.of(Role.LEAD), List.of("Jackie Wilson")));
        users.put("auditor", new SecuritySettings.DemoUser("auditor-demo", Set.of(Role.AUDITOR), List.of()));
        users.put("inspector", new SecuritySettings.DemoUser("inspector-demo", Set.of(Role.INSPECTOR), List.of()));
        users.put("admin", new SecuritySettings.DemoUser("admin-demo", Set.of(Role.ADMIN), List.of()));
        return Map.copyOf(users);
    }
}
