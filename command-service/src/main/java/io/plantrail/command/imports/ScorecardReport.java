package io.plantrail.command.imports;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The answer to a scorecard import, dry or real, shaped like {@link ImportReport}: the plan, the aim its priorities
 * stand under, then each priority, measure and unread line of the file with what it creates (or would) and what
 * could not be read. {@code scorecard} is the table as read, in a dry run only; {@code position} is the global
 * position of the last event appended, for {@code minPosition} on the query side.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ScorecardReport(String kind,
                       boolean dryRun,
                       ImportReport.Outcome outcome,
                       ImportReport.PlanPart plan,
                       String period,
                       AimPart priorities,
                       Totals totals,
                       List<Row> rows,
                       Scorecard scorecard,
                       Long position) {

    /** The strategic aim the scorecard's priorities are actions of. */
    record AimPart(int number, String title, ImportReport.Status outcome) {
    }

    record Totals(int priorities, int progressUpdates, int measures, int targets, int values, int alreadyThere,
                  int unreadable, int skipped, int conflicts, int ignored) {
    }

    /**
     * One priority ({@code PRIORITY}: {@code id} its action), one measure ({@code MEASURE}: {@code id} the measure,
     * {@code action} the priority it supports), or a line that is not imported ({@code TEXT}, {@code ROW}). A line
     * with a priority and a measure gives a row for each.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Row(int line,
               String type,
               ImportReport.Status status,
               String text,
               String ref,
               Integer aim,
               String id,
               String title,
               String action,
               List<String> commands,
               List<String> problems,
               List<String> warnings) implements ImportReport.ReportRow<Row> {

        @Override
        public Row withStatus(ImportReport.Status next) {
            return new Row(line, type, next, text, ref, aim, id, title, action, commands, problems, warnings);
        }
    }
}
