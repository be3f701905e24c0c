package io.plantrail.query.overdue;

import io.plantrail.events.Lead;
import io.plantrail.query.web.Csv;

import java.util.List;
import java.util.stream.Collectors;

/** The overdue report as one CSV record per listed action, its section first; the columns are the JSON names. */
final class OverdueCsv {

    private OverdueCsv() {
    }

    static Csv of(OverdueReport report) {
        Csv csv = new Csv("section", "planId", "planTitle", "aim", "ref", "actionId", "title", "leads", "timescale",
                "precision", "due", "daysOverdue", "daysUntilDue", "passedMilestones", "lastProgress",
                "daysWithoutProgress", "closedOn", "withdrawnClosures");
        rows(csv, "overdue", report.overdue());
        rows(csv, "dueWithin", report.dueWithin());
        rows(csv, "noDueDate", report.noDueDate());
        rows(csv, "stale", report.stale());
        return csv;
    }

    private static void rows(Csv csv, String section, List<OverdueReport.Item> items) {
        if (items == null) {
            return;
        }
        for (OverdueReport.Item item : items) {
            csv.row(section, item.planId(), item.planTitle(), item.aim(), item.ref(), item.actionId(), item.title(),
                    joined(item.leads().stream().map(Lead::name).toList()), item.timescale().text(),
                    item.timescale().precision(), item.due(), item.daysOverdue(), item.daysUntilDue(),
                    joined(item.passedMilestones().stream().map(m -> m.label() + " " + m.due()).toList()),
                    item.lastProgress(), item.daysWithoutProgress(), item.closedOn(),
                    joined(item.withdrawnClosures()));
        }
    }

    private static String joined(List<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining("; "));
    }
}
