package io.plantrail.evidence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BundleVerifierTest {

    private static final Keys.SigningKey KEY = Keys.generate();

    @TempDir
    Path dir;

    /** A bundle of both sample streams, with a checkpoint over the first {@code covered} events. */
    private static Bundle bundle(List<StoredEvent> events, List<EventLink> links, int covered) {
        List<EventLink> leaves = links.subList(0, covered);
        Merkle.Tree tree = new Merkle.Tree(leaves.stream().map(l -> Merkle.leafHash(l.link())).toList());
        long position = leaves.get(covered - 1).position();
        Checkpoint unsigned = new Checkpoint(position, covered, Hex.of(tree.root()), "2026-11-22T08:00:00Z",
                KEY.keyId(), null);
        Checkpoint checkpoint = new Checkpoint(position, covered, unsigned.root(), unsigned.created(), KEY.keyId(),
                KEY.sign(unsigned.statement()));
        List<Bundle.Proof> proofs = new ArrayList<>();
        for (String aggregate : List.of(Samples.ACTION, Samples.OTHER)) {
            for (int i = covered - 1; i >= 0; i--) {
                if (leaves.get(i).aggregateId().equals(aggregate)) {
                    proofs.add(new Bundle.Proof(aggregate, leaves.get(i).position(), i,
                            tree.proof(i).stream().map(Hex::of).toList()));
                    break;
                }
            }
        }
        List<Bundle.Event> bundled = new ArrayList<>();
        for (StoredEvent event : events) {
            EventLink link = links.stream().filter(l -> l.position() == event.position()).findFirst().orElse(null);
            bundled.add(Bundle.Event.of(event, link));
        }
        return new Bundle(Bundle.FORMAT, new Bundle.Subject("plan", "p"), "2026-11-22T08:05:00Z", bundled, List.of(),
                checkpoint, KEY.publicKeyBase64(), proofs);
    }

    @Test
    void anUntouchedBundleVerifiesAndSaysWhatTheCheckpointCovers() throws IOException {
        List<StoredEvent> events = Samples.streams();
        Bundle bundle = BundleJson.read(BundleJson.bytes(bundle(events, Samples.link(events), 6)));
        BundleVerifier.Report report = BundleVerifier.verify(bundle, KEY.publicKey(), List.of());
        assertThat(report.verified()).as(report.text()).isTrue();
        assertThat(report.text()).contains("Signature: valid").contains("2 event(s) were recorded after");
    }

    @Test
    void aDifferentTrustedKeyOrAForgedSignatureFails() throws IOException {
        List<StoredEvent> events = Samples.streams();
        Bundle bundle = bundle(events, Samples.link(events), 8);
        assertThat(BundleVerifier.verify(bundle, Keys.generate().publicKey(), List.of()).verified()).isFalse();
        Checkpoint c = bundle.checkpoint();
        Checkpoint other = new Checkpoint(c.position(), c.events(), Hex.of(new byte[32]), c.created(), c.keyId(),
                c.signature());
        Bundle forged = new Bundle(bundle.format(), bundle.subject(), bundle.exported(), bundle.events(),
                bundle.removedLinks(), other, bundle.publicKey(), bundle.proofs());
        BundleVerifier.Report report = BundleVerifier.verify(forged, null, List.of());
        assertThat(report.verified()).isFalse();
        assertThat(report.text()).contains("Signature: INVALID");
    }

    @Test
    void aChainRecomputedAfterTheCheckpointFailsInclusion() throws IOException {
        List<StoredEvent> events = new ArrayList<>(Samples.streams());
        List<EventLink> original = Samples.link(events);
        Bundle honest = bundle(events, original, 8);
        StoredEvent e = events.get(1);
        events.set(1, new StoredEvent(e.position(), e.eventId(), e.aggregateId(), e.sequence(), e.aggregateType(),
                e.recorded(), e.payloadType(), e.payloadRevision(),
                "{\"narrative\":\"rewritten\"}".getBytes(StandardCharsets.UTF_8), e.metaData()));
        List<EventLink> recomputed = Samples.link(events);
        Bundle rewritten = bundle(events, recomputed, 8);
        // The rewriter cannot sign, so the checkpoint and its proofs stay those of the honest store.
        Bundle presented = new Bundle(rewritten.format(), rewritten.subject(), rewritten.exported(),
                rewritten.events(), List.of(), honest.checkpoint(), honest.publicKey(), honest.proofs());
        BundleVerifier.Report report = BundleVerifier.verify(presented, KEY.publicKey(), List.of());
        assertThat(report.findings()).isEmpty();
        assertThat(report.verified()).isFalse();
        assertThat(report.text()).contains("are NOT those the checkpoint signed");
    }

    @Test
    void theCommandLineNamesTheFirstBadEventAndChecksDocuments() throws IOException {
        List<StoredEvent> events = new ArrayList<>(Samples.streams());
        List<EventLink> links = Samples.link(events);
        Path minutes = Files.writeString(dir.resolve("minutes.txt"), "minutes 4");
        Path other = Files.writeString(dir.resolve("other.txt"), "not evidence");
        Path good = dir.resolve("good.json");
        Files.write(good, BundleJson.bytes(bundle(events, links, 8)));
        Path key = Files.writeString(dir.resolve("key.pem"), Keys.pem(KEY.publicKey()));

        Run ok = run(good.toString(), "--public-key", key.toString(), "--document", minutes.toString());
        assertThat(ok.code).as(ok.out).isEqualTo(0);
        assertThat(ok.out).contains("matches evidence \"Minutes\"").contains("position 4").endsWith("VERIFIED\n");
        assertThat(run(good.toString(), "--document", other.toString()).code).isEqualTo(1);

        StoredEvent e = events.get(4);
        events.set(4, new StoredEvent(e.position(), e.eventId(), e.aggregateId(), e.sequence(), e.aggregateType(),
                "2026-11-22T09:00:00Z", e.payloadType(), e.payloadRevision(), e.payload(), e.metaData()));
        Path bad = dir.resolve("bad.json");
        Files.write(bad, BundleJson.bytes(bundle(events, links, 8)));
        Run failed = run(bad.toString());
        assertThat(failed.code).isEqualTo(1);
        assertThat(failed.out).contains("ALTERED at position 5").contains("recorded: recorded 2026-11-22T07:05:00Z, "
                + "found 2026-11-22T09:00:00Z").endsWith("NOT VERIFIED\n");
        assertThat(run().code).isEqualTo(2);
        assertThat(run(dir.resolve("absent.json").toString()).code).isEqualTo(2);
    }

    @Test
    void aPrintedCheckpointReadsBackAndMustBeTheBundles() throws IOException {
        List<StoredEvent> events = Samples.streams();
        Bundle bundle = bundle(events, Samples.link(events), 8);
        Checkpoint held = Checkpoint.parse("Minutes, item 4:\n" + bundle.checkpoint().printed());
        assertThat(held).isEqualTo(bundle.checkpoint());
        assertThat(BundleVerifier.verify(bundle, KEY.publicKey(), held, List.of()).verified()).isTrue();
        Checkpoint older = bundle(events, Samples.link(events), 6).checkpoint();
        BundleVerifier.Report report = BundleVerifier.verify(bundle, KEY.publicKey(), older, List.of());
        assertThat(report.verified()).isFalse();
        assertThat(report.text()).contains("is NOT the one you hold");
    }

    @Test
    void aSigningKeyReadBackDerivesTheSamePublicKey() {
        Keys.SigningKey read = Keys.signingKey(Keys.privateKeyBase64(KEY));
        assertThat(read.publicKey().getEncoded()).isEqualTo(KEY.publicKey().getEncoded());
        assertThat(read.keyId()).isEqualTo(KEY.keyId()).hasSize(16);
        assertThat(Keys.verify(KEY.publicKey(), "statement", read.sign("statement"))).isTrue();
    }

    private record Run(int code, String out) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Verify.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
    }
}
