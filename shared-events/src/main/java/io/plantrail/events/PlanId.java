package io.plantrail.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.axonframework.serialization.Revision;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a plan. Written as a bare UUID string; {@code toString()} is the raw value because Axon keys aggregates by it.
 * Its JSON is part of every event that carries it: a change of shape is a new revision, with an upcaster.
 */
@Revision("1")
public record PlanId(UUID value) {

    public PlanId {
        Objects.requireNonNull(value, "value");
    }

    public static PlanId random() {
        return new PlanId(UUID.randomUUID());
    }

    @JsonCreator
    public static PlanId of(String raw) {
        return new PlanId(UUID.fromString(raw));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
