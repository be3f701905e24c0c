package io.plantrail.query.evidence;

import io.plantrail.evidence.Bundle;
import io.plantrail.evidence.BundleJson;
import io.plantrail.evidence.Checkpoint;
import io.plantrail.evidence.EventLink;
import io.plantrail.evidence.Keys;
import io.plantrail.evidence.StoredEvent;
import io.plantrail.query.audit.ReadLog;
import io.plantrail.query.web.InvalidParameter;
import io.plantrail.query.web.NotFound;
import io.plantrail.query.web.QueryParameters;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/**
 * Evidence trails, verification, bundles for inspectors, and the signed checkpoints they rest on. Reads of trails
 * and bundles are recorded for auditors, like audit exports.
 */
@RestController
class EvidenceController {

    private final EvidenceStore store;
    private final Streams streams;
    private final Verification verification;
    private final BundleExport bundles;
    private final Checkpoints checkpoints;
    private final Signer signer;
    private final ReadLog readLog;

    EvidenceController(EvidenceStore store, Streams streams, Verification verification, BundleExport bundles,
                       Checkpoints checkpoints, Signer signer, ReadLog readLog) {
        this.store = store;
        this.streams = streams;
        this.verification = verification;
        this.bundles = bundles;
        this.checkpoints = checkpoints;
        this.signer = signer;
        this.readLog = readLog;
    }

    @GetMapping("/api/actions/{actionId}/evidence-trail")
    EvidenceTrail trail(@PathVariable UUID actionId) {
        List<String> stream = List.of(actionId.toString());
        List<StoredEvent> events = store.events(stream);
        List<EventLink> links = store.links(stream);
        if (events.isEmpty() && links.isEmpty()) {
            throw new NotFound("action", actionId);
        }
        readLog.record("evidence-trail", actionId.toString(), "json");
        return EvidenceTrail.of(actionId, events, links, store.latestCheckpoint());
    }

    /** Without {@code plan}, every stream in the store. */
    @GetMapping("/api/verify")
    Verification.Answer verify(@RequestParam(required = false) String plan) {
        UUID planId = QueryParameters.id("plan", plan);
        if (planId == null) {
            return verification.verify("store", null);
        }
        List<String> aggregates = streams.ofPlan(planId);
        Verification.Answer answer = verification.verify("plan " + planId, aggregates);
        if (answer.events() == 0 && answer.linked() == 0) {
            throw new NotFound("plan", planId);
        }
        return answer;
    }

    /** With {@code checkpoint}, the position of the checkpoint to rest on (one minuted earlier, say). */
    @GetMapping("/api/actions/{actionId}/evidence-bundle")
    ResponseEntity<byte[]> actionBundle(@PathVariable UUID actionId,
                                        @RequestParam(required = false) String checkpoint) {
        return download(bundles.export(new Bundle.Subject("action", actionId.toString()),
                List.of(actionId.toString()), checkpoint(checkpoint)), "action", actionId);
    }

    @GetMapping("/api/plans/{planId}/evidence-bundle")
    ResponseEntity<byte[]> planBundle(@PathVariable UUID planId, @RequestParam(required = false) String checkpoint) {
        return download(bundles.export(new Bundle.Subject("plan", planId.toString()), streams.ofPlan(planId),
                checkpoint(checkpoint)), "plan", planId);
    }

    /** The checkpoint at the position asked for; null when none was asked. */
    private Checkpoint checkpoint(String raw) {
        if (raw == null) {
            return null;
        }
        long position;
        try {
            position = Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw new InvalidParameter("checkpoint", "must be the position of a checkpoint: a whole number");
        }
        return store.checkpointAt(position).orElseThrow(() -> new NotFound("checkpoint at position", position));
    }

    private ResponseEntity<byte[]> download(Bundle bundle, String what, UUID id) {
        if (bundle == null) {
            throw new NotFound(what, id);
        }
        readLog.record("evidence-bundle", what + " " + id, "json");
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"plantrail-evidence-" + what + "-" + id + ".json\"")
                .body(BundleJson.bytes(bundle));
    }

    /** A new checkpoint, or the latest one when nothing was linked since: either way the one covering everything. */
    @PostMapping("/api/checkpoints")
    CheckpointView checkpoint() {
        return CheckpointView.of(checkpoints.create());
    }

    @GetMapping("/api/checkpoints")
    List<CheckpointView> checkpoints() {
        return store.checkpoints().stream().map(CheckpointView::of).toList();
    }

    @GetMapping("/api/checkpoints/public-key")
    PublicKeyView publicKey() {
        Keys.SigningKey key = signer.require();
        return new PublicKeyView("Ed25519", key.keyId(), key.publicKeyBase64(), Keys.pem(key.publicKey()));
    }

    /** A checkpoint with its statement and the text to print in board minutes. */
    record CheckpointView(long position, long events, String root, String created, String keyId, String signature,
                          String statement, String printed) {

        static CheckpointView of(Checkpoint c) {
            return new CheckpointView(c.position(), c.events(), c.root(), c.created(), c.keyId(), c.signature(),
                    c.statement(), c.printed());
        }
    }

    /** {@code publicKey} is base64 X.509 (the body of {@code pem}); {@code keyId} what checkpoints name. */
    record PublicKeyView(String algorithm, String keyId, String publicKey, String pem) {
    }
}
