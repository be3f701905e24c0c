package io.plantrail.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JwtCallersTest {

    private static final SecuritySettings.Jwt PLAIN = jwtSettings("preferred_username", "roles", "plantrail_leads");

    @Test
    void namesTheCallerAndGivesTheRolesAndLeadsTheTokenCarries() {
        AbstractAuthenticationToken caller = new JwtCallers(PLAIN).convert(jwt(Map.of(
                "preferred_username", "j.wilson", "roles", List.of("LEAD", "offline_access"),
                "plantrail_leads", List.of("Jackie Wilson"))));

        assertThat(caller.getName()).isEqualTo("j.wilson");
        assertThat(authorities(caller)).containsExactlyInAnyOrder("ROLE_LEAD", "ACTS_FOR:Jackie Wilson");
    }

    @Test
    void readsNestedClaimsAndRolesInOtherSpellings() {
        SecuritySettings.Jwt keycloak = jwtSettings("email", "realm_access.roles", "plantrail.leads");
        AbstractAuthenticationToken caller = new JwtCallers(keycloak).convert(jwt(Map.of(
                "email", "auditor@council.example",
                "realm_access", Map.of("roles", List.of("auditor", "ROLE_INSPECTOR", "plan-manager")),
                "plantrail", Map.of("leads", "Interim DCS"))));

        assertThat(caller.getName()).isEqualTo("auditor@council.example");
        assertThat(authorities(caller)).containsExactlyInAnyOrder("ROLE_AUDITOR", "ROLE_INSPECTOR",
                "ROLE_PLAN_MANAGER", "ACTS_FOR:Interim DCS");
    }

    @Test
    void takesRolesGivenAsOneSpaceSeparatedString() {
        AbstractAuthenticationToken caller = new JwtCallers(PLAIN).convert(jwt(Map.of("roles", "AUDITOR INSPECTOR")));

        assertThat(authorities(caller)).containsExactlyInAnyOrder("ROLE_AUDITOR", "ROLE_INSPECTOR");
    }

    @Test
    void fallsBackToTheSubjectForTheName() {
        assertThat(new JwtCallers(PLAIN).convert(jwt(Map.of())).getName()).isEqualTo("3f2a-subject");
    }

    @Test
    void refusesATokenThatNamesNobody() {
        Jwt anonymous = Jwt.withTokenValue("t").header("alg", "RS256").claim("roles", List.of("ADMIN"))
                .issuedAt(Instant.now()).build();

        assertThatThrownBy(() -> new JwtCallers(PLAIN).convert(anonymous))
                .isInstanceOf(OAuth2AuthenticationException.class);
    }

    private static Jwt jwt(Map<String, Object> claims) {
        Jwt.Builder jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("3f2a-subject").issuedAt(Instant.now());
        claims.forEach(jwt::claim);
        return jwt.build();
    }

    private static SecuritySettings.Jwt jwtSettings(String principal, String roles, String leads) {
        return new SecuritySettings.Jwt(null, "https://idp.example", null, null, null, principal, roles, leads);
    }

    private static List<String> authorities(AbstractAuthenticationToken caller) {
        return caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }
}
