package io.plantrail.evidence;

import java.util.Arrays;
import java.util.Objects;

/**
 * One row of the event table exactly as stored: the bytes of payload and metadata are those in the database, never
 * re-serialized, because a link must hash what is stored. Generic over event types: nothing here reads the payload.
 *
 * @param position        the global index, the event's position in the whole store
 * @param eventId         Axon's event identifier
 * @param aggregateId     the aggregate (stream) the event belongs to
 * @param sequence        the event's sequence number in its aggregate, from 0
 * @param aggregateType   the aggregate's type as Axon stores it (may be null for a row written by hand)
 * @param recorded        the stored time stamp text, exactly as stored
 * @param payloadType     the event class name
 * @param payloadRevision the event's revision (may be null)
 * @param payload         the stored payload bytes
 * @param metaData        the stored metadata bytes (actor, correlation id...; may be null)
 */
public record StoredEvent(long position, String eventId, String aggregateId, long sequence, String aggregateType,
                          String recorded, String payloadType, String payloadRevision, byte[] payload,
                          byte[] metaData) {

    public StoredEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(payload, "payload");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredEvent that && position == that.position && sequence == that.sequence
                && eventId.equals(that.eventId) && aggregateId.equals(that.aggregateId)
                && Objects.equals(aggregateType, that.aggregateType) && Objects.equals(recorded, that.recorded)
                && Objects.equals(payloadType, that.payloadType)
                && Objects.equals(payloadRevision, that.payloadRevision)
                && Arrays.equals(payload, that.payload) && Arrays.equals(metaData, that.metaData);
    }

    @Override
    public int hashCode() {
        return Objects.hash(position, eventId);
    }

    @Override
    public String toString() {
        return "event at position " + position + " (" + aggregateId + " #" + sequence + ", id " + eventId + ")";
    }
}
