package io.plantrail.command.imports;

import io.plantrail.events.Lead;
import io.plantrail.events.Timescale;

import java.util.List;

/**
 * What an action-plan table says, line by line, before anything is sent: aims, actions, header rows, lines that
 * are not part of the table, and lines that look like rows but cannot be read (with why).
 */
record PlanTable(List<Row> rows) {

    sealed interface Row permits Aim, Action, Header, Ignored, Unreadable {
        /** The line of the file the row starts on, 1-based. */
        int line();
    }

    /** A "Strategic Aim: 1. ..." heading. */
    record Aim(int line, int number, String title, List<String> warnings) implements Row {
    }

    /** A row with a ref; {@code progress} is the "Progress to date" text, or null when the cell is empty. */
    record Action(int line, String ref, int aim, String title, List<Lead> leads, Timescale timescale,
                  String progress, List<String> warnings) implements Row {
    }

    /** A header row, with the columns read from it (damaged headers are read by likeness, and say so). */
    record Header(int line, List<String> columns, List<String> warnings) implements Row {
    }

    /** Text that is not part of the table: a banner, a title, OCR debris, a table rule. */
    record Ignored(int line, String text, String reason) implements Row {
    }

    /** A line that looks like part of the table but cannot be imported as it is. */
    record Unreadable(int line, String text, List<String> problems) implements Row {
    }

    List<Aim> aims() {
        return rows.stream().filter(Aim.class::isInstance).map(Aim.class::cast).toList();
    }

    List<Action> actions() {
        return rows.stream().filter(Action.class::isInstance).map(Action.class::cast).toList();
    }

    List<Unreadable> unreadable() {
        return rows.stream().filter(Unreadable.class::isInstance).map(Unreadable.class::cast).toList();
    }
}
