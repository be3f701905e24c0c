package io.plantrail.query.evidence;

import io.plantrail.evidence.Keys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The key that signs checkpoints. Only the query service holds it: the command service, which writes events, can
 * never sign a checkpoint over events it forged. Without a key the service still links and verifies, makes no
 * checkpoints, and says so in readiness; {@code plantrail.evidence.require-signing-key=true} makes it refuse to start
 * instead.
 */
@Configuration
@EnableScheduling
class SigningKeyConfig {

    /** A key made at start and lost at stop: for tests only, since nothing it signed can be checked after a restart. */
    static final String EPHEMERAL = "ephemeral";
    private static final Logger log = LoggerFactory.getLogger(SigningKeyConfig.class);

    @Bean
    Signer signer(@Value("${plantrail.evidence.signing-key:}") String key,
                  @Value("${plantrail.evidence.signing-key-file:}") String keyFile,
                  @Value("${plantrail.evidence.require-signing-key:false}") boolean required) {
        Signer signer = read(key.trim(), keyFile.trim());
        if (signer.key().isEmpty()) {
            if (required) {
                throw new IllegalStateException("plantrail.evidence.require-signing-key is true but no signing key is "
                        + "configured: set PLANTRAIL_EVIDENCE_SIGNING_KEY (PKCS#8, base64) or "
                        + "PLANTRAIL_EVIDENCE_SIGNING_KEY_FILE");
            }
            log.warn("No evidence signing key configured (PLANTRAIL_EVIDENCE_SIGNING_KEY or "
                    + "PLANTRAIL_EVIDENCE_SIGNING_KEY_FILE): events are linked but no checkpoint will be signed");
        } else {
            log.info("Checkpoints are signed with key {} ({})", signer.key().get().keyId(), signer.source());
        }
        return signer;
    }

    private static Signer read(String key, String keyFile) {
        if (EPHEMERAL.equals(key)) {
            log.warn("Signing checkpoints with an ephemeral key: for tests only");
            return new Signer(Keys.generate(), "ephemeral key");
        }
        if (!key.isEmpty()) {
            return new Signer(Keys.signingKey(key), "plantrail.evidence.signing-key");
        }
        if (!keyFile.isEmpty()) {
            try {
                return new Signer(Keys.signingKey(Files.readString(Path.of(keyFile))), keyFile);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the evidence signing key file " + keyFile, e);
            }
        }
        return Signer.NONE;
    }
}
