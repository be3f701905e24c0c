package io.plantrail.command;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static io.plantrail.command.ActionLifecycleIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** Many clients at once on one action: without If-Match every change lands; with it, the losers hear 412. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConcurrencyAndIdempotencyIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient db;

    private HttpJson http;
    private String planId;
    private String actionId;

    @BeforeEach
    void planWithOneAction() {
        http = new HttpJson(port);
        planId = http.created("/api/plans", """
                {"title": "Improvement Action Plan", "organisation": "Leeds City Council", "period": "2009/10"}""");
        http.created("/api/plans/" + planId + "/aims", "{\"number\": 1, \"title\": \"Leadership\"}");
        actionId = http.created("/api/plans/" + planId + "/actions", """
                {"ref": "1.1", "aim": 1, "title": "LSCB governance", "timescale": {"text": "On-going"}}""");
    }

    @Test
    void fiftySimultaneousUpdatesWithoutIfMatchAllLandAsVersionsOneToFifty() throws Exception {
        List<HttpJson.Answer> answers = all(50, i -> http.post("/api/actions/" + actionId + "/progress",
                "{\"narrative\": \"Update " + i + "\"}"));

        assertThat(answers).extracting(HttpJson.Answer::status).containsOnly(201);
        assertThat(answers).extracting(answer -> answer.body().get("version").asLong())
                .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 50).boxed().toList());
        assertThat(db.sql("select sequence_number from domain_event_entry where aggregate_identifier = ? order by 1")
                .param(actionId).query(Long.class).list())
                .containsExactlyElementsOf(LongStream.rangeClosed(0, 50).boxed().toList());
    }

    @Test
    void simultaneousUpdatesWithTheSameIfMatchLetOneWinAndTellTheOthers412() throws Exception {
        List<HttpJson.Answer> answers = all(10, i -> http.post("/api/actions/" + actionId + "/progress",
                "{\"narrative\": \"Decision " + i + "\"}", Map.of("If-Match", "\"0\"")));

        assertThat(answers).extracting(HttpJson.Answer::status).containsOnlyOnce(201).containsOnly(201, 412);
        assertThat(events(actionId)).isEqualTo(2);
    }

    @Test
    void aHundredRetriesOfOneKeyAppendOneEventAndAllGetTheFirstAnswer() throws Exception {
        String key = "board-pack-" + UUID.randomUUID();
        String body = "{\"narrative\": \"Quarterly update for the board\", \"rag\": \"GREEN\"}";

        List<HttpJson.Answer> answers = all(100, i -> http.post("/api/actions/" + actionId + "/progress", body,
                Map.of("Idempotency-Key", key)));

        assertThat(answers).extracting(HttpJson.Answer::status).containsOnly(201);
        assertThat(answers).extracting(answer -> answer.body().toString()).containsOnly(answers.get(0).body().toString());
        assertThat(events(actionId)).isEqualTo(2);
        byte[] metaData = db.sql("select meta_data from domain_event_entry where aggregate_identifier = ? and sequence_number = 1")
                .param(actionId).query(byte[].class).single();
        assertThat(new String(metaData)).contains("\"idempotencyKey\":\"" + key + "\"").doesNotContain("requestHash");
    }

    @Test
    void aRetriedCreateWithAKeyAnswersTheFirstPlanEvenWithoutAClientId() {
        String key = UUID.randomUUID().toString();
        String body = "{\"title\": \"Scorecard\", \"organisation\": \"Leeds City Council\", \"period\": \"2011/12\"}";

        HttpJson.Answer first = http.post("/api/plans", body, Map.of("Idempotency-Key", key));
        HttpJson.Answer again = http.post("/api/plans", body, Map.of("Idempotency-Key", key));

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
    }

    @Test
    void aKeyReusedWithAnotherBodyIs422AndAppendsNothing() {
        String key = UUID.randomUUID().toString();
        http.post("/api/actions/" + actionId + "/progress", "{\"narrative\": \"First\"}", Map.of("Idempotency-Key", key));

        HttpJson.Answer reused = http.post("/api/actions/" + actionId + "/progress", "{\"narrative\": \"Second\"}",
                Map.of("Idempotency-Key", key));

        assertProblem(reused, 422, "idempotency-key-reused");
        assertThat(events(actionId)).isEqualTo(2);
    }

    @Test
    void aRefusedCommandDoesNotUseUpItsKey() {
        String key = UUID.randomUUID().toString();
        HttpJson.Answer refused = http.post("/api/actions/" + actionId + "/reopen", "{\"reason\": \"x\"}",
                Map.of("Idempotency-Key", key));
        http.post("/api/actions/" + actionId + "/close", "{\"outcome\": \"DROPPED\", \"note\": \"x\"}");

        HttpJson.Answer retried = http.post("/api/actions/" + actionId + "/reopen", "{\"reason\": \"x\"}",
                Map.of("Idempotency-Key", key));

        assertProblem(refused, 409, "action-not-closed");
        assertThat(retried.status()).isEqualTo(200);
    }

    private long events(String aggregateId) {
        return db.sql("select count(*) from domain_event_entry where aggregate_identifier = ?")
                .param(aggregateId).query(Long.class).single();
    }

    private interface Request {
        HttpJson.Answer send(int index);
    }

    private static List<HttpJson.Answer> all(int count, Request request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(count, 32));
        try {
            List<Callable<HttpJson.Answer>> calls = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                calls.add(() -> request.send(index));
            }
            List<HttpJson.Answer> answers = new ArrayList<>();
            for (Future<HttpJson.Answer> answer : pool.invokeAll(calls)) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdown();
        }
    }
}
