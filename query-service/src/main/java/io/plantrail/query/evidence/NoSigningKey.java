package io.plantrail.query.evidence;

/** A checkpoint or the public key was asked for, but this service has no signing key configured. */
class NoSigningKey extends RuntimeException {

    NoSigningKey() {
        super("This service has no evidence signing key configured, so it makes no checkpoints; set "
                + "PLANTRAIL_EVIDENCE_SIGNING_KEY or PLANTRAIL_EVIDENCE_SIGNING_KEY_FILE.");
    }
}
