package io.plantrail.query.audit;

import io.plantrail.events.ActionId;
import io.plantrail.events.PlanId;
import io.plantrail.events.action.ActionEvent;
import io.plantrail.events.inspection.InspectionEvent;
import io.plantrail.events.measure.MeasureEvent;
import io.plantrail.events.plan.PlanEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A new event type must not slip past the audit log: it has to be one the projection's handlers receive (a plan, action,
 * measure or inspection event) and one it can describe. AuditLogIT checks the same through the running projection.
 */
class EveryEventIsAuditedTest {

    static List<Class<?>> eventClasses() {
        return SampleEvents.allEventClasses();
    }

    @Test
    void theAuditLogKnowsEveryEventTypeInSharedEvents() {
        assertThat(eventClasses()).hasSizeGreaterThanOrEqualTo(19);
        assertThat(eventClasses()).extracting(Class::getSimpleName)
                .containsExactlyInAnyOrderElementsOf(EventTypes.NAMES);
    }

    @ParameterizedTest
    @MethodSource("eventClasses")
    void eachEventTypeIsDescribed(Class<?> type) {
        Object event = SampleEvents.of(type, PlanId.random(), ActionId.random());

        Audited<?> audited = describe(event);

        assertThat(audited.changes()).as("changes of %s", type.getSimpleName()).isNotNull();
    }

    private static Audited<?> describe(Object event) {
        if (event instanceof PlanEvent e) {
            return PlanAudit.describe(e, null);
        }
        if (event instanceof ActionEvent e) {
            return ActionAudit.describe(e, ActionState.NONE);
        }
        if (event instanceof MeasureEvent e) {
            return MeasureAudit.describe(e, MeasureValueState.NONE);
        }
        if (event instanceof InspectionEvent e) {
            return InspectionAudit.describe(e);
        }
        return fail("%s is neither a plan, action, measure nor inspection event: AuditLogProjection has no handler for it",
                event.getClass().getName());
    }
}
