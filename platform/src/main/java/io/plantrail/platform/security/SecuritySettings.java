package io.plantrail.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How callers prove who they are ({@code plantrail.security.*}): tokens from an identity provider in production,
 * demo users for a local run. See README "Security".
 */
@ConfigurationProperties("plantrail.security")
record SecuritySettings(@DefaultValue Jwt jwt, @DefaultValue Demo demo) {

    /**
     * Bearer tokens: either the provider's issuer URI (keys found through its discovery document) or a fixed RSA
     * public key with the issuer its tokens name. Claim names differ between providers, so they are settings.
     */
    record Jwt(URI issuerUri,
               String issuer,
               String publicKey,
               Resource publicKeyLocation,
               String audience,
               @DefaultValue("preferred_username") String principalClaim,
               @DefaultValue("roles") String rolesClaim,
               @DefaultValue("plantrail_leads") String leadsClaim) {

        boolean configured() {
            return issuerUri != null || hasPublicKey();
        }

        boolean hasPublicKey() {
            return (publicKey != null && !publicKey.isBlank()) || publicKeyLocation != null;
        }
    }

    /** HTTP Basic users for trying Plantrail locally; never on unless switched on. */
    record Demo(boolean enabled, @DefaultValue Map<String, DemoUser> users) {
    }

    /** A demo user's settings; anything left out comes from {@link DemoUsers#DEFAULTS} for the users it names. */
    record DemoUser(String password, Set<Role> roles, List<String> leads) {
    }
}
