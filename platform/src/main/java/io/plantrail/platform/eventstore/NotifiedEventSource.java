package io.plantrail.platform.eventstore;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.StreamableMessageSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The event stream the projections read, straight from the storage engine. Unlike Axon's embedded store it tells
 * its readers when events have been appended (by any process: see {@link EventAppendListener}), so a pooled
 * streaming processor reacts at once instead of polling every 500 ms.
 */
public final class NotifiedEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    private final EventStorageEngine storage;
    private final Set<NotifiedEventStream> openStreams = ConcurrentHashMap.newKeySet();

    NotifiedEventSource(EventStorageEngine storage) {
        this.storage = storage;
    }

    @Override
    public TrackingEventStream openStream(TrackingToken trackingToken) {
        NotifiedEventStream stream = new NotifiedEventStream(storage, trackingToken, openStreams::remove);
        openStreams.add(stream);
        return stream;
    }

    /** Tells every open stream that new events may be in the store. */
    void eventsAppended() {
        openStreams.forEach(NotifiedEventStream::eventsAppended);
    }

    @Override
    public TrackingToken createTailToken() {
        return storage.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return storage.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return storage.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return storage.createTokenAt(Instant.now().minus(duration));
    }
}
