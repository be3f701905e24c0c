package io.plantrail.platform.eventstore;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * One reader's position in the event table. It reads a batch when it has nothing buffered, and otherwise waits
 * to be told that events were appended; the storage engine's gap-aware tokens keep events committed out of
 * order from being skipped. Used by one processor thread at a time, as Axon's streams are.
 */
final class NotifiedEventStream implements TrackingEventStream {

    private static final int BATCH = 100;
    /** Without a notification, an idle stream still looks at the store this often, in case one was lost. */
    private static final long IDLE_READ_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final EventStorageEngine storage;
    private final Consumer<NotifiedEventStream> onClose;
    private final Deque<TrackedEventMessage<?>> buffer = new ArrayDeque<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition appended = lock.newCondition();
    private TrackingToken lastToken;
    private boolean appendedSinceLastRead = true;
    /** The last read filled a whole batch, so more events are waiting: a reader catching up must not idle. */
    private boolean lastReadWasFull;
    private long lastReadNanos;
    private volatile Runnable onAvailable;

    NotifiedEventStream(EventStorageEngine storage, TrackingToken from, Consumer<NotifiedEventStream> onClose) {
        this.storage = storage;
        this.lastToken = from;
        this.onClose = onClose;
    }

    @Override
    public Optional<TrackedEventMessage<?>> peek() {
        return hasBuffered() ? Optional.of(buffer.peek()) : Optional.empty();
    }

    @Override
    public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
        if (hasBuffered()) {
            return true;
        }
        long remaining = unit.toNanos(timeout);
        lock.lock();
        try {
            while (!appendedSinceLastRead && remaining > 0) {
                remaining = appended.awaitNanos(remaining);
            }
        } finally {
            lock.unlock();
        }
        return hasBuffered();
    }

    @Override
    public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
        while (!hasNextAvailable(1, TimeUnit.SECONDS)) {
            // wait for the next append
        }
        TrackedEventMessage<?> next = buffer.poll();
        lastToken = next.trackingToken();
        return next;
    }

    @Override
    public boolean setOnAvailableCallback(Runnable callback) {
        onAvailable = callback;
        return true;
    }

    @Override
    public void close() {
        onClose.accept(this);
    }

    void eventsAppended() {
        lock.lock();
        try {
            appendedSinceLastRead = true;
            appended.signalAll();
        } finally {
            lock.unlock();
        }
        Runnable callback = onAvailable;
        if (callback != null) {
            callback.run();
        }
    }

    /**
     * Reads the next batch from the store when nothing is buffered and something may have been appended since
     * the last read; answers whether anything is buffered.
     */
    private boolean hasBuffered() {
        if (buffer.isEmpty() && mayHaveNewEvents()) {
            lastReadNanos = System.nanoTime();
            try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(lastToken, false)) {
                events.limit(BATCH).forEach(buffer::add);
            }
            lastReadWasFull = buffer.size() == BATCH;
        }
        return !buffer.isEmpty();
    }

    private boolean mayHaveNewEvents() {
        lock.lock();
        try {
            boolean may = appendedSinceLastRead || lastReadWasFull
                    || System.nanoTime() - lastReadNanos > IDLE_READ_NANOS;
            appendedSinceLastRead = false; // cleared before reading, so an append during the read is not lost
            return may;
        } finally {
            lock.unlock();
        }
    }
}
