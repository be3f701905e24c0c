package io.plantrail.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * An evidence bundle: everything needed to check an action's or a plan's events with no database and no network.
 * Its streams are complete from sequence 0, because each link depends on every one before it.
 *
 * @param format       {@value #FORMAT}
 * @param subject      what the bundle was exported for
 * @param events       every event of the streams, in position order, each with the link recorded for it (or none)
 * @param removedLinks links recorded for events of these streams that are no longer in the store
 * @param checkpoint   the latest signed checkpoint when exported (null if none had been made)
 * @param publicKey    the public key of the service that signed it, base64 X.509, as published
 * @param proofs       for each stream, the inclusion of its last event up to the checkpoint in the signed tree
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Bundle(String format, Subject subject, String exported, List<Event> events, List<Link> removedLinks,
                     Checkpoint checkpoint, String publicKey, List<Proof> proofs) {

    public static final String FORMAT = "plantrail-evidence-bundle-v1";

    public Bundle {
        events = events == null ? List.of() : List.copyOf(events);
        removedLinks = removedLinks == null ? List.of() : List.copyOf(removedLinks);
        proofs = proofs == null ? List.of() : List.copyOf(proofs);
    }

    /** {@code type} is {@code action} or {@code plan}. */
    public record Subject(String type, String id) {
    }

    /**
     * One stored event. Payload and metadata are the stored bytes: as text when they are valid UTF-8 (they always
     * are when the service wrote them), else in {@code payloadBase64} / {@code metaDataBase64}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Event(long position, String eventId, String aggregateId, long sequence, String aggregateType,
                        String recorded, String payloadType, String payloadRevision, String payload,
                        String payloadBase64, String metaData, String metaDataBase64, Link link) {

        public static Event of(StoredEvent e, EventLink link) {
            String payload = utf8(e.payload());
            String metaData = e.metaData() == null ? null : utf8(e.metaData());
            return new Event(e.position(), e.eventId(), e.aggregateId(), e.sequence(), e.aggregateType(),
                    e.recorded(), e.payloadType(), e.payloadRevision(), payload,
                    payload == null ? Base64.getEncoder().encodeToString(e.payload()) : null, metaData,
                    metaData == null && e.metaData() != null ? Base64.getEncoder().encodeToString(e.metaData()) : null,
                    link == null ? null : Link.of(link));
        }

        public StoredEvent stored() {
            return new StoredEvent(position, eventId, aggregateId, sequence, aggregateType, recorded, payloadType,
                    payloadRevision, payload == null && payloadBase64 == null ? new byte[0] : bytes(payload, payloadBase64),
                    bytes(metaData, metaDataBase64));
        }
    }

    /** A recorded link, hashes in hex. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Link(long position, String eventId, String aggregateId, long sequence, String aggregateType,
                       String recorded, String payloadType, String payloadRevision, String payloadSha256,
                       String metaDataSha256, String previous, String link) {

        public static Link of(EventLink l) {
            return new Link(l.position(), l.eventId(), l.aggregateId(), l.sequence(), l.aggregateType(),
                    l.recorded(), l.payloadType(), l.payloadRevision(), Hex.of(l.payloadSha256()),
                    Hex.of(l.metaDataSha256()), Hex.of(l.previous()), Hex.of(l.link()));
        }

        public EventLink toEventLink() {
            return new EventLink(position, eventId, aggregateId, sequence, aggregateType, recorded, payloadType,
                    payloadRevision, Hex.parse(payloadSha256), Hex.parse(metaDataSha256), Hex.parse(previous),
                    Hex.parse(link));
        }
    }

    /** Leaf {@code leafIndex} of the checkpoint's tree is the link of the event at {@code position}; path in hex. */
    public record Proof(String aggregateId, long position, long leafIndex, List<String> path) {
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static byte[] bytes(String text, String base64) {
        if (text != null) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        return base64 == null ? null : Base64.getDecoder().decode(base64);
    }
}
