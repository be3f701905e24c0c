package io.plantrail.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.axonframework.serialization.Revision;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an inspection or assessment, such as the APA 2008. Written as a bare UUID string;
 * {@code toString()} is the raw value because Axon keys
 * aggregates by it. Its JSON is part of every event that carries it: a change of shape is a new revision.
 */
@Revision("1")
public record InspectionId(UUID value) {

    public InspectionId {
        Objects.requireNonNull(value, "value");
    }

    public static InspectionId random() {
        return new InspectionId(UUID.randomUUID());
    }

    @JsonCreator
    public static InspectionId of(String raw) {
        return new InspectionId(UUID.fromString(raw));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
