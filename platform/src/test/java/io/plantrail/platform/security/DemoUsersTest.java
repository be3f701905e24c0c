package io.plantrail.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoUsersTest {

    private static final SecuritySettings.Demo SHIPPED = new SecuritySettings.Demo(true, Map.of());

    @Test
    void offersOneUserPerRoleAndALeadOfTheDemoPlan() {
        DemoUsers users = new DemoUsers(SHIPPED, true);

        assertThat(users.names()).containsExactlyInAnyOrder("manager", "lead", "auditor", "inspector", "admin");
        assertThat(authorities(users.loadUserByUsername("lead")))
                .containsExactlyInAnyOrder("ROLE_LEAD", "ACTS_FOR:Jackie Wilson");
        assertThat(authorities(users.loadUserByUsername("auditor"))).containsExactly("ROLE_AUDITOR");
    }

    @Test
    void refusesTheShippedPasswordsOnADatabaseItDidNotStart() {
        assertThatThrownBy(() -> new DemoUsers(SHIPPED, false))
                .isInstanceOf(UnsafeSecuritySettings.class)
                .hasMessageContaining("default passwords")
                .hasMessageContaining("PLANTRAIL_SECURITY_DEMO_USERS_");
    }

    @Test
    void refusesEvenOneShippedPasswordLeftInPlace() {
        Map<String, SecuritySettings.DemoUser> configured = Map.of(
                "manager", own("m-7f3k"), "lead", own("l-9x2q"), "auditor", own("a-4j8w"), "inspector", own("i-2p6r"));

        assertThatThrownBy(() -> new DemoUsers(new SecuritySettings.Demo(true, configured), false))
                .isInstanceOf(UnsafeSecuritySettings.class)
                .hasMessageContaining("(admin)");
    }

    @Test
    void startsOnAConfiguredDatabaseWhenEveryPasswordIsItsOwn() {
        Map<String, SecuritySettings.DemoUser> configured = Map.of("manager", own("m-7f3k"), "lead", own("l-9x2q"),
                "auditor", own("a-4j8w"), "inspector", own("i-2p6r"), "admin", own("d-5t1y"));

        DemoUsers users = new DemoUsers(new SecuritySettings.Demo(true, configured), false);

        assertThat(users.loadUserByUsername("manager").getPassword()).isEqualTo("m-7f3k");
        assertThat(authorities(users.loadUserByUsername("manager"))).containsExactly("ROLE_PLAN_MANAGER");
    }

    @Test
    void takesMoreUsersFromConfiguration() {
        Map<String, SecuritySettings.DemoUser> configured = Map.of("chair",
                new SecuritySettings.DemoUser("c-3v7n", Set.of(Role.AUDITOR, Role.INSPECTOR), List.of()));

        DemoUsers users = new DemoUsers(new SecuritySettings.Demo(true, configured), true);

        assertThat(authorities(users.loadUserByUsername("chair"))).containsExactlyInAnyOrder("ROLE_AUDITOR",
                "ROLE_INSPECTOR");
    }

    @Test
    void refusesAUserWithoutAPassword() {
        Map<String, SecuritySettings.DemoUser> configured = Map.of("chair",
                new SecuritySettings.DemoUser(null, Set.of(Role.AUDITOR), List.of()));

        assertThatThrownBy(() -> new DemoUsers(new SecuritySettings.Demo(true, configured), true))
                .isInstanceOf(UnsafeSecuritySettings.class).hasMessageContaining("chair");
    }

    @Test
    void comparesPasswordsWhole() {
        var passwords = DemoUsers.passwordEncoder();

        assertThat(passwords.matches("m-7f3k", "m-7f3k")).isTrue();
        assertThat(passwords.matches("m-7f3", "m-7f3k")).isFalse();
        assertThat(passwords.matches("", "m-7f3k")).isFalse();
    }

    private static SecuritySettings.DemoUser own(String password) {
        return new SecuritySettings.DemoUser(password, null, null);
    }

    private static List<String> authorities(UserDetails user) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }
}
