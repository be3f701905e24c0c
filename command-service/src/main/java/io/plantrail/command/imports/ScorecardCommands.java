package io.plantrail.command.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.plantrail.events.PlanId;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The commands a scorecard becomes, in the request shapes of api.md, in the order they must be sent. This is the
 * one step between the parsed {@link Scorecard} and the command bus: once the Measure commands exist (issue 6),
 * sending means turning each {@link Planned} of kind DefineMeasure and RecordMeasureValue into that command and
 * giving it to {@code Commands}, as {@link PlanImport} does for plans. Ids are derived from names, so a re-run
 * plans the same ids and can be compared with the store as plan imports are.
 *
 * <p>A scorecard's plan is named by its title and period; each priority becomes an action (ref P1, P2, ... under
 * aim 1, "Directorate priorities") whose progress for the quarter carries the summary and the overall RAG, and
 * each measure is defined once and gets one value per quarter the table fills.
 */
final class ScorecardCommands {

    static final int PRIORITIES_AIM = 1;

    private ScorecardCommands() {
    }

    /** One command to send: its name, the path it would be posted to, and its body. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Planned(String command, String path, Map<String, Object> body, Integer line) {
    }

    static List<Planned> plan(Scorecard scorecard, PlanId planId) {
        List<Planned> planned = new ArrayList<>();
        LocalDate quarterEnd = quarterEnd(scorecard.period());
        planned.add(new Planned("AddStrategicAim", "/api/plans/" + planId + "/aims",
                body("number", PRIORITIES_AIM, "title", "Directorate priorities"), null));
        int n = 0;
        for (Scorecard.Priority priority : scorecard.priorities()) {
            String ref = "P" + ++n;
            String actionId = ImportIds.action(planId, ref).toString();
            planned.add(new Planned("AddAction", "/api/plans/" + planId + "/actions",
                    body("id", actionId, "ref", ref, "aim", PRIORITIES_AIM, "title", priority.name()),
                    priority.line()));
            if (priority.summary() != null || priority.overall() != null) {
                planned.add(new Planned("RecordProgress", "/api/actions/" + actionId + "/progress",
                        body("narrative", priority.summary() == null ? "Overall progress " + priority.overall()
                                        : priority.summary(), "rag", priority.overall(), "period", scorecard.period(),
                                "asOf", quarterEnd), priority.line()));
            }
        }
        for (Scorecard.Measure measure : scorecard.measures()) {
            String measureId = measureId(planId, measure.name()).toString();
            planned.add(new Planned("DefineMeasure", "/api/plans/" + planId + "/measures",
                    body("id", measureId, "name", measure.name(), "direction", measure.direction(),
                            "unit", measure.unit(), "action", linkedRef(scorecard, measure)), measure.line()));
            for (Scorecard.QuarterValue value : measure.values()) {
                planned.add(new Planned("RecordMeasureValue", "/api/measures/" + measureId + "/values",
                        body("period", value.period(), "value", value.rag() != null ? value.rag() : value.value(),
                                "status", value.status(), "expected", value.expected(),
                                "note", note(scorecard, value)), measure.line()));
            }
        }
        return List.copyOf(planned);
    }

    static UUID measureId(PlanId plan, String name) {
        return ImportIds.nameBased("measure\n" + plan + "\n" + ImportIds.normal(name));
    }

    /** The ref of the priority on whose row the measure stands. */
    private static String linkedRef(Scorecard scorecard, Scorecard.Measure measure) {
        for (int i = 0; i < scorecard.priorities().size(); i++) {
            if (scorecard.priorities().get(i).name().equals(measure.priority())) {
                return "P" + (i + 1);
            }
        }
        return null;
    }

    /** The notes a value's footnote marks point at, in its own words. */
    private static String note(Scorecard scorecard, Scorecard.QuarterValue value) {
        String notes = value.footnotes().stream()
                .filter(scorecard.notes()::containsKey)
                .map(scorecard.notes()::get)
                .collect(Collectors.joining(" "));
        return notes.isEmpty() ? null : notes;
    }

    /** "2011/12 Q2" ends on 30 September 2011. */
    private static LocalDate quarterEnd(String period) {
        if (period == null) {
            return null;
        }
        int startYear = Integer.parseInt(period.substring(0, 4));
        int quarter = period.charAt(period.length() - 1) - '0';
        return YearMonth.of(startYear, Month.JUNE).plusMonths(3L * (quarter - 1)).atEndOfMonth();
    }

    /** Pairs of name and value, leaving out what is null, in order. */
    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                Object value = pairs[i + 1];
                body.put((String) pairs[i], value instanceof Enum<?> || value instanceof Temporal
                        ? value.toString() : value);
            }
        }
        return body;
    }
}
