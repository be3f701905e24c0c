package io.plantrail.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.plantrail.events.action.ActionEvent;
import io.plantrail.events.inspection.InspectionEvent;
import io.plantrail.events.measure.MeasureEvent;
import io.plantrail.events.plan.PlanEvent;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the stored JSON of every event. A failure here means a change would break events already in a store:
 * add a new revision and an upcaster instead of editing a golden file.
 */
class EventJsonGoldenTest {

    private final ObjectMapper mapper = EventJson.mapper();

    @TestFactory
    Stream<DynamicTest> everyEventWritesItsGoldenFileExactly() {
        return EventSamples.all().stream().map(event -> DynamicTest.dynamicTest(goldenName(event.getClass()), () ->
                assertThat(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(event))
                        .isEqualTo(golden(event.getClass()).strip())));
    }

    @TestFactory
    Stream<DynamicTest> everyGoldenFileReadsBackAsItsEvent() {
        return EventSamples.all().stream().map(event -> DynamicTest.dynamicTest(goldenName(event.getClass()), () ->
                assertThat(mapper.readValue(golden(event.getClass()), event.getClass())).isEqualTo(event)));
    }

    @Test
    void everyEventHasASampleAndARevision() {
        List<Class<?>> events = Stream.of(PlanEvent.class, ActionEvent.class, MeasureEvent.class, InspectionEvent.class)
                .flatMap(sealed -> Arrays.stream(sealed.getPermittedSubclasses()))
                .toList();
        List<Class<?>> sampled = EventSamples.all().stream().<Class<?>>map(Object::getClass).toList();

        assertThat(sampled).containsExactlyInAnyOrderElementsOf(events);
        assertThat(events).allSatisfy(event -> assertThat(event.getAnnotation(Revision.class))
                .as("@Revision on %s", event.getSimpleName()).isNotNull());
    }

    @Test
    void oldEventsStayReadableWhenAWriterAddsAField() throws IOException {
        String withExtraField = golden(io.plantrail.events.plan.StrategicAimAdded.class)
                .replaceFirst("\\{", "{ \"addedLater\" : true,");

        assertThat(mapper.readValue(withExtraField, io.plantrail.events.plan.StrategicAimAdded.class))
                .isEqualTo(EventSamples.all().get(1));
    }

    private static String goldenName(Class<?> event) {
        return event.getSimpleName() + ".v" + event.getAnnotation(Revision.class).value() + ".json";
    }

    private static String golden(Class<?> event) throws IOException {
        try (InputStream in = EventJsonGoldenTest.class.getResourceAsStream("/events/" + goldenName(event))) {
            assertThat(in).as("golden file %s", goldenName(event)).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
