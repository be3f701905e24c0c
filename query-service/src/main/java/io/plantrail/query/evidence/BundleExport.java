package io.plantrail.query.evidence;

import io.plantrail.evidence.Bundle;
import io.plantrail.evidence.Checkpoint;
import io.plantrail.evidence.EventLink;
import io.plantrail.evidence.Hex;
import io.plantrail.evidence.Merkle;
import io.plantrail.evidence.StoredEvent;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Puts together an evidence bundle: the streams, whole, with their links as stored (a tampered store gives a bundle
 * that fails, which is the point), the latest checkpoint, the public key, and each stream's inclusion proof.
 */
@Component
class BundleExport {

    private final EvidenceStore store;
    private final Signer signer;

    BundleExport(EvidenceStore store, Signer signer) {
        this.store = store;
        this.signer = signer;
    }

    /**
     * Null when none of these aggregates has an event or a link. {@code checkpoint} is the one to rest on, such as
     * one printed in board minutes; the latest when null.
     */
    Bundle export(Bundle.Subject subject, List<String> aggregates, Checkpoint checkpoint) {
        List<StoredEvent> events = store.events(aggregates);
        List<EventLink> links = store.links(aggregates);
        if (events.isEmpty() && links.isEmpty()) {
            return null;
        }
        Map<Long, EventLink> linkAt = links.stream().collect(Collectors.toMap(EventLink::position, Function.identity()));
        List<Bundle.Event> bundled = events.stream().map(e -> Bundle.Event.of(e, linkAt.remove(e.position()))).toList();
        List<Bundle.Link> removed = linkAt.values().stream().map(Bundle.Link::of).toList();

        Optional<Checkpoint> covering = checkpoint != null ? Optional.of(checkpoint) : store.latestCheckpoint();
        List<Bundle.Proof> proofs = covering.map(c -> proofs(c, links)).orElse(List.of());
        String publicKey = signer.key().map(key -> key.publicKeyBase64()).orElse(null);
        return new Bundle(Bundle.FORMAT, subject, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), bundled,
                removed, covering.orElse(null), publicKey, proofs);
    }

    /** For each stream, the proof that its last link up to the checkpoint is a leaf of the signed tree. */
    private List<Bundle.Proof> proofs(Checkpoint checkpoint, List<EventLink> links) {
        Map<String, EventLink> last = new LinkedHashMap<>();
        links.stream().filter(l -> l.position() <= checkpoint.position()).forEach(l -> last.put(l.aggregateId(), l));
        if (last.isEmpty()) {
            return List.of();
        }
        List<EvidenceStore.Leaf> leaves = store.leaves(checkpoint.position());
        Map<Long, Integer> index = new HashMap<>();
        List<byte[]> hashes = new ArrayList<>(leaves.size());
        for (EvidenceStore.Leaf leaf : leaves) {
            index.put(leaf.position(), hashes.size());
            hashes.add(Merkle.leafHash(leaf.link()));
        }
        Merkle.Tree tree = new Merkle.Tree(hashes);
        List<Bundle.Proof> proofs = new ArrayList<>();
        for (EventLink link : last.values()) {
            Integer leaf = index.get(link.position());
            if (leaf != null) {
                proofs.add(new Bundle.Proof(link.aggregateId(), link.position(), leaf,
                        tree.proof(leaf).stream().map(Hex::of).toList()));
            }
        }
        return proofs;
    }
}
