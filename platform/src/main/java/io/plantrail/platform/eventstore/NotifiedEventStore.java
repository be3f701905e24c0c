package io.plantrail.platform.eventstore;

import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

import java.util.List;

/**
 * Axon's embedded event store, plus a way to tell it that another process has appended events. Axon only
 * hears about appends made in its own JVM; without {@link #wakeUp()} the query side would wait for its
 * next poll.
 */
public class NotifiedEventStore extends EmbeddedEventStore {

    NotifiedEventStore(Builder builder) {
        super(builder);
    }

    /** Fetches new events now instead of at the next poll. Cheap and safe to call at any time. */
    public void wakeUp() {
        afterCommit(List.of());
    }
}
