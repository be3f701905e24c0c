package io.plantrail.platform.eventstore;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Listens on PostgreSQL's {@code plantrail_events} channel, which a trigger on the event table notifies when a
 * transaction that appended events commits, and tells the projections' event source so that they see a write
 * in milliseconds. It also wakes them every fallback interval, in case a notification was lost; a lost
 * connection is re-opened.
 */
final class EventAppendListener implements SmartLifecycle {

    static final String CHANNEL = "plantrail_events";
    private static final Logger log = LoggerFactory.getLogger(EventAppendListener.class);
    private static final int WAIT_MILLIS = 500;
    private static final Duration RECONNECT_DELAY = Duration.ofSeconds(1);

    private final DataSource dataSource;
    private final NotifiedEventSource events;
    private final long fallbackNanos;
    private volatile boolean running;
    private Thread thread;

    EventAppendListener(DataSource dataSource, NotifiedEventSource events, Duration fallbackInterval) {
        this.dataSource = dataSource;
        this.events = events;
        this.fallbackNanos = fallbackInterval.toNanos();
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::listenUntilStopped, "event-append-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listenUntilStopped() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                listen(connection);
            } catch (SQLException e) {
                if (running) {
                    log.warn("Lost the event notification connection, re-opening in {}: {}", RECONNECT_DELAY,
                            e.getMessage());
                    sleep(RECONNECT_DELAY);
                }
            }
        }
    }

    private void listen(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("listen " + CHANNEL);
        }
        // Events appended while no one listened are caught up now rather than at the next fallback.
        events.eventsAppended();
        long lastWake = System.nanoTime();
        PGConnection pg = connection.unwrap(PGConnection.class);
        while (running) {
            var notifications = pg.getNotifications(WAIT_MILLIS);
            boolean notified = notifications != null && notifications.length > 0;
            if (notified || System.nanoTime() - lastWake > fallbackNanos) {
                events.eventsAppended();
                lastWake = System.nanoTime();
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
