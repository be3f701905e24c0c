package io.plantrail.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who is calling: the authenticated principal's name (recorded as the actor of every event it causes), its roles
 * and the leads it acts for. Built the same way whether the caller came with a JWT or as a demo user.
 */
public record Caller(String name, Set<Role> roles, Set<String> actsFor) {

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        actsFor = Set.copyOf(actsFor);
    }

    /** The caller of the request being handled; the security filter has already refused anyone unauthenticated. */
    public static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new IllegalStateException("No authenticated caller on this thread");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<String> leads = new LinkedHashSet<>();
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            if (authority instanceof ActsFor actsFor) {
                leads.add(actsFor.lead());
            }
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return new Caller(authentication.getName(), roles, leads);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
