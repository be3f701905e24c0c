package io.plantrail.query.evidence;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * The {@code evidence} health component, part of readiness. A service without a signing key still answers
 * everything and still verifies links, so it stays UP, but says that it signs no checkpoints.
 */
@Component("evidenceHealthIndicator")
class EvidenceHealth extends AbstractHealthIndicator {

    private final Signer signer;
    private final EvidenceStore store;

    EvidenceHealth(Signer signer, EvidenceStore store) {
        super("Evidence health check failed");
        this.signer = signer;
        this.store = store;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        health.up();
        signer.key().ifPresentOrElse(
                key -> health.withDetail("signing", "on").withDetail("keyId", key.keyId()),
                () -> health.withDetail("signing", "OFF: no signing key configured, no checkpoints are made"));
        store.latestCheckpoint().ifPresent(c -> health.withDetail("lastCheckpoint", c.position()));
    }
}
