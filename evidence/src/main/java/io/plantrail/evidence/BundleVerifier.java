package io.plantrail.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a bundle as an inspector would, with nothing but the bundle (and, if they have it, the public key they
 * trust and the documents offered as evidence): every link recomputed, the checkpoint's signature, each stream's
 * inclusion in the signed tree, and each document's SHA-256 against the evidence that names it.
 */
public final class BundleVerifier {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BundleVerifier() {
    }

    /** The outcome: {@code verified} only if nothing failed; {@code lines} say what was checked, in plain words. */
    public record Report(boolean verified, List<Finding> findings, List<String> lines) {

        public Optional<Finding> firstFinding() {
            return findings.stream().findFirst();
        }

        public String text() {
            return String.join("\n", lines) + "\n";
        }
    }

    /**
     * @param trustedKey the public key the inspector trusts (as published by the council), or null to take the
     *                   bundle's own, which only shows the bundle is consistent with itself
     * @param documents  files to check against the SHA-256 recorded in evidence
     */
    public static Report verify(Bundle bundle, PublicKey trustedKey, List<Path> documents) throws IOException {
        return verify(bundle, trustedKey, null, documents);
    }

    /**
     * @param heldCheckpoint a checkpoint the inspector holds (printed in board minutes, say): the bundle must have
     *                       been checked against exactly that one; null for the bundle's own
     */
    public static Report verify(Bundle bundle, PublicKey trustedKey, Checkpoint heldCheckpoint, List<Path> documents)
            throws IOException {
        List<String> lines = new ArrayList<>();
        boolean verified = true;
        if (!Bundle.FORMAT.equals(bundle.format())) {
            lines.add("NOT VERIFIED: this is not a " + Bundle.FORMAT + " file (format " + bundle.format() + ").");
            return new Report(false, List.of(), lines);
        }
        List<StoredEvent> events = bundle.events().stream().map(Bundle.Event::stored).toList();
        List<EventLink> links = new ArrayList<>();
        bundle.events().stream().filter(e -> e.link() != null).forEach(e -> links.add(e.link().toEventLink()));
        bundle.removedLinks().forEach(l -> links.add(l.toEventLink()));
        long streams = events.stream().map(StoredEvent::aggregateId).distinct().count();
        lines.add("Bundle for " + bundle.subject().type() + " " + bundle.subject().id() + ", exported "
                + bundle.exported() + ": " + events.size() + " events in " + streams + " streams.");

        List<Finding> findings = ChainCheck.check(events, links);
        if (findings.isEmpty()) {
            lines.add("Links: all " + events.size() + " events match the links recorded when they were appended, "
                    + "and each link follows from the one before.");
        } else {
            verified = false;
            lines.add("Links: " + findings.size() + " problem(s). The first event that does not match:");
            lines.add("  " + findings.get(0).toString().replace("\n", "\n  "));
            findings.stream().skip(1).forEach(f -> lines.add("  also " + f.toString().replace("\n", "\n  ")));
        }

        verified &= checkCheckpoint(bundle, links, trustedKey, lines);
        if (heldCheckpoint != null) {
            verified &= checkHeld(bundle.checkpoint(), heldCheckpoint, lines);
        }
        for (Path document : documents) {
            verified &= checkDocument(bundle, document, lines);
        }
        lines.add(verified ? "VERIFIED" : "NOT VERIFIED");
        return new Report(verified, findings, lines);
    }

    private static boolean checkCheckpoint(Bundle bundle, List<EventLink> links, PublicKey trustedKey,
                                           List<String> lines) {
        Checkpoint checkpoint = bundle.checkpoint();
        if (checkpoint == null) {
            lines.add("Checkpoint: none covers these events yet. The links show the events are consistent with each "
                    + "other, but someone able to rewrite the database could have recomputed them.");
            return true;
        }
        lines.add("Checkpoint: position " + checkpoint.position() + ", " + checkpoint.events() + " events, made "
                + checkpoint.created() + ", root " + checkpoint.root() + ", key " + checkpoint.keyId() + ".");
        PublicKey key;
        try {
            key = trustedKey != null ? trustedKey : bundle.publicKey() == null ? null : Keys.publicKey(bundle.publicKey());
        } catch (IllegalArgumentException e) {
            lines.add("  The bundle's public key cannot be read: " + e.getMessage());
            return false;
        }
        if (checkpoint.signature() == null) {
            lines.add("  It is not signed, so it proves nothing on its own.");
            return false;
        }
        if (key == null) {
            lines.add("  The bundle carries no public key: pass --public-key with the key the council publishes.");
            return false;
        }
        boolean ok = true;
        if (!Keys.keyId(key).equals(checkpoint.keyId())) {
            lines.add("  It names key " + checkpoint.keyId() + " but the key checked is " + Keys.keyId(key) + ".");
            ok = false;
        }
        if (Keys.verify(key, checkpoint.statement(), checkpoint.signature())) {
            lines.add("  Signature: valid, by key " + Keys.keyId(key) + (trustedKey != null
                    ? " (the key you gave)." : " (the key in the bundle: compare this id with the one the council "
                    + "publishes, or pass --public-key)."));
        } else {
            lines.add("  Signature: INVALID. The checkpoint was not signed by key " + Keys.keyId(key) + ".");
            ok = false;
        }
        return checkInclusion(bundle, checkpoint, links, lines) && ok;
    }

    /** Each stream's last event up to the checkpoint must be a leaf of the signed tree; its link covers all before it. */
    private static boolean checkInclusion(Bundle bundle, Checkpoint checkpoint, List<EventLink> links,
                                          List<String> lines) {
        byte[] root = Hex.parse(checkpoint.root());
        Map<String, EventLink> lastCovered = new LinkedHashMap<>();
        links.stream().filter(l -> l.position() <= checkpoint.position())
                .sorted(Comparator.comparingLong(EventLink::position))
                .forEach(l -> lastCovered.put(l.aggregateId(), l));
        Map<Long, EventLink> byPosition = new LinkedHashMap<>();
        links.forEach(l -> byPosition.put(l.position(), l));
        boolean ok = true;
        for (Map.Entry<String, EventLink> stream : lastCovered.entrySet()) {
            EventLink last = stream.getValue();
            Optional<Bundle.Proof> proof = bundle.proofs().stream()
                    .filter(p -> p.aggregateId().equals(stream.getKey()) && p.position() == last.position())
                    .findFirst();
            boolean included = proof.isPresent() && Merkle.verifyInclusion(proof.get().leafIndex(),
                    checkpoint.events(), Merkle.leafHash(last.link()),
                    proof.get().path().stream().map(Hex::parse).toList(), root);
            if (!included) {
                ok = false;
                lines.add("  Stream " + stream.getKey() + ": its events up to position " + last.position()
                        + " (sequence " + last.sequence() + ") are NOT those the checkpoint signed"
                        + (proof.isEmpty() ? " (no inclusion proof for them)." : "."));
            }
        }
        long covered = bundle.events().stream().filter(e -> e.position() <= checkpoint.position()).count();
        long after = bundle.events().size() - covered;
        if (ok) {
            lines.add("  Inclusion: the " + covered + " events up to position " + checkpoint.position()
                    + " are in the signed tree.");
        }
        if (after > 0) {
            lines.add("  " + after + " event(s) were recorded after this checkpoint and are covered by the links "
                    + "only, until the next checkpoint.");
        }
        return ok;
    }

    private static boolean checkHeld(Checkpoint inBundle, Checkpoint held, List<String> lines) {
        boolean same = inBundle != null && inBundle.statement().equals(held.statement())
                && held.signature() != null && held.signature().equals(inBundle.signature());
        lines.add(same ? "The checkpoint is the one you hold (position " + held.position() + ", root " + held.root()
                + ")." : "The bundle's checkpoint is NOT the one you hold (position " + held.position() + ", root "
                + held.root() + "): export the bundle with ?checkpoint=" + held.position() + ".");
        return same;
    }

    private static boolean checkDocument(Bundle bundle, Path document, List<String> lines) throws IOException {
        String sha256 = sha256(document);
        List<String> matches = new ArrayList<>();
        for (Bundle.Event event : bundle.events()) {
            if (event.payload() == null) {
                continue;
            }
            JsonNode payload;
            try {
                payload = JSON.readTree(event.payload());
            } catch (IOException notJson) {
                continue;
            }
            for (JsonNode evidence : payload.findParents("sha256")) {
                if (sha256.equalsIgnoreCase(evidence.path("sha256").asText())) {
                    matches.add("\"" + evidence.path("title").asText("(untitled)") + "\" at "
                            + evidence.path("location").asText("(no location)") + ", in "
                            + ChainCheck.simpleName(event.payloadType()) + " at position " + event.position()
                            + " (sequence " + event.sequence() + " of " + event.aggregateId() + ")");
                }
            }
        }
        if (matches.isEmpty()) {
            lines.add("Document " + document.getFileName() + ": SHA-256 " + sha256
                    + " matches NO evidence in this bundle.");
            return false;
        }
        matches.forEach(m -> lines.add("Document " + document.getFileName() + ": SHA-256 " + sha256
                + " matches evidence " + m + "."));
        return true;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return Hex.of(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
