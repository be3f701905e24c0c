package io.plantrail.query.evidence;

import io.plantrail.evidence.Keys;

import java.util.Optional;

/** The checkpoint signing key, if one is configured, and where it came from (never the key itself). */
record Signer(Optional<Keys.SigningKey> key, String source) {

    static final Signer NONE = new Signer(Optional.empty(), "none");

    Signer(Keys.SigningKey key, String source) {
        this(Optional.of(key), source);
    }

    Keys.SigningKey require() {
        return key.orElseThrow(NoSigningKey::new);
    }
}
