package io.plantrail.query.audit;

import io.plantrail.events.PlanStatus;
import io.plantrail.events.plan.PlanActivated;
import io.plantrail.events.plan.PlanClosed;
import io.plantrail.events.plan.PlanCreated;
import io.plantrail.events.plan.PlanEvent;
import io.plantrail.events.plan.StrategicAimAdded;

/** Says what each plan event changed; the plan's status is the only "before" the audit log has to remember. */
final class PlanAudit {

    /** What adding an aim adds to the plan. */
    record Aim(int number, String title) {
    }

    private PlanAudit() {
    }

    /** {@code before} is null until the plan is created. */
    static Audited<PlanStatus> describe(PlanEvent event, PlanStatus before) {
        if (event instanceof PlanCreated e) {
            return new Audited<>(null, new Changes()
                    .field("title", null, e.title())
                    .field("organisation", null, e.organisation())
                    .field("period", null, e.period())
                    .field("status", null, e.status())
                    .list(), e.status());
        }
        if (event instanceof StrategicAimAdded e) {
            return new Audited<>(null, new Changes().field("aim", null, new Aim(e.number(), e.title())).list(), before);
        }
        if (event instanceof PlanActivated) {
            return statusChange(null, before, PlanStatus.ACTIVE);
        }
        if (event instanceof PlanClosed e) {
            return statusChange(e.reason(), before, PlanStatus.CLOSED);
        }
        // Reached only by a new event type nobody taught the audit log: stop rather than leave a hole in it.
        throw new IllegalStateException("The audit log cannot describe " + event.getClass().getName());
    }

    private static Audited<PlanStatus> statusChange(String reason, PlanStatus before, PlanStatus after) {
        return new Audited<>(reason, new Changes().field("status", before, after).list(), after);
    }
}
