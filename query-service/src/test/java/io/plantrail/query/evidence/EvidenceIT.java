package io.plantrail.query.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import io.plantrail.events.ActionId;
import io.plantrail.events.ClosureOutcome;
import io.plantrail.events.EvidenceSubject;
import io.plantrail.events.Lead;
import io.plantrail.events.LeadKind;
import io.plantrail.events.PlanId;
import io.plantrail.events.PlanStatus;
import io.plantrail.events.Rag;
import io.plantrail.events.Timescale;
import io.plantrail.events.TimescalePrecision;
import io.plantrail.events.action.ActionAdded;
import io.plantrail.events.action.ActionClosed;
import io.plantrail.events.action.EvidenceAttached;
import io.plantrail.events.action.ProgressRecorded;
import io.plantrail.events.plan.PlanCreated;
import io.plantrail.evidence.EventLink;
import io.plantrail.evidence.Hex;
import io.plantrail.evidence.Links;
import io.plantrail.evidence.StoredEvent;
import io.plantrail.evidence.Verify;
import io.plantrail.query.HttpJson;
import io.plantrail.query.QueryServiceTest;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evidence trail against a real PostgreSQL: events appended through the platform's storage engine (as the
 * command service appends them) get links in the same transaction; then the store is tampered with directly in
 * SQL, and both {@code /api/verify} and the offline verifier must name the exact event and say what differs.
 */
@QueryServiceTest
class EvidenceIT {

    private static final byte[] DOCUMENT = "Minutes of the LSCB, 14 January 2010".getBytes(StandardCharsets.UTF_8);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient db;
    @Autowired
    EventStorageEngine engine;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    EvidenceStore store;
    @Autowired
    Signer signer;

    @TempDir
    Path dir;

    private HttpJson http;

    @BeforeEach
    void setUp() {
        http = new HttpJson(port);
    }

    /** A plan with one action: added, a progress update, evidence for it, and its closure. */
    private record Story(PlanId plan, ActionId action, List<String> eventIds) {

        String progress() {
            return eventIds.get(2);
        }
    }

    private Story story() {
        PlanId plan = new PlanId(UUID.randomUUID());
        ActionId action = new ActionId(UUID.randomUUID());
        List<GenericDomainEventMessage<?>> events = List.of(
                message("Plan", plan, 0, new PlanCreated(plan, "Improvement Action Plan", "Leeds City Council",
                        "2009/10", PlanStatus.ACTIVE)),
                message("Action", action, 0, new ActionAdded(action, plan, "1.3", 1, "Stabilise the senior team",
                        List.of(new Lead("Interim DCS", LeadKind.POST)),
                        new Timescale("Aug 2010", LocalDate.of(2010, 8, 31), TimescalePrecision.MONTH, List.of()))),
                message("Action", action, 1, new ProgressRecorded(action, plan,
                        "Interim DCS in post; permanent recruitment under way.", Rag.AMBER, LocalDate.of(2010, 1, 31),
                        "2009/10 Q4")),
                message("Action", action, 2, new EvidenceAttached(action, plan, UUID.randomUUID(), "LSCB minutes",
                        "https://example.org/lscb/2010-01-14.pdf", Hex.of(Links.sha256(DOCUMENT)),
                        LocalDate.of(2010, 1, 14), EvidenceSubject.PROGRESS, 1L)),
                message("Action", action, 3, new ActionClosed(action, plan, ClosureOutcome.COMPLETED,
                        "Permanent DCS appointed", LocalDate.of(2010, 4, 12))));
        new TransactionTemplate(transactions).executeWithoutResult(status -> engine.appendEvents(events));
        return new Story(plan, action, events.stream().map(GenericDomainEventMessage::getIdentifier).toList());
    }

    private static GenericDomainEventMessage<?> message(String type, Object id, long sequence, Object payload) {
        return new GenericDomainEventMessage<>(type, id.toString(), sequence, payload,
                MetaData.from(Map.of("actor", "jackie.wilson", "correlationId", "evidence-it")));
    }

    private long position(String eventId) {
        return db.sql("select global_index from event_link where event_identifier = ?").param(eventId)
                .query(Long.class).single();
    }

    @Test
    void everyEventIsLinkedInTheTransactionThatAppendsIt() {
        Story story = story();
        assertThat(db.sql("select count(*) from event_link where event_identifier = any (?)")
                .param(story.eventIds().toArray(String[]::new)).query(Long.class).single()).isEqualTo(5);
        List<byte[]> chain = db.sql("select previous_link from event_link where aggregate_identifier = ? "
                + "order by sequence_number").param(story.action().toString()).query(byte[].class).list();
        assertThat(chain.get(0)).isNull();
        assertThat(chain.subList(1, 4)).allSatisfy(previous -> assertThat(previous).hasSize(32));

        ActionId rolledBack = new ActionId(UUID.randomUUID());
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            engine.appendEvents(message("Action", rolledBack, 0, new ProgressRecorded(rolledBack, story.plan(),
                    "never committed", null, LocalDate.of(2010, 1, 31), null)));
            status.setRollbackOnly();
        });
        assertThat(db.sql("select count(*) from event_link where aggregate_identifier = ?")
                .param(rolledBack.toString()).query(Long.class).single()).isZero();
        assertThat(db.sql("select count(*) from event_link_backfill").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anUntouchedPlanVerifiesOnlineAndOfflineWithItsEvidenceDocument() throws IOException {
        Story story = story();
        HttpJson.Answer checkpoint = http.post("/api/checkpoints", "");
        assertThat(checkpoint.status()).isEqualTo(200);
        assertThat(checkpoint.body().path("position").asLong()).isGreaterThanOrEqualTo(position(story.eventIds().get(4)));
        assertThat(checkpoint.body().path("printed").asText()).startsWith("plantrail checkpoint v1\n")
                .contains("signature: ");
        JsonNode key = http.as(null).get("/api/checkpoints/public-key").body();
        assertThat(key.path("keyId").asText()).isEqualTo(checkpoint.body().path("keyId").asText());

        HttpJson.Answer verify = http.get("/api/verify?plan=" + story.plan().value());
        assertThat(verify.status()).isEqualTo(200);
        assertThat(verify.body().path("findings")).isEmpty();
        assertThat(verify.body().path("events").asInt()).isEqualTo(5);
        assertThat(verify.body().path("verified").asBoolean()).as(verify.body().toString()).isTrue();

        JsonNode trail = http.get("/api/actions/" + story.action().value() + "/evidence-trail").body();
        assertThat(trail.path("verified").asBoolean()).isTrue();
        assertThat(trail.path("entries")).hasSize(4);
        assertThat(trail.path("entries").get(1).path("type").asText()).isEqualTo("ProgressRecorded");
        assertThat(trail.path("entries").get(1).path("actor").asText()).isEqualTo("jackie.wilson");
        assertThat(trail.path("entries").get(2).path("event").path("sha256").asText())
                .isEqualTo(Hex.of(Links.sha256(DOCUMENT)));
        assertThat(trail.path("entries").get(3).path("previousLink").asText())
                .isEqualTo(trail.path("entries").get(2).path("link").asText());
        assertThat(trail.path("entries").findValuesAsText("status")).containsOnly("MATCHES");
        assertThat(trail.path("entries").findValues("checkpointed")).allMatch(JsonNode::asBoolean);
        assertThat(trail.path("checkpoint").path("root").asText()).hasSize(64);
        JsonNode read = http.get("/api/audit/reads?size=1").body().path("items").get(0);
        assertThat(read.path("what").asText()).isEqualTo("evidence-trail");
        assertThat(read.path("subject").asText()).isEqualTo(story.action().value().toString());

        Path bundle = download("/api/plans/" + story.plan().value() + "/evidence-bundle");
        Path document = Files.write(dir.resolve("lscb-2010-01-14.pdf"), DOCUMENT);
        Path publicKey = Files.writeString(dir.resolve("plantrail.pem"), key.path("pem").asText());
        Offline offline = verifyOffline(bundle.toString(), "--public-key", publicKey.toString(),
                "--document", document.toString());
        assertThat(offline.code()).as(offline.report()).isZero();
        assertThat(offline.report()).contains("Signature: valid").contains("matches evidence \"LSCB minutes\"")
                .endsWith("VERIFIED\n");
        Path other = Files.writeString(dir.resolve("other.pdf"), "not the minutes");
        assertThat(verifyOffline(bundle.toString(), "--document", other.toString()).code()).isEqualTo(1);
        assertThat(verifyOffline(download("/api/actions/" + story.action().value() + "/evidence-bundle").toString())
                .code()).isZero();
    }

    @Test
    void aPayloadChangedInPostgresqlIsNamedWithWhatDiffers() throws IOException {
        Story story = story();
        db.sql("update domain_event_entry set payload = convert_to(replace(convert_from(payload, 'UTF8'), "
                + "'AMBER', 'GREEN'), 'UTF8') where event_identifier = ?").param(story.progress()).update();

        JsonNode first = firstFinding(story);
        assertThat(first.path("kind").asText()).isEqualTo("ALTERED");
        assertThat(first.path("eventId").asText()).isEqualTo(story.progress());
        assertThat(first.path("position").asLong()).isEqualTo(position(story.progress()));
        assertThat(first.path("differences").get(0).path("field").asText()).isEqualTo("payload (SHA-256)");

        Offline offline = verifyOffline(download("/api/actions/" + story.action().value() + "/evidence-bundle")
                .toString());
        assertThat(offline.code()).isEqualTo(1);
        assertThat(offline.report()).contains("ALTERED at position " + position(story.progress()))
                .contains(story.progress()).contains("payload (SHA-256): recorded ").endsWith("NOT VERIFIED\n");
        assertThat(http.get("/api/actions/" + story.action().value() + "/evidence-trail").body()
                .path("entries").get(1).path("status").asText()).isEqualTo("ALTERED");
    }

    @Test
    void anEventDeletedInPostgresqlIsNamed() throws IOException {
        Story story = story();
        long position = position(story.progress());
        db.sql("delete from domain_event_entry where event_identifier = ?").param(story.progress()).update();

        JsonNode first = firstFinding(story);
        assertThat(first.path("kind").asText()).isEqualTo("REMOVED");
        assertThat(first.path("eventId").asText()).isEqualTo(story.progress());
        assertThat(first.path("position").asLong()).isEqualTo(position);

        Offline offline = verifyOffline(download("/api/plans/" + story.plan().value() + "/evidence-bundle")
                .toString());
        assertThat(offline.code()).isEqualTo(1);
        assertThat(offline.report()).contains("REMOVED at position " + position).contains(story.progress());
    }

    @Test
    void anEventForgedInPostgresqlIsNamed() throws IOException {
        Story story = story();
        String forged = UUID.randomUUID().toString();
        long position = db.sql("""
                        insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                            time_stamp, payload_type, payload_revision, payload, meta_data)
                        select ?, aggregate_identifier, 4, type, time_stamp, payload_type, payload_revision,
                               convert_to(replace(convert_from(payload, 'UTF8'), 'AMBER', 'GREEN'), 'UTF8'), meta_data
                          from domain_event_entry where event_identifier = ?
                        returning global_index""")
                .param(forged).param(story.progress()).query(Long.class).single();

        JsonNode first = firstFinding(story);
        assertThat(first.path("kind").asText()).isEqualTo("UNLINKED");
        assertThat(first.path("eventId").asText()).isEqualTo(forged);
        assertThat(first.path("position").asLong()).isEqualTo(position);

        Offline offline = verifyOffline(download("/api/actions/" + story.action().value() + "/evidence-bundle")
                .toString());
        assertThat(offline.code()).isEqualTo(1);
        assertThat(offline.report()).contains("UNLINKED at position " + position).contains(forged);
    }

    /**
     * Someone who rewrites an event and recomputes its link and every later one passes the link check; the signed
     * checkpoint does not follow. The original links are put back at the end, since checkpoints cover the store.
     */
    @Test
    void aChainRecomputedAfterACheckpointFailsTheCheckpoint() throws IOException {
        Story story = story();
        assertThat(http.post("/api/checkpoints", "").status()).isEqualTo(200);
        String action = story.action().toString();
        List<EventLink> original = links(action);
        try {
            db.sql("update domain_event_entry set payload = convert_to(replace(convert_from(payload, 'UTF8'), "
                    + "'AMBER', 'GREEN'), 'UTF8') where event_identifier = ?").param(story.progress()).update();
            byte[] previous = null;
            for (StoredEvent event : events(action)) {
                EventLink link = Links.link(event, previous);
                db.sql("update event_link set payload_sha256 = ?, previous_link = ?, link = ? where global_index = ?")
                        .params(link.payloadSha256(), link.previous(), link.link(), link.position()).update();
                previous = link.link();
            }

            JsonNode verify = http.get("/api/verify?plan=" + story.plan().value()).body();
            assertThat(verify.path("findings")).isEmpty();
            assertThat(verify.path("verified").asBoolean()).isFalse();
            assertThat(verify.path("summary").asText()).contains("no longer matches the store");
            Offline offline = verifyOffline(download("/api/actions/" + story.action().value() + "/evidence-bundle")
                    .toString());
            assertThat(offline.code()).isEqualTo(1);
            assertThat(offline.report()).contains("are NOT those the checkpoint signed");
        } finally {
            for (EventLink link : original) {
                db.sql("update event_link set payload_sha256 = ?, previous_link = ?, link = ? where global_index = ?")
                        .params(link.payloadSha256(), link.previous(), link.link(), link.position()).update();
            }
        }
        assertThat(http.get("/api/verify?plan=" + story.plan().value()).body().path("summary").asText())
                .containsPattern("(checkpoints match|checkpoint matches) the store");
    }

    @Test
    void aCheckpointIsMadeByItselfOnceEnoughEventsAreLinked() {
        Story story = story();
        long last = position(story.eventIds().get(4));
        new Checkpoints(store, signer, db, transactions, 1_000_000).createIfDue();
        assertThat(store.latestCheckpoint().map(c -> c.position()).orElse(0L)).isLessThan(last);

        new Checkpoints(store, signer, db, transactions, 5).createIfDue();
        assertThat(store.latestCheckpoint().orElseThrow().position()).isGreaterThanOrEqualTo(last);
        JsonNode listed = http.get("/api/checkpoints").body();
        assertThat(listed.get(listed.size() - 1).path("position").asLong()).isGreaterThanOrEqualTo(last);
    }

    /** A bundle can rest on an older checkpoint, such as one printed in board minutes, and be checked against it. */
    @Test
    void aBundleRestsOnTheCheckpointMinutedEarlier() throws IOException {
        Story story = story();
        JsonNode minuted = http.post("/api/checkpoints", "").body();
        Path minutes = Files.writeString(dir.resolve("minutes.txt"), "Board, 1 March 2010. Evidence checkpoint:\n"
                + minuted.path("printed").asText());
        story();
        JsonNode later = http.post("/api/checkpoints", "").body();
        assertThat(later.path("position").asLong()).isGreaterThan(minuted.path("position").asLong());

        String action = "/api/actions/" + story.action().value() + "/evidence-bundle";
        Offline onMinuted = verifyOffline(download(action + "?checkpoint=" + minuted.path("position").asLong())
                .toString(), "--checkpoint", minutes.toString());
        assertThat(onMinuted.code()).as(onMinuted.report()).isZero();
        assertThat(onMinuted.report()).contains("The checkpoint is the one you hold");
        Offline onLatest = verifyOffline(download(action).toString(), "--checkpoint", minutes.toString());
        assertThat(onLatest.code()).isEqualTo(1);
        assertThat(onLatest.report()).contains("is NOT the one you hold");

        assertThat(http.get(action + "?checkpoint=x").status()).isEqualTo(400);
        assertThat(http.get(action + "?checkpoint=" + Long.MAX_VALUE).status()).isEqualTo(404);
    }

    @Test
    void unknownIdsAre404AndBadParameters400() {
        UUID unknown = UUID.randomUUID();
        assertThat(http.get("/api/actions/" + unknown + "/evidence-trail").status()).isEqualTo(404);
        assertThat(http.get("/api/actions/" + unknown + "/evidence-bundle").status()).isEqualTo(404);
        assertThat(http.get("/api/plans/" + unknown + "/evidence-bundle").status()).isEqualTo(404);
        HttpJson.Answer notFound = http.get("/api/verify?plan=" + unknown);
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.body().path("type").asText()).isEqualTo("urn:plantrail:problem:not-found");
        HttpJson.Answer bad = http.get("/api/verify?plan=not-a-plan");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("errors").get(0).path("field").asText()).isEqualTo("plan");
        assertThat(http.get("/api/actions/not-an-id/evidence-trail").status()).isEqualTo(404);
    }

    private JsonNode firstFinding(Story story) {
        HttpJson.Answer verify = http.get("/api/verify?plan=" + story.plan().value());
        assertThat(verify.status()).isEqualTo(200);
        assertThat(verify.body().path("verified").asBoolean()).isFalse();
        return verify.body().path("firstFinding");
    }

    private List<EventLink> links(String aggregate) {
        return db.sql("select * from event_link where aggregate_identifier = ? order by sequence_number")
                .param(aggregate)
                .query((row, n) -> new EventLink(row.getLong("global_index"), row.getString("event_identifier"),
                        row.getString("aggregate_identifier"), row.getLong("sequence_number"), row.getString("type"),
                        row.getString("time_stamp"), row.getString("payload_type"), row.getString("payload_revision"),
                        row.getBytes("payload_sha256"), row.getBytes("meta_data_sha256"),
                        row.getBytes("previous_link"), row.getBytes("link")))
                .list();
    }

    private List<StoredEvent> events(String aggregate) {
        return db.sql("select * from domain_event_entry where aggregate_identifier = ? order by sequence_number")
                .param(aggregate)
                .query((row, n) -> new StoredEvent(row.getLong("global_index"), row.getString("event_identifier"),
                        row.getString("aggregate_identifier"), row.getLong("sequence_number"), row.getString("type"),
                        row.getString("time_stamp"), row.getString("payload_type"), row.getString("payload_revision"),
                        row.getBytes("payload"), row.getBytes("meta_data")))
                .list();
    }

    private Path download(String path) throws IOException {
        HttpJson.Answer answer = http.get(path);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Disposition")).startsWith("attachment; filename=\"plantrail-evidence-");
        Path file = Files.createTempFile(dir, "bundle", ".json");
        return Files.writeString(file, answer.raw().body());
    }

    private record Offline(int code, String report) {
    }

    /** The command-line verifier, run as {@code java -jar plantrail-verify.jar} runs it: from the file alone. */
    private static Offline verifyOffline(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Verify.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Offline(code, out.toString(StandardCharsets.UTF_8));
    }

}
