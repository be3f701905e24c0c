package io.plantrail.query.evidence;

import io.plantrail.evidence.ChainCheck;
import io.plantrail.evidence.Checkpoint;
import io.plantrail.evidence.EventLink;
import io.plantrail.evidence.Finding;
import io.plantrail.evidence.Hex;
import io.plantrail.evidence.Keys;
import io.plantrail.evidence.Merkle;
import io.plantrail.evidence.StoredEvent;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Recomputes links with the same code as the offline verifier, and checks every checkpoint against the links now in
 * the store: a chain rewritten and recomputed consistently passes the links but not a checkpoint signed before.
 */
@Component
class Verification {

    private final EvidenceStore store;
    private final Signer signer;

    Verification(EvidenceStore store, Signer signer) {
        this.store = store;
        this.signer = signer;
    }

    /** The answer of {@code /api/verify}; {@code firstFinding} names the earliest event that does not match. */
    record Answer(String scope, boolean verified, String summary, int events, int linked, long streams,
                  Finding firstFinding, List<Finding> findings, List<CheckpointCheck> checkpoints,
                  EvidenceStore.Backfill backfill) {
    }

    /**
     * One checkpoint, checked: {@code signatureValid} is null when it was signed by a key this service no longer
     * holds; {@code eventsNow} and {@code rootNow} are what the store's links up to its position give today.
     */
    record CheckpointCheck(long position, long events, String created, String keyId, String root,
                           Boolean signatureValid, boolean rootMatches, long eventsNow, String rootNow) {
    }

    Answer verify(String scope, List<String> aggregates) {
        List<StoredEvent> events = store.events(aggregates);
        List<EventLink> links = store.links(aggregates);
        List<Finding> findings = ChainCheck.check(events, links);
        List<CheckpointCheck> checkpoints = checkCheckpoints();
        boolean checkpointsHold = checkpoints.stream()
                .allMatch(c -> c.rootMatches() && !Boolean.FALSE.equals(c.signatureValid()));
        long streams = events.stream().map(StoredEvent::aggregateId).distinct().count();
        return new Answer(scope, findings.isEmpty() && checkpointsHold,
                summary(findings, checkpoints, events.size()), events.size(), links.size(), streams,
                findings.isEmpty() ? null : findings.get(0), findings, checkpoints, store.backfill().orElse(null));
    }

    private static String summary(List<Finding> findings, List<CheckpointCheck> checkpoints, int events) {
        List<String> parts = new ArrayList<>();
        if (findings.isEmpty()) {
            parts.add("All " + events + " events match their links.");
        } else {
            parts.add(findings.size() + " problem(s); the first: " + findings.get(0).message() + ".");
        }
        checkpoints.stream().filter(c -> !c.rootMatches() || Boolean.FALSE.equals(c.signatureValid())).findFirst()
                .ifPresentOrElse(c -> parts.add("The checkpoint at position " + c.position() + " (made " + c.created()
                                + ") no longer matches the store: " + (c.rootMatches() ? "its signature is not valid"
                                : "links up to that position were changed after it was signed") + "."),
                        () -> parts.add(checkpoints.isEmpty() ? "No checkpoint has been made yet."
                                : checkpoints.size() == 1 ? "The one checkpoint matches the store."
                                : "All " + checkpoints.size() + " checkpoints match the store."));
        return String.join(" ", parts);
    }

    /** Every checkpoint, in one pass over the links in position order. */
    private List<CheckpointCheck> checkCheckpoints() {
        List<Checkpoint> checkpoints = store.checkpoints();
        if (checkpoints.isEmpty()) {
            return List.of();
        }
        List<EvidenceStore.Leaf> leaves = store.leaves(checkpoints.get(checkpoints.size() - 1).position());
        List<CheckpointCheck> checks = new ArrayList<>();
        Merkle.Frontier tree = new Merkle.Frontier();
        int next = 0;
        for (Checkpoint checkpoint : checkpoints) {
            while (next < leaves.size() && leaves.get(next).position() <= checkpoint.position()) {
                tree.add(Merkle.leafHash(leaves.get(next++).link()));
            }
            byte[] root = tree.root();
            checks.add(new CheckpointCheck(checkpoint.position(), checkpoint.events(), checkpoint.created(),
                    checkpoint.keyId(), checkpoint.root(), signatureValid(checkpoint),
                    Arrays.equals(root, Hex.parse(checkpoint.root())) && tree.size() == checkpoint.events(),
                    tree.size(), Hex.of(root)));
        }
        return checks;
    }

    private Boolean signatureValid(Checkpoint checkpoint) {
        return signer.key().filter(key -> key.keyId().equals(checkpoint.keyId()))
                .map(key -> Keys.verify(key.publicKey(), checkpoint.statement(), checkpoint.signature()))
                .orElse(null);
    }
}
