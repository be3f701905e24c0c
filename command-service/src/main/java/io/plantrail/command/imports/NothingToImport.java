package io.plantrail.command.imports;

/** Text in which no aim and no action could be found: probably not an action plan, or not this kind of table. */
class NothingToImport extends RuntimeException {

    private final PlanTable table;

    NothingToImport(PlanTable table) {
        super("The text has no Strategic Aim heading and no row with a ref, so there is nothing to import.");
        this.table = table;
    }

    PlanTable table() {
        return table;
    }
}
