package io.plantrail.query.audit;

import io.plantrail.events.ActionId;
import io.plantrail.events.inspection.AreaForDevelopmentIdentified;
import io.plantrail.events.inspection.AreaForDevelopmentLinked;
import io.plantrail.events.inspection.InspectionEvent;
import io.plantrail.events.inspection.InspectionRecorded;
import io.plantrail.events.inspection.JudgementRecorded;

import java.util.List;
import java.util.UUID;

/** Says what each inspection event changed; each carries its own "before", so the log keeps no state for them. */
final class InspectionAudit {

    /** What identifying an area for development adds to the inspection. */
    record AreaForDevelopment(UUID areaId, String outcomeArea, String text, List<UUID> actions) {
    }

    private InspectionAudit() {
    }

    static Audited<Void> describe(InspectionEvent event) {
        if (event instanceof InspectionRecorded e) {
            return new Audited<>(null, new Changes()
                    .field("framework", null, e.framework())
                    .field("year", null, e.year())
                    .field("source", null, e.source())
                    .field("date", null, e.date())
                    .field("organisation", null, e.organisation())
                    .list(), null);
        }
        if (event instanceof JudgementRecorded e) {
            return new Audited<>(e.reason(),
                    new Changes().field("grade[" + e.area() + "]", e.previousGrade(), e.grade()).list(), null);
        }
        if (event instanceof AreaForDevelopmentIdentified e) {
            AreaForDevelopment area = new AreaForDevelopment(e.areaId(), e.outcomeArea(), e.text(),
                    e.actionIds().stream().map(ActionId::value).toList());
            return new Audited<>(null, new Changes().field("areaForDevelopment", null, area).list(), null);
        }
        if (event instanceof AreaForDevelopmentLinked e) {
            return new Audited<>(null,
                    new Changes().field("actions[" + e.areaId() + "]", null, e.actionId().value()).list(), null);
        }
        // Reached only by a new event type nobody taught the audit log: stop rather than leave a hole in it.
        throw new IllegalStateException("The audit log cannot describe " + event.getClass().getName());
    }
}
