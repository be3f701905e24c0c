package io.plantrail.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plantrail.events.EventJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Loads the 2009/10 improvement action plan of the seed papers through the command API when the store is
 * empty, so a newcomer sees a real plan at once and every demo fact is an ordinary event.
 */
final class DemoData {

    /** Fixed, so the README and a returning user can find the demo plan. */
    static final String PLAN_ID = "00002009-0010-4000-8000-000000000001";
    private static final String RESOURCE = "/demo/improvement-plan-2009-10.json";

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

    /** Sends the plan, its aims, its actions and their progress as commands; answers the number of actions. */
    static int load(PlantrailClient commands) {
        JsonNode demo = read();
        ObjectNode plan = ((ObjectNode) demo.get("plan").deepCopy()).put("id", PLAN_ID);
        commands.command("/api/plans", plan);
        for (JsonNode aim : demo.get("aims")) {
            commands.command("/api/plans/" + PLAN_ID + "/aims", aim);
        }
        int actions = 0;
        for (JsonNode action : demo.get("actions")) {
            ObjectNode body = action.deepCopy();
            JsonNode progress = body.remove("progress");
            String actionId = commands.command("/api/plans/" + PLAN_ID + "/actions", body).get("id").asText();
            if (progress != null && !progress.isNull()) {
                commands.command("/api/actions/" + actionId + "/progress", progress);
            }
            actions++;
        }
        return actions;
    }

    private static JsonNode read() {
        ObjectMapper json = EventJson.mapper();
        try (InputStream in = DemoData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Demo data " + RESOURCE + " is missing from the launcher");
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
