package io.plantrail.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.axonframework.serialization.Revision;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an action. Written as a bare UUID string; {@code toString()} is the raw value because Axon keys aggregates by it.
 * Its JSON is part of every event that carries it: a change of shape is a new revision, with an upcaster.
 */
@Revision("1")
public record ActionId(UUID value) {

    public ActionId {
        Objects.requireNonNull(value, "value");
    }

    public static ActionId random() {
        return new ActionId(UUID.randomUUID());
    }

    @JsonCreator
    public static ActionId of(String raw) {
        return new ActionId(UUID.fromString(raw));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
