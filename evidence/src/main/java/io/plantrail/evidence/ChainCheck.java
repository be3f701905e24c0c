package io.plantrail.evidence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Recomputes every link of some aggregates' streams and compares them with the links recorded at append time.
 * Used by the query service's {@code /api/verify} and by the offline verifier alike, so both say the same.
 */
public final class ChainCheck {

    private ChainCheck() {
    }

    /**
     * The findings for the given events and links, which should be complete streams from sequence 0 (events of
     * several aggregates may be mixed), ordered by position so that the first is the earliest event that does not
     * match. An empty list means every event matches its link and every link follows from the one before.
     */
    public static List<Finding> check(Collection<StoredEvent> events, Collection<EventLink> links) {
        Map<String, Map<Long, Entry>> streams = new LinkedHashMap<>();
        for (StoredEvent event : events) {
            entry(streams, event.aggregateId(), event.position()).event = event;
        }
        for (EventLink link : links) {
            entry(streams, link.aggregateId(), link.position()).link = link;
        }
        List<Finding> findings = new ArrayList<>();
        streams.values().forEach(stream -> checkStream(stream.values(), findings));
        findings.sort(Comparator.comparingLong(Finding::position).thenComparing(f -> f.kind().ordinal()));
        return findings;
    }

    private static final class Entry {
        StoredEvent event;
        EventLink link;

        long sequence() {
            return event != null ? event.sequence() : link.sequence();
        }

        long position() {
            return event != null ? event.position() : link.position();
        }
    }

    private static Entry entry(Map<String, Map<Long, Entry>> streams, String aggregate, long position) {
        return streams.computeIfAbsent(aggregate, a -> new TreeMap<>()).computeIfAbsent(position, p -> new Entry());
    }

    private static void checkStream(Collection<Entry> unordered, List<Finding> findings) {
        List<Entry> stream = unordered.stream()
                .sorted(Comparator.comparingLong(Entry::sequence).thenComparingLong(Entry::position)).toList();
        byte[] previousLink = null;
        long expectedSequence = 0;
        for (Entry entry : stream) {
            if (entry.sequence() > expectedSequence) {
                findings.add(missing(entry, expectedSequence));
                previousLink = UNKNOWN;
            }
            if (entry.link == null) {
                StoredEvent e = entry.event;
                findings.add(new Finding(Finding.Kind.UNLINKED, e.position(), e.eventId(), e.aggregateId(),
                        e.sequence(), "event " + e.eventId() + " (" + simpleName(e.payloadType()) + ", sequence "
                        + e.sequence() + " of " + e.aggregateId() + ") has no link: it was not appended through "
                        + "the service, or its link was removed", List.of()));
                previousLink = null; // what the service records as previous after an event without a link
            } else if (entry.event == null) {
                EventLink l = entry.link;
                findings.add(new Finding(Finding.Kind.REMOVED, l.position(), l.eventId(), l.aggregateId(),
                        l.sequence(), "event " + l.eventId() + " (" + simpleName(l.payloadType()) + ", sequence "
                        + l.sequence() + " of " + l.aggregateId() + ", recorded " + l.recorded()
                        + ") was linked when appended but is no longer in the store", List.of()));
                previousLink = l.link();
            } else {
                checkLinked(entry.event, entry.link, previousLink, findings);
                previousLink = entry.link.link();
            }
            expectedSequence = entry.sequence() + 1;
        }
    }

    /** Stands for the link of an event that is gone without trace: nothing can follow from it. */
    private static final byte[] UNKNOWN = new byte[0];

    private static Finding missing(Entry after, long expected) {
        long last = after.sequence() - 1;
        String which = expected == last ? "sequence " + expected : "sequences " + expected + " to " + last;
        String aggregate = after.event != null ? after.event.aggregateId() : after.link.aggregateId();
        return new Finding(Finding.Kind.MISSING, after.position(), null, aggregate, expected,
                which + " of " + aggregate + " (before position " + after.position()
                        + ") are missing from the store, event and link alike", List.of());
    }

    private static void checkLinked(StoredEvent event, EventLink link, byte[] previousLink, List<Finding> findings) {
        List<Finding.Difference> differences = differences(event, link);
        if (!differences.isEmpty()) {
            findings.add(new Finding(Finding.Kind.ALTERED, event.position(), event.eventId(), event.aggregateId(),
                    event.sequence(), "event " + event.eventId() + " (" + simpleName(link.payloadType())
                    + ", sequence " + link.sequence() + " of " + link.aggregateId() + ") differs from what was "
                    + "recorded: " + String.join(", ", differences.stream().map(Finding.Difference::field).toList()),
                    differences));
        }
        if (!Arrays.equals(Links.hash(link), link.link())) {
            findings.add(new Finding(Finding.Kind.LINK_ALTERED, link.position(), link.eventId(), link.aggregateId(),
                    link.sequence(), "the link of event " + link.eventId() + " was edited: it does not hash "
                    + "to its own fields", List.of(new Finding.Difference("link", Hex.of(link.link()),
                    Hex.of(Links.hash(link))))));
        }
        if (previousLink != UNKNOWN && !Arrays.equals(previousLink, link.previous())) {
            findings.add(new Finding(Finding.Kind.CHAIN_BROKEN, link.position(), link.eventId(), link.aggregateId(),
                    link.sequence(), "the link of event " + link.eventId() + " (sequence " + link.sequence()
                    + ") does not follow from the link of the event before it in " + link.aggregateId(),
                    List.of(new Finding.Difference("previous", Hex.of(link.previous()), Hex.of(previousLink)))));
        }
    }

    private static List<Finding.Difference> differences(StoredEvent e, EventLink l) {
        List<Finding.Difference> out = new ArrayList<>();
        compare(out, "eventId", l.eventId(), e.eventId());
        compare(out, "aggregateId", l.aggregateId(), e.aggregateId());
        compare(out, "sequence", Long.toString(l.sequence()), Long.toString(e.sequence()));
        compare(out, "aggregateType", l.aggregateType(), e.aggregateType());
        compare(out, "recorded", l.recorded(), e.recorded());
        compare(out, "payloadType", l.payloadType(), e.payloadType());
        compare(out, "payloadRevision", l.payloadRevision(), e.payloadRevision());
        compare(out, "payload (SHA-256)", Hex.of(l.payloadSha256()), Hex.of(Links.sha256(e.payload())));
        compare(out, "metaData (SHA-256)", Hex.of(l.metaDataSha256()),
                e.metaData() == null ? null : Hex.of(Links.sha256(e.metaData())));
        return out;
    }

    private static void compare(List<Finding.Difference> out, String field, String recorded, String found) {
        if (!Objects.equals(recorded, found)) {
            out.add(new Finding.Difference(field, recorded, found));
        }
    }

    static String simpleName(String type) {
        return type == null ? "unknown type" : type.substring(type.lastIndexOf('.') + 1);
    }
}
