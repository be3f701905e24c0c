package io.plantrail.platform.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The identity provider of the tests: an RSA key pair made when the tests start (no key is ever in the
 * repository), tokens signed with it, and the demo users every test context has. {@link TestSecurityCustomizerFactory}
 * puts the matching settings into every Spring test context.
 */
public final class TestIdentity {

    public static final String ISSUER = "https://idp.plantrail.test/realms/council";
    private static final KeyPair KEYS = rsa();
    private static final KeyPair STRANGER = rsa();

    /** Test users and their roles: one per role, two leads of different people, and one who operates and audits. */
    public static final Map<String, String> USERS = users();

    private TestIdentity() {
    }

    public static String bearer(String user, List<String> roles, List<String> leads) {
        return "Bearer " + sign(KEYS, ISSUER, user, roles, leads, Instant.now().minusSeconds(10), Duration.ofMinutes(5));
    }

    public static String expiredBearer(String user, List<String> roles) {
        return "Bearer " + sign(KEYS, ISSUER, user, roles, List.of(), Instant.now().minus(Duration.ofHours(2)),
                Duration.ofMinutes(5));
    }

    public static String otherIssuerBearer(String user, List<String> roles) {
        return "Bearer " + sign(KEYS, "https://idp.elsewhere.test/realms/other", user, roles, List.of(),
                Instant.now().minusSeconds(10), Duration.ofMinutes(5));
    }

    public static String strangerSignedBearer(String user, List<String> roles) {
        return "Bearer " + sign(STRANGER, ISSUER, user, roles, List.of(), Instant.now().minusSeconds(10),
                Duration.ofMinutes(5));
    }

    /** HTTP Basic for a test user; every test user's password is "test-" and the name. */
    public static String basic(String user) {
        return basic(user, "test-" + user);
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("plantrail.security.jwt.issuer", ISSUER);
        properties.put("plantrail.security.jwt.public-key", "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(KEYS.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----");
        properties.put("plantrail.security.demo.enabled", "true");
        USERS.forEach((user, roles) -> {
            properties.put("plantrail.security.demo.users." + user + ".password", "test-" + user);
            properties.put("plantrail.security.demo.users." + user + ".roles", roles);
        });
        properties.put("plantrail.security.demo.users.lead.leads", "Jackie Wilson");
        properties.put("plantrail.security.demo.users.other-lead.leads", "Ken Morton");
        return properties;
    }

    private static String sign(KeyPair keys, String issuer, String user, List<String> roles, List<String> leads,
                               Instant issuedAt, Duration life) {
        RSAKey jwk = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate())
                .keyID("test").build();
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(jwk)));
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .subject("subject-" + user)
                .claim("preferred_username", user)
                .claim("roles", roles)
                .claim("plantrail_leads", leads)
                .issuedAt(issuedAt)
                .notBefore(issuedAt)
                .expiresAt(issuedAt.plus(life))
                .build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId("test").build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    private static Map<String, String> users() {
        Map<String, String> users = new LinkedHashMap<>();
        users.put("manager", "PLAN_MANAGER");
        users.put("lead", "LEAD");
        users.put("other-lead", "LEAD");
        users.put("auditor", "AUDITOR");
        users.put("inspector", "INSPECTOR");
        users.put("admin", "ADMIN");
        users.put("operator", "AUDITOR,ADMIN");
        return Map.copyOf(users);
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
