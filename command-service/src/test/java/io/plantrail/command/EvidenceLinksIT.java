package io.plantrail.command;

import io.plantrail.evidence.ChainCheck;
import io.plantrail.evidence.EventLink;
import io.plantrail.evidence.StoredEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Commands append their events with hash links, written by the storage engine in the command's own transaction:
 * every event a command appends is linked, and concurrent commands on one action still give one unbroken chain.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EvidenceLinksIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient db;

    @Test
    void everyEventACommandAppendsIsLinkedAndTheChainsHoldUnderConcurrency() {
        HttpJson http = new HttpJson(port);
        String plan = http.created("/api/plans", """
                {"title": "Improvement Action Plan", "organisation": "Leeds City Council", "period": "2009/10"}""");
        http.created("/api/plans/" + plan + "/aims", "{\"number\": 1, \"title\": \"Leadership\"}");
        String action = http.created("/api/plans/" + plan + "/actions", """
                {"ref": "1.4", "aim": 1, "title": "Appoint a permanent Director of Children's Services",
                 "leads": [{"name": "CX", "kind": "POST"}], "timescale": {"text": "April 2010"}}""");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CompletableFuture.allOf(IntStream.range(0, 16).mapToObj(i -> CompletableFuture.runAsync(() ->
                    assertThat(http.post("/api/actions/" + action + "/progress", "{\"narrative\": \"Update " + i
                            + "\", \"evidence\": [{\"title\": \"Note " + i + "\", \"location\": \"N/" + i + "\", "
                            + "\"sha256\": \"" + "ab".repeat(32) + "\"}]}").status()).isEqualTo(201), pool))
                    .toArray(CompletableFuture[]::new)).join();
        } finally {
            pool.shutdown();
        }
        assertThat(http.post("/api/actions/" + action + "/close",
                "{\"outcome\": \"COMPLETED\", \"note\": \"Appointed\", \"closedOn\": \"2010-04-12\"}").status())
                .isEqualTo(200);

        List<String> streams = List.of(plan, action);
        List<StoredEvent> events = db.sql("select * from domain_event_entry where aggregate_identifier = any (?)")
                .param(streams.toArray(String[]::new))
                .query((row, n) -> new StoredEvent(row.getLong("global_index"), row.getString("event_identifier"),
                        row.getString("aggregate_identifier"), row.getLong("sequence_number"), row.getString("type"),
                        row.getString("time_stamp"), row.getString("payload_type"), row.getString("payload_revision"),
                        row.getBytes("payload"), row.getBytes("meta_data")))
                .list();
        List<EventLink> links = db.sql("select * from event_link where aggregate_identifier = any (?)")
                .param(streams.toArray(String[]::new))
                .query((row, n) -> new EventLink(row.getLong("global_index"), row.getString("event_identifier"),
                        row.getString("aggregate_identifier"), row.getLong("sequence_number"), row.getString("type"),
                        row.getString("time_stamp"), row.getString("payload_type"), row.getString("payload_revision"),
                        row.getBytes("payload_sha256"), row.getBytes("meta_data_sha256"),
                        row.getBytes("previous_link"), row.getBytes("link")))
                .list();
        // PlanCreated, the aim; ActionAdded, 16 updates each with its evidence, the closure.
        assertThat(events).hasSize(2 + 1 + 32 + 1);
        assertThat(links).hasSameSizeAs(events);
        assertThat(ChainCheck.check(events, links)).isEmpty();
    }
}
