package io.plantrail.command.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.plantrail.events.Lead;
import io.plantrail.events.Timescale;

import java.util.List;

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
                     List<String> warnings) {

        RowReport withStatus(Status next) {
            return new RowReport(line, type, next, text, ref, aim, id, title, leads, timescale, progress, commands,
                    problems, warnings);
        }

        boolean hasProblems() {
            return status == Status.UNREADABLE || status == Status.SKIPPED || status == Status.CONFLICT;
        }
    }
}
