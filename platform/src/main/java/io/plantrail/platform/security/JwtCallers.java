package io.plantrail.platform.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a validated token into a caller: the principal's name from a configurable claim (falling back to
 * {@code sub}), roles and acted-for leads from configurable claims. A dotted claim name reaches into nested claims,
 * as in Keycloak's {@code realm_access.roles}. Role values that are not Plantrail roles are ignored.
 */
final class JwtCallers implements Converter<Jwt, AbstractAuthenticationToken> {

    private final SecuritySettings.Jwt settings;

    JwtCallers(SecuritySettings.Jwt settings) {
        this.settings = settings;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (String value : strings(claim(jwt.getClaims(), settings.rolesClaim()), true)) {
            role(value).ifPresent(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        }
        for (String lead : strings(claim(jwt.getClaims(), settings.leadsClaim()), false)) {
            authorities.add(new ActsFor(lead));
        }
        return new JwtAuthenticationToken(jwt, authorities, name(jwt));
    }

    private String name(Jwt jwt) {
        Object named = claim(jwt.getClaims(), settings.principalClaim());
        String name = named instanceof String text && !text.isBlank() ? text : jwt.getSubject();
        if (name == null || name.isBlank()) {
            // Every event records who caused it; a token that names nobody cannot be used.
            throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
                    "The token names no user (" + settings.principalClaim() + " or sub)", null));
        }
        return name;
    }

    private static Object claim(Map<String, Object> claims, String path) {
        Object value = claims;
        for (String part : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(part);
        }
        return value;
    }

    /** A list claim, or one string: roles may come space- or comma-separated, a lead's name is one value. */
    private static List<String> strings(Object value, boolean separated) {
        if (value instanceof String text) {
            return separated ? List.of(text.trim().split("[\\s,]+")) : List.of(text);
        }
        if (value instanceof Collection<?> values) {
            return values.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return List.of();
    }

    private static Optional<Role> role(String value) {
        String normalised = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        if (normalised.startsWith("ROLE_")) {
            normalised = normalised.substring("ROLE_".length());
        }
        for (Role role : Role.values()) {
            if (role.name().equals(normalised)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
