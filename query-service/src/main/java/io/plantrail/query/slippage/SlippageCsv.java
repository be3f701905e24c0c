package io.plantrail.query.slippage;

import io.plantrail.query.web.Csv;

/** The ledger as one CSV record per reschedule, with its action's columns repeated; the columns are the JSON names. */
final class SlippageCsv {

    private SlippageCsv() {
    }

    static Csv of(SlippageLedger ledger) {
        Csv csv = new Csv("planId", "planTitle", "aim", "ref", "actionId", "title", "originalTimescale",
                "originalDue", "currentTimescale", "currentDue", "daysSlipped", "rescheduleCount", "reschedule",
                "recorded", "previousTimescale", "previousDue", "newTimescale", "newDue", "daysMoved", "reason",
                "actor");
        for (SlippageLedger.Action action : ledger.actions()) {
            int number = 0;
            for (SlippageLedger.Reschedule r : action.reschedules()) {
                csv.row(action.planId(), action.planTitle(), action.aim(), action.ref(), action.actionId(),
                        action.title(), action.originalTimescale(), action.originalDue(), action.currentTimescale(),
                        action.currentDue(), action.daysSlipped(), action.rescheduleCount(), ++number, r.recorded(),
                        r.previousTimescale(), r.previousDue(), r.newTimescale(), r.newDue(), r.daysMoved(),
                        r.reason(), r.actor());
            }
        }
        return csv;
    }
}
