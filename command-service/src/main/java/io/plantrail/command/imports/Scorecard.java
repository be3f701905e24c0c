package io.plantrail.command.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.plantrail.events.Rag;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * A directorate scorecard as its table says it, before anything is sent: the reporting period, the priorities
 * with their progress summary and overall RAG, and the supporting measures with direction and a value (or a
 * promise of one) per quarter, and the notes the values point at. Turning this into commands, compared with the
 * store, is a separate step ({@link ScorecardImport}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Scorecard(String title,
                 String period,
                 List<Priority> priorities,
                 List<Measure> measures,
                 Map<Integer, String> notes,
                 String selfAssessment,
                 List<Line> ignored,
                 List<Line> problems) {

    enum Direction { INCREASE, MAINTAIN, REDUCE }

    /** As domain.md names them; GRADE is never guessed from a table. */
    enum Unit { PERCENT, COUNT, RATE, GRADE, RAG }

    enum ValueStatus { PENDING, PROVISIONAL, FINAL }

    /** A directorate priority: rated by colour and told in words, and measured by none or more measures. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Priority(int line, String name, String summary, Rag overall) {
    }

    /**
     * A supporting measure. {@code priority} is the priority on whose row it stands, or null for the measures the
     * table lists on their own; {@code name} keeps the table's words, direction verb included. {@code target} is
     * the reporting quarter's target when the table has a Target column.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Measure(int line, String name, Direction direction, Unit unit, String priority,
                   List<QuarterValue> values, QuarterValue target) {
    }

    /**
     * One quarter's cell: a number (percent unit stripped), a colour, or pending with when it is expected.
     * {@code footnotes} are the note numbers the cell points at (a superscript ¹ in the table).
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record QuarterValue(String period, String text, BigDecimal value, Rag rag, ValueStatus status,
                        YearMonth expected, List<Integer> footnotes) {
    }

    /** A line with what it was taken for (ignored) or why it cannot be read (a problem). */
    record Line(int line, String text, String reason) {
    }
}
