package io.plantrail.platform.eventstore;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class NotifiedEventStreamTest {

    private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();

    @Test
    void aReaderCatchingUpReadsBatchAfterBatchWithoutWaitingForANotification() throws InterruptedException {
        // A replay or a new projection starts far behind; idling between batches would read 100 events a second.
        append(250);
        NotifiedEventStream stream = new NotifiedEventStream(storage, null, closed -> { });

        assertThat(readAllAvailableWithoutWaiting(stream)).isEqualTo(250);
    }

    @Test
    void aReaderAtTheHeadWaitsForTheNextNotification() throws InterruptedException {
        append(3);
        NotifiedEventStream stream = new NotifiedEventStream(storage, null, closed -> { });
        assertThat(readAllAvailableWithoutWaiting(stream)).isEqualTo(3);

        append(2);
        assertThat(stream.hasNextAvailable(0, TimeUnit.MILLISECONDS)).isFalse();
        stream.eventsAppended();

        assertThat(readAllAvailableWithoutWaiting(stream)).isEqualTo(2);
    }

    private static int readAllAvailableWithoutWaiting(NotifiedEventStream stream) throws InterruptedException {
        int read = 0;
        while (stream.hasNextAvailable(0, TimeUnit.MILLISECONDS)) {
            stream.nextAvailable();
            read++;
        }
        return read;
    }

    private void append(int count) {
        List<EventMessage<?>> events = IntStream.range(0, count)
                .<EventMessage<?>>mapToObj(i -> GenericEventMessage.asEventMessage("event " + i))
                .toList();
        storage.appendEvents(events);
    }
}
