package io.plantrail.command.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.plantrail.events.Lead;
import io.plantrail.events.Timescale;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to an import, dry or real: the plan, then every non-blank line of the file with what it is, what
 * it creates (or would), and what could not be read. {@code position} is the global position of the last event
 * the import appended, for {@code minPosition} on the query side; absent when nothing was appended.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ImportReport(String kind,
                    boolean dryRun,
                    Outcome outcome,
                    PlanPart plan,
                    Totals totals,
                    List<RowReport> rows,
                    Long position) {

    enum Outcome {
        /** Nothing was sent: this is what a real run would do. */
        DRY_RUN,
        /** Every command was sent. */
        IMPORTED,
        /** Everything the file names was already there; nothing was sent. */
        ALREADY_THERE,
        /** A real run that sent nothing, because some rows could not be read or conflict with the plan. */
        REFUSED
    }

    /** CREATE (dry run), CREATED, ALREADY_THERE; UNREADABLE or SKIPPED; CONFLICT; HEADER; IGNORED. */
    enum Status { CREATE, CREATED, ALREADY_THERE, UNREADABLE, SKIPPED, CONFLICT, HEADER, IGNORED }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record PlanPart(String id, String title, String organisation, String period, String status, Status outcome,
                    List<String> commands, List<String> warnings) {

        PlanPart withOutcome(Status next) {
            return new PlanPart(id, title, organisation, period, status, next, commands, warnings);
        }
    }

    /** A row of a plan's or a scorecard's report, as the imports mark it, refuse it and count it. */
    interface ReportRow<R extends ReportRow<R>> {

        Status status();

        List<String> commands();

        R withStatus(Status next);

        default boolean hasProblems() {
            Status status = status();
            return status == Status.UNREADABLE || status == Status.SKIPPED || status == Status.CONFLICT;
        }
    }

    /** The rows by status, and the commands of the rows that create something (or would), by name. */
    static final class Tally {

        private final Map<Status, Integer> statuses = new EnumMap<>(Status.class);
        private final Map<String, Integer> commands = new HashMap<>();

        Tally(List<? extends ReportRow<?>> rows) {
            for (ReportRow<?> row : rows) {
                statuses.merge(row.status(), 1, Integer::sum);
                if (row.status() == Status.CREATE || row.status() == Status.CREATED) {
                    row.commands().forEach(command -> commands.merge(command, 1, Integer::sum));
                }
            }
        }

        int rows(Status status) {
            return statuses.getOrDefault(status, 0);
        }

        int commands(String name) {
            return commands.getOrDefault(name, 0);
        }
    }

    record Totals(int aims, int actions, int progressUpdates, int alreadyThere, int unreadable, int skipped,
                  int conflicts, int ignored) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record RowReport(int line,
                     String type,
                     Status status,
                     String text,
                     String ref,
                     Integer aim,
                     String id,
                     String title,
                     List<Lead> leads,
                     Timescale timescale,
                     String progress,
                     List<String> commands,
                     List<String> problems,
                     List<String> warnings) implements ReportRow<RowReport> {

        @Override
        public RowReport withStatus(Status next) {
            return new RowReport(line, type, next, text, ref, aim, id, title, leads, timescale, progress, commands,
                    problems, warnings);
        }
    }
}
