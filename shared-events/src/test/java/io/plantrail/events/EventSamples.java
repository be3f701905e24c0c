package io.plantrail.events;

import io.plantrail.events.action.ActionAdded;
import io.plantrail.events.action.ProgressRecorded;
import io.plantrail.events.plan.PlanCreated;
import io.plantrail.events.plan.StrategicAimAdded;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One fully populated instance of every event, taken from the 2009/10 seed plan. */
final class EventSamples {

    static final PlanId PLAN = new PlanId(UUID.fromString("6f1c2a0e-3b7d-4c55-9a10-2d8e4f6b9c01"));
    static final ActionId ACTION = new ActionId(UUID.fromString("0b9e7d44-51a2-4f3c-8e6d-7c1a2b3d4e5f"));

    private EventSamples() {
    }

    static List<Object> all() {
        return List.of(
                new PlanCreated(PLAN, "Improvement Action Plan", "Doncaster Council", "2009/10", PlanStatus.DRAFT),
                new StrategicAimAdded(PLAN, 1, "Safeguarding children and young people"),
                new ActionAdded(ACTION, PLAN, "1.1", 1, "Review the Local Safeguarding Children Board",
                        List.of(new Lead("Interim DCS", LeadKind.POST), new Lead("Jackie Wilson", LeadKind.PERSON)),
                        new Timescale("Jan 2010 - Interim Summer 2010 - Permanent", LocalDate.of(2010, 8, 31),
                                TimescalePrecision.SEASON,
                                List.of(new Milestone("Interim", LocalDate.of(2010, 1, 31), TimescalePrecision.MONTH),
                                        new Milestone("Permanent", LocalDate.of(2010, 8, 31), TimescalePrecision.SEASON)))),
                new ProgressRecorded(ACTION, PLAN, "Independent chair appointed; business manager in post.",
                        Rag.AMBER, LocalDate.of(2009, 11, 25), "2009/10 Q3"));
    }
}
