package io.plantrail.local;

import io.plantrail.evidence.Keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The key that signs evidence checkpoints on a local run: made once into {@code .plantrail/} (which git ignores)
 * and kept, so that checkpoints signed yesterday still verify today. Never part of the repository.
 */
final class EvidenceKey {

    static final String PRIVATE = "evidence-signing-key.pem";
    static final String PUBLIC = "evidence-public-key.pem";

    private EvidenceKey() {
    }

    /** The private key file in {@code dir}, made (with its public key beside it) if it is not there yet. */
    static Path ensure(Path dir) throws IOException {
        Path key = dir.resolve(PRIVATE);
        if (!Files.exists(key)) {
            Keys.SigningKey made = Keys.generate();
            PrivateFile.write(key, "-----BEGIN PRIVATE KEY-----\n" + Keys.privateKeyBase64(made)
                    + "\n-----END PRIVATE KEY-----\n");
            Files.writeString(dir.resolve(PUBLIC), Keys.pem(made.publicKey()));
        }
        return key;
    }

    static String keyId(Path key) {
        try {
            return Keys.signingKey(Files.readString(key)).keyId();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path publicKeyFile(Path key) {
        return key.resolveSibling(PUBLIC);
    }
}
