package io.plantrail.command.imports;

import java.util.List;

/** A real run that sent nothing because some rows cannot be imported (HTTP 409, with the whole report). */
class ImportRefused extends RuntimeException {

    /** One reason a line cannot be imported. */
    record LineProblem(int line, String message) {
    }

    private final Object report;
    private final List<LineProblem> problems;

    ImportRefused(ImportReport report) {
        this(report, report.rows().stream()
                .filter(ImportReport.RowReport::hasProblems)
                .flatMap(row -> row.problems().stream().map(message -> new LineProblem(row.line(), message)))
                .toList());
    }

    ImportRefused(ScorecardReport report) {
        this(report, report.rows().stream()
                .filter(ScorecardReport.Row::hasProblems)
                .flatMap(row -> row.problems().stream().map(message -> new LineProblem(row.line(), message)))
                .distinct() // a line with a priority and a measure is two rows with the line's problems
                .toList());
    }

    private ImportRefused(Object report, List<LineProblem> problems) {
        super("Some rows cannot be imported, so nothing was. Correct them, or import with skipUnreadable=true "
                + "to import the rest.");
        this.report = report;
        this.problems = problems;
    }

    /** The whole report, an {@link ImportReport} or a {@link ScorecardReport}. */
    Object report() {
        return report;
    }

    List<LineProblem> problems() {
        return problems;
    }
}
