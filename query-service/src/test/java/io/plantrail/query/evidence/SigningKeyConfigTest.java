package io.plantrail.query.evidence;

import io.plantrail.evidence.Keys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where the checkpoint signing key comes from, and what a service without one does. */
class SigningKeyConfigTest {

    private final SigningKeyConfig config = new SigningKeyConfig();

    @TempDir
    Path dir;

    @Test
    void readsTheKeyFromTheSettingOrFromAPemFile() throws IOException {
        Keys.SigningKey made = Keys.generate();
        String base64 = Keys.privateKeyBase64(made);
        Path pem = Files.writeString(dir.resolve("key.pem"),
                "-----BEGIN PRIVATE KEY-----\n" + base64 + "\n-----END PRIVATE KEY-----\n");

        assertThat(config.signer(base64, "", true).require().keyId()).isEqualTo(made.keyId());
        assertThat(config.signer("", pem.toString(), true).require().keyId()).isEqualTo(made.keyId());
    }

    @Test
    void withoutAKeyItSignsNothingOrRefusesToStartWhenAKeyIsRequired() {
        Signer none = config.signer("", "", false);
        assertThat(none.key()).isEmpty();
        assertThatThrownBy(none::require).isInstanceOf(NoSigningKey.class);
        assertThatThrownBy(() -> config.signer("", "", true)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PLANTRAIL_EVIDENCE_SIGNING_KEY");
    }

    @Test
    void aKeyThatIsNotEd25519IsRefused() {
        assertThatThrownBy(() -> config.signer("bm90IGEga2V5", "", false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Ed25519");
    }
}
