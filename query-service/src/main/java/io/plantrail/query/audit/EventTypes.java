package io.plantrail.query.audit;

import io.plantrail.events.action.ActionEvent;
import io.plantrail.events.inspection.InspectionEvent;
import io.plantrail.events.measure.MeasureEvent;
import io.plantrail.events.plan.PlanEvent;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The event types the audit log records, by the simple name it stores: whatever the sealed interfaces permit. */
final class EventTypes {

    static final Set<String> NAMES = Stream.of(PlanEvent.class, ActionEvent.class, MeasureEvent.class, InspectionEvent.class)
            .flatMap(sealed -> Stream.of(sealed.getPermittedSubclasses()))
            .map(Class::getSimpleName)
            .collect(Collectors.toCollection(TreeSet::new));

    private EventTypes() {
    }
}
