package io.plantrail.evidence;

import java.util.List;

/**
 * Something in the store (or a bundle) that does not match what was recorded when events were appended.
 *
 * @param position    the position of the event concerned (for a missing sequence, of the event after the gap)
 * @param eventId     the event's id, when known
 * @param differences for an altered event, each field that differs, with the recorded and the found value
 */
public record Finding(Kind kind, long position, String eventId, String aggregateId, long sequence, String message,
                      List<Difference> differences) {

    public Finding {
        differences = List.copyOf(differences);
    }

    public enum Kind {
        /** The event no longer matches its link: a stored field or its payload or metadata changed. */
        ALTERED,
        /** The link row itself was edited: its hash does not match its own fields. */
        LINK_ALTERED,
        /** The event has no link: it was not appended through the service, or its link was removed. */
        UNLINKED,
        /** A link was recorded for this event, but the event is gone. */
        REMOVED,
        /** A sequence number of the aggregate is absent, and so is its link. */
        MISSING,
        /** The event's link does not follow from the link of the aggregate's previous event. */
        CHAIN_BROKEN
    }

    /** One field that differs: as it was when the link was recorded, and as it is found now. */
    public record Difference(String field, String recorded, String found) {
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(kind + " at position " + position + ": " + message);
        differences.forEach(d -> text.append("\n    ").append(d.field()).append(": recorded ").append(d.recorded())
                .append(", found ").append(d.found()));
        return text.toString();
    }
}
