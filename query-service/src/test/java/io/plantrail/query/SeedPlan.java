package io.plantrail.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.plantrail.events.ActionId;
import io.plantrail.events.EventJson;
import io.plantrail.events.Lead;
import io.plantrail.events.LeadKind;
import io.plantrail.events.Milestone;
import io.plantrail.events.PlanId;
import io.plantrail.events.PlanStatus;
import io.plantrail.events.Timescale;
import io.plantrail.events.TimescalePrecision;
import io.plantrail.events.action.ActionAdded;
import io.plantrail.events.action.ProgressRecorded;
import io.plantrail.events.plan.PlanCreated;
import io.plantrail.events.plan.StrategicAimAdded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 2009/10 improvement action plan of seed 004 (its 24 actions, transcribed by hand from the paper), appended
 * under a fresh plan id as the command side records it: the plan, its five aims, each action and its one
 * progress update of 31 January 2010.
 */
public record SeedPlan(PlanId plan, String title, Map<String, ActionId> actions, long lastPosition) {

    private static final Path SOURCE = Path.of("src/test/resources/seed/improvement-plan-2009-10.json");

    /** What the command side resolves each of the plan's timescales to, as domain.md and TimescaleParserTest say. */
    private static final Map<String, Timescale> RESOLVED = Map.of(
            "Jan 2010 – Interim Summer 2010 - Permanent", new Timescale("Jan 2010 – Interim Summer 2010 - Permanent",
                    LocalDate.of(2010, 8, 31), TimescalePrecision.SEASON, List.of(
                    new Milestone("Interim", LocalDate.of(2010, 1, 31), TimescalePrecision.MONTH),
                    new Milestone("Permanent", LocalDate.of(2010, 8, 31), TimescalePrecision.SEASON))),
            "Commence implementation early 2010", due("Commence implementation early 2010", 2010, 4, 30,
                    TimescalePrecision.SEASON),
            "Aug 2010", due("Aug 2010", 2010, 8, 31, TimescalePrecision.MONTH),
            "April 2010", due("April 2010", 2010, 4, 30, TimescalePrecision.MONTH),
            "February 2010", due("February 2010", 2010, 2, 28, TimescalePrecision.MONTH),
            "June 2010", due("June 2010", 2010, 6, 30, TimescalePrecision.MONTH),
            "TBC", new Timescale("TBC", null, TimescalePrecision.TBC, List.of()),
            "On-going", new Timescale("On-going", null, TimescalePrecision.ONGOING, List.of()));

    public static SeedPlan append(ForeignAppender store) {
        JsonNode seed = read();
        PlanId plan = PlanId.random();
        String title = seed.get("plan").get("title").asText();
        store.append("Plan", plan, new PlanCreated(plan, title, seed.get("plan").get("organisation").asText(),
                seed.get("plan").get("period").asText(), PlanStatus.ACTIVE));
        for (JsonNode aim : seed.get("aims")) {
            store.append("Plan", plan, new StrategicAimAdded(plan, aim.get("number").asInt(), aim.get("title").asText()));
        }
        Map<String, ActionId> actions = new LinkedHashMap<>();
        long position = 0;
        for (JsonNode action : seed.get("actions")) {
            ActionId id = ActionId.random();
            actions.put(action.get("ref").asText(), id);
            store.append("Action", id, new ActionAdded(id, plan, action.get("ref").asText(), action.get("aim").asInt(),
                    action.get("title").asText(), leads(action.get("leads")),
                    resolved(action.get("timescale").get("text").asText())));
            JsonNode progress = action.get("progress");
            position = store.append("Action", id, new ProgressRecorded(id, plan, progress.get("narrative").asText(),
                    null, LocalDate.parse(progress.get("asOf").asText()), null));
        }
        return new SeedPlan(plan, title, actions, position);
    }

    public ActionId action(String ref) {
        ActionId id = actions.get(ref);
        if (id == null) {
            throw new IllegalArgumentException("The 2009/10 plan has no action " + ref);
        }
        return id;
    }

    private static Timescale resolved(String text) {
        Timescale timescale = RESOLVED.get(text);
        if (timescale == null) {
            throw new IllegalStateException("No resolution written down for the timescale '" + text + "'");
        }
        return timescale;
    }

    private static Timescale due(String text, int year, int month, int day, TimescalePrecision precision) {
        return new Timescale(text, LocalDate.of(year, month, day), precision, List.of());
    }

    private static List<Lead> leads(JsonNode leads) {
        List<Lead> result = new ArrayList<>();
        leads.forEach(lead -> result.add(new Lead(lead.get("name").asText(), LeadKind.valueOf(lead.get("kind").asText()))));
        return result;
    }

    private static JsonNode read() {
        try {
            return EventJson.mapper().readTree(SOURCE.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("The 2009/10 plan is read from " + SOURCE.toAbsolutePath(), e);
        }
    }
}
