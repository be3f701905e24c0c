package io.plantrail.evidence;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The hash link of an event (version 1). It is SHA-256 over a sequence of fields, each written as a 4-byte
 * big-endian length followed by that many bytes (a null field is the length 0xFFFFFFFF and no bytes), so that no
 * two different inputs give the same bytes:
 * <ol>
 *     <li>the text {@code plantrail-event-link-v1}</li>
 *     <li>the previous link of the same aggregate (32 bytes; null for sequence 0)</li>
 *     <li>the position (global index), 8 bytes big-endian</li>
 *     <li>the aggregate id, UTF-8</li>
 *     <li>the sequence number, 8 bytes big-endian</li>
 *     <li>the event id, UTF-8</li>
 *     <li>the aggregate type, UTF-8 (may be null)</li>
 *     <li>the recorded time stamp, as stored, UTF-8</li>
 *     <li>the payload type, UTF-8</li>
 *     <li>the payload revision, UTF-8 (may be null)</li>
 *     <li>SHA-256 of the stored payload bytes</li>
 *     <li>SHA-256 of the stored metadata bytes (null when there is no metadata)</li>
 * </ol>
 * The README states the same, so anyone can re-implement it.
 */
public final class Links {

    static final String DOMAIN = "plantrail-event-link-v1";

    private Links() {
    }

    /** The link of {@code event} after {@code previous}, the link of the aggregate's previous event. */
    public static EventLink link(StoredEvent event, byte[] previous) {
        EventLink fields = new EventLink(event.position(), event.eventId(), event.aggregateId(), event.sequence(),
                event.aggregateType(), event.recorded(), event.payloadType(), event.payloadRevision(),
                sha256(event.payload()), event.metaData() == null ? null : sha256(event.metaData()), previous,
                new byte[0]);
        return withLink(fields, hash(fields));
    }

    /** Recomputes the link from the fields a link row holds, to tell whether the row itself was altered. */
    public static byte[] hash(EventLink fields) {
        Fields out = new Fields();
        out.text(DOMAIN);
        out.bytes(fields.previous());
        out.number(fields.position());
        out.text(fields.aggregateId());
        out.number(fields.sequence());
        out.text(fields.eventId());
        out.text(fields.aggregateType());
        out.text(fields.recorded());
        out.text(fields.payloadType());
        out.text(fields.payloadRevision());
        out.bytes(fields.payloadSha256());
        out.bytes(fields.metaDataSha256());
        return sha256(out.toByteArray());
    }

    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static EventLink withLink(EventLink f, byte[] link) {
        return new EventLink(f.position(), f.eventId(), f.aggregateId(), f.sequence(), f.aggregateType(),
                f.recorded(), f.payloadType(), f.payloadRevision(), f.payloadSha256(), f.metaDataSha256(),
                f.previous(), link);
    }

    private static final class Fields {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        void text(String text) {
            bytes(text == null ? null : text.getBytes(StandardCharsets.UTF_8));
        }

        void number(long number) {
            bytes(ByteBuffer.allocate(Long.BYTES).putLong(number).array());
        }

        void bytes(byte[] bytes) {
            out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(bytes == null ? -1 : bytes.length).array());
            if (bytes != null) {
                out.writeBytes(bytes);
            }
        }

        byte[] toByteArray() {
            return out.toByteArray();
        }
    }
}
