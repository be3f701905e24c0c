package io.plantrail.command.imports;

/** A real run that sent nothing because some rows cannot be imported (HTTP 409, with the whole report). */
class ImportRefused extends RuntimeException {

    private final ImportReport report;

    ImportRefused(ImportReport report) {
        super("Some rows cannot be imported, so nothing was. Correct them, or import with skipUnreadable=true "
                + "to import the rest.");
        this.report = report;
    }

    ImportReport report() {
        return report;
    }
}
