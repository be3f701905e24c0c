package io.plantrail.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.axonframework.serialization.Revision;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a measure (a supporting measure or performance indicator of a plan). Written as a bare UUID string;
 * {@code toString()} is the raw value because Axon keys
 * aggregates by it. Its JSON is part of every event that carries it: a change of shape is a new revision.
 */
@Revision("1")
public record MeasureId(UUID value) {

    public MeasureId {
        Objects.requireNonNull(value, "value");
    }

    public static MeasureId random() {
        return new MeasureId(UUID.randomUUID());
    }

    @JsonCreator
    public static MeasureId of(String raw) {
        return new MeasureId(UUID.fromString(raw));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
