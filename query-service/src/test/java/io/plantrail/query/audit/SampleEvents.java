package io.plantrail.query.audit;

import io.plantrail.events.ActionId;
import io.plantrail.events.InspectionId;
import io.plantrail.events.MeasureId;
import io.plantrail.events.PlanId;
import io.plantrail.events.Timescale;
import io.plantrail.events.TimescalePrecision;
import org.axonframework.serialization.Revision;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A sample of any event type, built from its record components, so that a test can cover every event there is,
 * including ones added after the test was written.
 */
final class SampleEvents {

    private SampleEvents() {
    }

    /** Every event class in shared-events: the records that carry a {@code @Revision}, found on the class path. */
    static List<Class<?>> allEventClasses() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
        return scanner.findCandidateComponents("io.plantrail.events").stream()
                .<Class<?>>map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(), null))
                // The value types events carry have a @Revision too; they live in the root package, events below it.
                .filter(type -> !type.getPackageName().equals("io.plantrail.events"))
                .sorted(Comparator.comparing(Class::getName))
                .toList();
    }

    static Object of(Class<?> type, PlanId plan, ActionId action) {
        RecordComponent[] components = type.getRecordComponents();
        if (components == null) {
            throw new AssertionError(type.getName() + " is not a record; teach SampleEvents to build it");
        }
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(types[i], plan, action, type);
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Cannot build a sample " + type.getName(), e);
        }
    }

    private static Object value(Class<?> type, PlanId plan, ActionId action, Class<?> event) {
        if (type == PlanId.class) {
            return plan;
        }
        if (type == ActionId.class) {
            return action;
        }
        if (type == String.class) {
            return "sample " + event.getSimpleName();
        }
        if (type == int.class || type == Integer.class) {
            return 1;
        }
        if (type == long.class || type == Long.class) {
            return 1L;
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2010, 1, 31);
        }
        if (type == UUID.class) {
            return UUID.randomUUID();
        }
        if (type == List.class) {
            return List.of();
        }
        if (type == MeasureId.class) {
            return MeasureId.random();
        }
        if (type == InspectionId.class) {
            return InspectionId.random();
        }
        if (type == BigDecimal.class) {
            return new BigDecimal("85.9");
        }
        if (type == Timescale.class) {
            return new Timescale("Aug 2010", LocalDate.of(2010, 8, 31), TimescalePrecision.MONTH, List.of());
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        throw new AssertionError("Teach SampleEvents to make a " + type.getName() + " for " + event.getName());
    }
}
