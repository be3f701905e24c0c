package io.plantrail.query.evidence;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.plantrail.evidence.ChainCheck;
import io.plantrail.evidence.Checkpoint;
import io.plantrail.evidence.EventLink;
import io.plantrail.evidence.Finding;
import io.plantrail.evidence.Hex;
import io.plantrail.evidence.StoredEvent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An action's evidence trail: every event of the action in order (progress, closures, reopenings and evidence, and
 * the changes between them, because each link depends on the one before), each with its link, whether it matches,
 * and whether a signed checkpoint covers it. Read from the event table, never from a read model.
 *
 * @param checkpoint the latest checkpoint; events after its position are covered by their links only
 */
record EvidenceTrail(UUID actionId, boolean verified, String summary, List<Entry> entries, Checkpoint checkpoint,
                     List<Finding> findings) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param event   the event as stored (its JSON)
     * @param status  {@code MATCHES}, or the kind of the first finding about this event
     */
    record Entry(long position, long sequence, String eventId, String type, String recorded, String actor,
                 Object event, String link, String previousLink, String status, boolean checkpointed) {
    }

    static EvidenceTrail of(UUID actionId, List<StoredEvent> events, List<EventLink> links,
                            Optional<Checkpoint> checkpoint) {
        List<Finding> findings = ChainCheck.check(events, links);
        Map<Long, EventLink> linkAt = links.stream().collect(Collectors.toMap(EventLink::position, Function.identity()));
        long covered = checkpoint.map(Checkpoint::position).orElse(-1L);
        List<Entry> entries = events.stream().map(e -> {
            EventLink link = linkAt.get(e.position());
            String status = findings.stream().filter(f -> f.position() == e.position()).findFirst()
                    .map(f -> f.kind().name()).orElse("MATCHES");
            return new Entry(e.position(), e.sequence(), e.eventId(), simpleName(e.payloadType()), e.recorded(),
                    actor(e.metaData()), json(e.payload()), link == null ? null : Hex.of(link.link()),
                    link == null ? null : Hex.of(link.previous()), status, link != null && e.position() <= covered);
        }).toList();
        long after = entries.stream().filter(entry -> !entry.checkpointed()).count();
        String summary = (findings.isEmpty() ? "All " + entries.size() + " events match their links."
                : findings.size() + " problem(s); the first: " + findings.get(0).message() + ".")
                + (checkpoint.isEmpty() ? " No checkpoint has been made yet."
                : after == 0 ? " The checkpoint at position " + covered + " covers every one."
                : " " + after + " event(s) after the checkpoint at position " + covered
                + " are covered by their links only, until the next checkpoint.");
        return new EvidenceTrail(actionId, findings.isEmpty(), summary, entries, checkpoint.orElse(null), findings);
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    private static Object json(byte[] bytes) {
        try {
            return JSON.readValue(bytes, Object.class);
        } catch (IOException notJson) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static String actor(byte[] metaData) {
        return metaData != null && json(metaData) instanceof Map<?, ?> map && map.get("actor") != null
                ? map.get("actor").toString() : null;
    }
}
