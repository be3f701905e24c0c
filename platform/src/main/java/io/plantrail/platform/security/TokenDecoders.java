package io.plantrail.platform.security;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;

/**
 * The token decoder for the configured identity provider. Every token must be signed by it, name it as issuer,
 * be within its validity (one minute's clock skew) and, when an audience is configured, be meant for Plantrail.
 */
final class TokenDecoders {

    private TokenDecoders() {
    }

    static JwtDecoder of(SecuritySettings.Jwt settings) {
        if (settings.issuerUri() != null) {
            String issuer = settings.issuerUri().toString();
            // Lazy: the provider's keys are fetched on the first token, so a service starts while the provider is down.
            return new SupplierJwtDecoder(() -> {
                NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
                decoder.setJwtValidator(validator(issuer, settings.audience()));
                return decoder;
            });
        }
        if (settings.issuer() == null || settings.issuer().isBlank()) {
            throw new UnsafeSecuritySettings("A JWT public key is configured without the issuer its tokens name. "
                    + "Set plantrail.security.jwt.issuer (PLANTRAIL_SECURITY_JWT_ISSUER) so tokens of other issuers "
                    + "are refused.");
        }
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(publicKey(settings)).build();
        decoder.setJwtValidator(validator(settings.issuer(), settings.audience()));
        return decoder;
    }

    private static OAuth2TokenValidator<Jwt> validator(String issuer, String audience) {
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(JwtValidators.createDefaultWithIssuer(issuer));
        if (audience != null && !audience.isBlank()) {
            validators.add(new JwtClaimValidator<Collection<String>>("aud",
                    aud -> aud != null && aud.contains(audience)));
        }
        return new DelegatingOAuth2TokenValidator<>(validators);
    }

    private static RSAPublicKey publicKey(SecuritySettings.Jwt settings) {
        String pem;
        try {
            pem = settings.publicKey() != null && !settings.publicKey().isBlank() ? settings.publicKey() : read(settings);
            String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new UnsafeSecuritySettings("The JWT public key cannot be read: it must be an RSA public key in PEM "
                    + "form (-----BEGIN PUBLIC KEY-----). " + e.getMessage());
        }
    }

    private static String read(SecuritySettings.Jwt settings) throws IOException {
        try (InputStream in = settings.publicKeyLocation().getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }
}
