package io.plantrail.evidence;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Events and links as the service would store them, for the evidence tests. */
final class Samples {

    static final String ACTION = "1722c47b-0000-4000-8000-000000000001";
    static final String OTHER = "1722c47b-0000-4000-8000-000000000002";

    private Samples() {
    }

    static StoredEvent event(long position, String aggregate, long sequence, String payload) {
        return new StoredEvent(position, "event-" + position, aggregate, sequence, "Action",
                "2026-11-22T07:0" + (position % 10) + ":00Z", "io.plantrail.events.action.ProgressRecorded", "1",
                payload.getBytes(StandardCharsets.UTF_8),
                "{\"actor\":\"test\",\"correlationId\":\"c\"}".getBytes(StandardCharsets.UTF_8));
    }

    /** Links each event after the previous one of its aggregate, as the storage engine does. */
    static List<EventLink> link(List<StoredEvent> events) {
        List<EventLink> links = new ArrayList<>();
        for (StoredEvent event : events) {
            byte[] previous = links.stream().filter(l -> l.aggregateId().equals(event.aggregateId()))
                    .reduce((a, b) -> b).map(EventLink::link).orElse(null);
            links.add(Links.link(event, previous));
        }
        return links;
    }

    /** Two interleaved streams: the action's five events and another aggregate's three. */
    static List<StoredEvent> streams() {
        List<StoredEvent> events = new ArrayList<>();
        int[] sequence = {0, 0};
        for (long position = 1; position <= 8; position++) {
            boolean action = position % 3 != 0;
            String aggregate = action ? ACTION : OTHER;
            events.add(event(position, aggregate, sequence[action ? 0 : 1]++,
                    "{\"narrative\":\"update " + position + "\",\"evidence\":{\"title\":\"Minutes\","
                            + "\"location\":\"minutes.txt\",\"sha256\":\"" + Hex.of(Links.sha256(
                            ("minutes " + position).getBytes(StandardCharsets.UTF_8))) + "\"}}"));
        }
        return events;
    }
}
