package io.plantrail.evidence;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChainCheckTest {

    private final List<StoredEvent> events = Samples.streams();
    private final List<EventLink> links = Samples.link(events);

    @Test
    void untouchedStreamsHaveNoFindings() {
        assertThat(ChainCheck.check(events, links)).isEmpty();
    }

    @Test
    void theLinkDependsOnEveryFieldAndThePreviousLink() {
        StoredEvent e = events.get(0);
        byte[] link = Links.link(e, null).link();
        List<StoredEvent> variants = List.of(
                new StoredEvent(e.position() + 1, e.eventId(), e.aggregateId(), e.sequence(), e.aggregateType(),
                        e.recorded(), e.payloadType(), e.payloadRevision(), e.payload(), e.metaData()),
                new StoredEvent(e.position(), e.eventId() + "x", e.aggregateId(), e.sequence(), e.aggregateType(),
                        e.recorded(), e.payloadType(), e.payloadRevision(), e.payload(), e.metaData()),
                new StoredEvent(e.position(), e.eventId(), e.aggregateId(), e.sequence(), null,
                        e.recorded(), e.payloadType(), e.payloadRevision(), e.payload(), e.metaData()),
                new StoredEvent(e.position(), e.eventId(), e.aggregateId(), e.sequence(), e.aggregateType(),
                        e.recorded(), e.payloadType(), null, e.payload(), e.metaData()),
                new StoredEvent(e.position(), e.eventId(), e.aggregateId(), e.sequence(), e.aggregateType(),
                        e.recorded(), e.payloadType(), e.payloadRevision(), e.payload(), null),
                new StoredEvent(e.position(), e.eventId(), e.aggregateId(), e.sequence(), e.aggregateType(),
                        e.recorded(), e.payloadType(), e.payloadRevision(), "{}".getBytes(StandardCharsets.UTF_8),
                        e.metaData()));
        variants.forEach(v -> assertThat(Links.link(v, null).link()).isNotEqualTo(link));
        assertThat(Links.link(e, new byte[32]).link()).isNotEqualTo(link);
    }

    @Test
    void theLinkFormatIsPinned() {
        // Changing the hash input would make every recorded link fail: this value must never change.
        StoredEvent e = Samples.event(1, Samples.ACTION, 0, "{\"narrative\":\"x\"}");
        assertThat(Hex.of(Links.link(e, null).link())).isEqualTo(PINNED);
    }

    static final String PINNED = "082d5f5b112965d4702edd5f61969d69f309b3dfe840a14595711a508d6f4928";

    @Test
    void anAlteredPayloadIsNamedWithItsHashes() {
        List<StoredEvent> tampered = new ArrayList<>(events);
        StoredEvent e = tampered.get(3);
        tampered.set(3, new StoredEvent(e.position(), e.eventId(), e.aggregateId(), e.sequence(), e.aggregateType(),
                e.recorded(), e.payloadType(), e.payloadRevision(), "{\"narrative\":\"forged\"}".getBytes(
                StandardCharsets.UTF_8), e.metaData()));
        List<Finding> findings = ChainCheck.check(tampered, links);
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).kind()).isEqualTo(Finding.Kind.ALTERED);
        assertThat(findings.get(0).position()).isEqualTo(e.position());
        assertThat(findings.get(0).eventId()).isEqualTo(e.eventId());
        assertThat(findings.get(0).differences()).extracting(Finding.Difference::field)
                .containsExactly("payload (SHA-256)");
    }

    @Test
    void aRemovedEventIsNamedByItsLink() {
        List<StoredEvent> tampered = new ArrayList<>(events);
        StoredEvent removed = tampered.remove(1);
        List<Finding> findings = ChainCheck.check(tampered, links);
        assertThat(findings).extracting(Finding::kind).containsExactly(Finding.Kind.REMOVED);
        assertThat(findings.get(0).eventId()).isEqualTo(removed.eventId());
    }

    @Test
    void anEventRemovedWithItsLinkLeavesAGapAndABrokenChain() {
        List<StoredEvent> tampered = new ArrayList<>(events);
        List<EventLink> tamperedLinks = new ArrayList<>(links);
        StoredEvent removed = tampered.remove(1);
        tamperedLinks.remove(1);
        List<Finding> findings = ChainCheck.check(tampered, tamperedLinks);
        assertThat(findings.get(0).kind()).isEqualTo(Finding.Kind.MISSING);
        assertThat(findings.get(0).sequence()).isEqualTo(removed.sequence());
        assertThat(findings.get(0).aggregateId()).isEqualTo(removed.aggregateId());
    }

    @Test
    void aForgedEventHasNoLink() {
        List<StoredEvent> tampered = new ArrayList<>(events);
        StoredEvent forged = Samples.event(9, Samples.ACTION, 5, "{\"narrative\":\"forged\"}");
        tampered.add(forged);
        List<Finding> findings = ChainCheck.check(tampered, links);
        assertThat(findings).extracting(Finding::kind).containsExactly(Finding.Kind.UNLINKED);
        assertThat(findings.get(0).eventId()).isEqualTo(forged.eventId());
    }

    @Test
    void aRecomputedLinkBreaksTheChainAtTheNextEvent() {
        List<StoredEvent> tampered = new ArrayList<>(events);
        List<EventLink> tamperedLinks = new ArrayList<>(links);
        StoredEvent e = tampered.get(0);
        StoredEvent forged = new StoredEvent(e.position(), e.eventId(), e.aggregateId(), e.sequence(),
                e.aggregateType(), e.recorded(), e.payloadType(), e.payloadRevision(),
                "{\"narrative\":\"forged\"}".getBytes(StandardCharsets.UTF_8), e.metaData());
        tampered.set(0, forged);
        tamperedLinks.set(0, Links.link(forged, null));
        List<Finding> findings = ChainCheck.check(tampered, tamperedLinks);
        assertThat(findings).extracting(Finding::kind).containsExactly(Finding.Kind.CHAIN_BROKEN);
        assertThat(findings.get(0).position()).isEqualTo(events.get(1).position());
    }
}
