package io.plantrail.query.scorecard;

import io.plantrail.query.web.Csv;

import java.util.List;
import java.util.Objects;

/**
 * The scorecard as a spreadsheet would hold it: one record per priority (its RAG per quarter) and one per measure
 * (its value per quarter as printed), the priority a measure supports named in its first column.
 */
final class ScorecardCsv {

    private ScorecardCsv() {
    }

    static Csv of(Scorecard scorecard) {
        Csv csv = new Csv("row", "priority", "title", "narrative", "direction", "target", "Q1", "Q2", "Q3", "Q4",
                "status", "trend", "againstTarget", "note");
        for (Scorecard.Priority priority : scorecard.priorities()) {
            csv.row("priority", priority.ref(), priority.title(), priority.narrative(), null, null,
                    priority.ragByQuarter().get("Q1"), priority.ragByQuarter().get("Q2"),
                    priority.ragByQuarter().get("Q3"), priority.ragByQuarter().get("Q4"), null, null, null, null);
            priority.measures().forEach(measure -> measure(csv, priority.ref(), measure));
        }
        scorecard.measures().forEach(measure -> measure(csv, null, measure));
        return csv;
    }

    private static void measure(Csv csv, String priority, Scorecard.Measure measure) {
        Scorecard.Cell now = measure.quarters().values().stream().filter(Objects::nonNull)
                .reduce((first, second) -> second).orElse(null);
        Scorecard.Target target = measure.target();
        csv.row("measure", priority, measure.name(), null, measure.direction(),
                target == null ? null : target.rag() != null ? target.rag() : target.value().toPlainString(),
                display(measure, "Q1"), display(measure, "Q2"), display(measure, "Q3"), display(measure, "Q4"),
                now == null ? null : now.status(), measure.assessment().trend(), measure.assessment().againstTarget(),
                notes(measure));
    }

    private static String display(Scorecard.Measure measure, String quarter) {
        Scorecard.Cell cell = measure.quarters().get(quarter);
        return cell == null ? null : cell.display();
    }

    private static String notes(Scorecard.Measure measure) {
        List<String> notes = measure.quarters().values().stream()
                .filter(cell -> cell != null && cell.noteNumber() != null)
                .map(cell -> cell.noteNumber() + " " + cell.note())
                .distinct().toList();
        return notes.isEmpty() ? null : String.join("; ", notes);
    }
}
