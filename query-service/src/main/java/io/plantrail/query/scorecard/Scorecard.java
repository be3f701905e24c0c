package io.plantrail.query.scorecard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A plan's scorecard for one quarter, laid out as the directorate scorecards are: each priority with its narrative
 * and RAG per quarter and the measures that support it, then the supporting measures of no one priority, each with
 * direction, target and its values for Q1-Q4 of the year, and the numbered footnotes the values refer to. Quarters
 * after the one asked for are null, as on the paper.
 */
record Scorecard(UUID planId,
                 String title,
                 String organisation,
                 String period,
                 List<String> quarters,
                 List<Priority> priorities,
                 List<Measure> measures,
                 List<Note> notes) {

    /** {@code rag} and {@code narrative} are those given for the period asked for; {@code ragByQuarter} Q1 to Q4. */
    record Priority(UUID actionId, String ref, int aim, String title, String narrative, String rag,
                    Map<String, String> ragByQuarter, List<Measure> measures) {
    }

    record Measure(UUID measureId, String name, String direction, String unit, BigDecimal tolerance, Integer aim,
                   UUID actionId, Target target, Map<String, Cell> quarters, Assessed assessment) {
    }

    record Target(BigDecimal value, String rag) {
    }

    /**
     * A period's value as it stands, shown as the paper prints it ({@code display}), with every step that led to it.
     * {@code status} is REVISED when the last step was a revision; {@code trend} compares it with the quarter before.
     */
    record Cell(String period, String status, BigDecimal value, String rag, String display, String expected,
                String note, Integer noteNumber, Target target, String trend, String againstTarget, List<Step> steps) {
    }

    /** kind RECORDED or REVISED; a revision carries the value it replaced and the reason. */
    record Step(String kind, String status, BigDecimal value, String rag, String expected, String note,
                BigDecimal previousValue, String previousRag, String reason, Instant recorded) {
    }

    /** The measure in the quarter asked for: against the quarter before ({@code comparedWith}) and its target. */
    record Assessed(String period, String comparedWith, String trend, String againstTarget) {
    }

    record Note(int number, String text) {
    }
}
