package io.plantrail.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a plan. Written as a bare UUID string; {@code toString()} is the raw value because Axon keys aggregates by it. */
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
