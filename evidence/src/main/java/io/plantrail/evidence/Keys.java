package io.plantrail.evidence;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * Ed25519 keys as the JDK has them (no other library): a private key as PKCS#8, a public key as X.509
 * SubjectPublicKeyInfo, both base64 (the body of a PEM file). A key id is the first 16 hex digits of SHA-256 of the
 * raw 32-byte public key, short enough to print beside a checkpoint.
 */
public final class Keys {

    private static final String ED25519 = "Ed25519";
    /** An X.509 Ed25519 public key is this fixed 12-byte header and the 32 raw bytes. */
    private static final int X509_HEADER = 12;

    private Keys() {
    }

    /** A signing key and its public key. */
    public record SigningKey(PrivateKey privateKey, PublicKey publicKey) {

        public String keyId() {
            return Keys.keyId(publicKey);
        }

        public String sign(String statement) {
            try {
                Signature signer = Signature.getInstance(ED25519);
                signer.initSign(privateKey);
                signer.update(statement.getBytes(StandardCharsets.UTF_8));
                return Base64.getEncoder().encodeToString(signer.sign());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Could not sign with Ed25519", e);
            }
        }

        /** The public key as base64 X.509, as published. */
        public String publicKeyBase64() {
            return Base64.getEncoder().encodeToString(publicKey.getEncoded());
        }
    }

    public static SigningKey generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ED25519).generateKeyPair();
            return new SigningKey(pair.getPrivate(), pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime has no Ed25519", e);
        }
    }

    /** The private key's PKCS#8 encoding, base64: what {@code PLANTRAIL_EVIDENCE_SIGNING_KEY} holds. */
    public static String privateKeyBase64(SigningKey key) {
        return Base64.getEncoder().encodeToString(key.privateKey().getEncoded());
    }

    /**
     * Reads a PKCS#8 Ed25519 private key (base64, or a PEM text) and derives its public key. The JDK derives a
     * public key only while generating a pair, so the pair is generated again from the key's own 32-byte seed;
     * a signature made and checked proves the two belong together.
     */
    public static SigningKey signingKey(String pkcs8) {
        try {
            PrivateKey privateKey = KeyFactory.getInstance(ED25519)
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(pemBody(pkcs8))));
            byte[] seed = ((EdECPrivateKey) privateKey).getBytes()
                    .orElseThrow(() -> new IllegalArgumentException("The Ed25519 key has no private bytes"));
            KeyPairGenerator generator = KeyPairGenerator.getInstance(ED25519);
            generator.initialize(NamedParameterSpec.ED25519, new FixedSeed(seed));
            KeyPair pair = generator.generateKeyPair();
            SigningKey key = new SigningKey(privateKey, pair.getPublic());
            if (!verify(key.publicKey(), "plantrail key check", key.sign("plantrail key check"))) {
                throw new IllegalArgumentException("Could not derive the public key of the signing key");
            }
            return key;
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalArgumentException("Not an Ed25519 private key in PKCS#8 (base64): " + e.getMessage(), e);
        }
    }

    /** Reads an X.509 Ed25519 public key, base64 or PEM. */
    public static PublicKey publicKey(String x509) {
        try {
            return KeyFactory.getInstance(ED25519)
                    .generatePublic(new X509EncodedKeySpec(Base64.getMimeDecoder().decode(pemBody(x509))));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not an Ed25519 public key in X.509 (base64): " + e.getMessage(), e);
        }
    }

    public static String keyId(PublicKey publicKey) {
        return Hex.of(Links.sha256(raw(publicKey))).substring(0, 16);
    }

    /** The 32 raw bytes of an Ed25519 public key, as RFC 8032 writes it. */
    public static byte[] raw(PublicKey publicKey) {
        byte[] encoded = publicKey.getEncoded();
        return Arrays.copyOfRange(encoded, X509_HEADER, encoded.length);
    }

    public static String pem(PublicKey publicKey) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getEncoder().encodeToString(publicKey.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    public static boolean verify(PublicKey publicKey, String statement, String signatureBase64) {
        if (signatureBase64 == null) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(ED25519);
            verifier.initVerify(publicKey);
            verifier.update(statement.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(signatureBase64.trim()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String pemBody(String text) {
        return text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }

    /** Hands the key generator the seed it must use, so that it derives the public key of that seed. */
    private static final class FixedSeed extends SecureRandom {
        private final byte[] seed;

        FixedSeed(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (bytes.length != seed.length) {
                throw new IllegalStateException("Expected a request for " + seed.length + " bytes");
            }
            System.arraycopy(seed, 0, bytes, 0, bytes.length);
        }
    }
}
