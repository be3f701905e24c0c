package io.plantrail.evidence;

import java.util.Arrays;
import java.util.Objects;

/**
 * The link recorded for one event when it was appended. It keeps a copy of the event's identifying fields and the
 * SHA-256 of its payload and metadata, so that a check can say which field differs, and {@code link}, the hash
 * over all of that and the previous link of the same aggregate (see {@link Links}).
 *
 * @param previous the link of the aggregate's previous event; null for sequence 0, or when that event had none
 */
public record EventLink(long position, String eventId, String aggregateId, long sequence, String aggregateType,
                        String recorded, String payloadType, String payloadRevision, byte[] payloadSha256,
                        byte[] metaDataSha256, byte[] previous, byte[] link) {

    public EventLink {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(payloadSha256, "payloadSha256");
        Objects.requireNonNull(link, "link");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EventLink that && position == that.position && sequence == that.sequence
                && eventId.equals(that.eventId) && aggregateId.equals(that.aggregateId)
                && Objects.equals(aggregateType, that.aggregateType) && Objects.equals(recorded, that.recorded)
                && Objects.equals(payloadType, that.payloadType)
                && Objects.equals(payloadRevision, that.payloadRevision)
                && Arrays.equals(payloadSha256, that.payloadSha256) && Arrays.equals(metaDataSha256, that.metaDataSha256)
                && Arrays.equals(previous, that.previous) && Arrays.equals(link, that.link);
    }

    @Override
    public int hashCode() {
        return Objects.hash(position, eventId, Arrays.hashCode(link));
    }

    @Override
    public String toString() {
        return "link of position " + position + " (" + aggregateId + " #" + sequence + "): " + Hex.of(link);
    }
}
