package io.plantrail.local;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Loads the 2009/10 improvement action plan and the Q2 2011/12 directorate scorecard of the seed papers when the
 * store is empty, so a newcomer sees a real plan and a real scorecard at once. They are the seed texts themselves,
 * imported through {@code POST /api/imports} as anyone would import them, so every demo fact is an ordinary event
 * and both kinds of import are exercised on every first run.
 */
final class DemoData {

    /** Fixed, so the README and a returning user can find the demo plan. */
    static final String PLAN_ID = "00002009-0010-4000-8000-000000000001";
    /** Seed 004 byte for byte, OCR damage and all. */
    static final String PLAN_RESOURCE = "/demo/improvement-plan-2009-10.txt";
    /** Fixed like the plan's, so the welcome text and the README can link the demo scorecard. */
    static final String SCORECARD_PLAN_ID = "00002011-0012-4000-8000-000000000002";
    static final String SCORECARD_PERIOD = "2011/12 Q2";
    /** Seed 000 byte for byte. */
    static final String SCORECARD_RESOURCE = "/demo/scorecard-2011-12-q2.txt";

    /** What the scorecard import made: its priorities and measures. */
    record ScorecardLoaded(int priorities, int measures) {
    }

    private DemoData() {
    }

    static boolean storeIsEmpty(Database database) {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(),
                database.password());
             ResultSet rs = connection.createStatement().executeQuery("select exists (select 1 from domain_event_entry)")) {
            rs.next();
            return !rs.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the event store: " + e.getMessage(), e);
        }
    }

    /**
     * Imports the plan, as active, with its progress column dated 31 January 2010 (when the draft was current);
     * answers the number of actions the plan has. Importing it again creates nothing.
     */
    static int load(PlantrailClient commands) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("planId", PLAN_ID);
        parameters.put("title", "Draft improvement action plan 2009/10 – integrated children's services in Leeds");
        parameters.put("organisation", "Leeds City Council");
        parameters.put("period", "2009/10");
        parameters.put("status", "ACTIVE");
        parameters.put("asOf", "2010-01-31");
        PlantrailClient.Answer answer = commands.postText("/api/imports?" + query(parameters), read(PLAN_RESOURCE),
                "text/tab-separated-values");
        if (answer.status() / 100 != 2) {
            throw new IllegalStateException("Importing the demo plan answered " + answer.status() + ": "
                    + answer.body());
        }
        int actions = 0;
        for (JsonNode row : answer.body().get("rows")) {
            actions += "ACTION".equals(row.get("type").asText()) ? 1 : 0;
        }
        return actions;
    }

    /**
     * Imports the scorecard as its own active plan, titled and dated by the paper (its year, 2011/12); answers how
     * many priorities and measures it has. Importing it again creates nothing.
     */
    static ScorecardLoaded loadScorecard(PlantrailClient commands) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("kind", "scorecard");
        parameters.put("planId", SCORECARD_PLAN_ID);
        parameters.put("organisation", "Leeds City Council");
        parameters.put("status", "ACTIVE");
        PlantrailClient.Answer answer = commands.postText("/api/imports?" + query(parameters),
                read(SCORECARD_RESOURCE), "text/tab-separated-values");
        if (answer.status() / 100 != 2) {
            throw new IllegalStateException("Importing the demo scorecard answered " + answer.status() + ": "
                    + answer.body());
        }
        int priorities = 0;
        int measures = 0;
        for (JsonNode row : answer.body().get("rows")) {
            priorities += "PRIORITY".equals(row.get("type").asText()) ? 1 : 0;
            measures += "MEASURE".equals(row.get("type").asText()) ? 1 : 0;
        }
        return new ScorecardLoaded(priorities, measures);
    }

    /** Where the query service answers the demo scorecard. */
    static String scorecardPath() {
        return "/api/plans/" + SCORECARD_PLAN_ID + "/scorecard?period=" + SCORECARD_PERIOD.replace(" ", "%20");
    }

    static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String read(String resource) {
        try (InputStream in = DemoData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Demo data " + resource + " is missing from the launcher");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
