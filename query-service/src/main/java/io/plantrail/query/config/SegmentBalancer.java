package io.plantrail.query.config;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shares the segments fairly between the query-service instances alive. Without this, the first instance claims
 * every segment and the others stay idle until it dies. Each instance records a heartbeat in
 * {@code query_instance}; one holding more than its share, while a live instance holds less, releases one segment
 * per processor per round for the other to claim. An instance counts as alive for half the claim timeout, so a
 * killed one drops out before its claims expire and the survivor keeps what it takes over.
 */
@Component
class SegmentBalancer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final EventProcessingConfiguration processing;
    private final JdbcClient db;
    private final Duration interval;
    private final Duration liveWindow;
    private volatile ScheduledExecutorService scheduler;

    SegmentBalancer(EventProcessingConfiguration processing, JdbcClient db,
                    @Value("${plantrail.projections.token-claim-interval}") Duration interval,
                    @Value("${plantrail.projections.claim-timeout}") Duration claimTimeout) {
        this.processing = processing;
        this.db = db;
        this.interval = interval;
        this.liveWindow = claimTimeout.dividedBy(2);
        if (interval.compareTo(liveWindow) >= 0) {
            throw new IllegalArgumentException("plantrail.projections.token-claim-interval (" + interval
                    + ") must be shorter than half of plantrail.projections.claim-timeout (" + claimTimeout + ")");
        }
    }

    private record Claims(String owner, int segments) {
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "segment-balancer");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::round, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = scheduler;
        scheduler = null;
        running.shutdownNow();
        try {
            running.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        db.sql("delete from query_instance where node_id = :node").param("node", TokenStoreConfig.NODE_ID).update();
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    private void round() {
        try {
            balance();
        } catch (RuntimeException e) {
            // The next round tries again; a missed round only delays the sharing.
            log.warn("Could not balance the projection segments", e);
        }
    }

    private void balance() {
        db.sql("""
                insert into query_instance (node_id, seen) values (:node, now())
                on conflict (node_id) do update set seen = now()""")
                .param("node", TokenStoreConfig.NODE_ID).update();
        List<String> alive = db.sql("select node_id from query_instance where seen > now() - make_interval(secs => :window)")
                .param("window", liveWindow.toMillis() / 1000.0)
                .query(String.class).list();
        processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .forEach(processor -> releaseExcess(processor, alive));
    }

    private void releaseExcess(StreamingEventProcessor processor, List<String> alive) {
        List<Claims> claims = db.sql("select owner, count(*) from token_entry where processor_name = :name group by owner")
                .param("name", processor.getName())
                .query((row, number) -> new Claims(row.getString(1), row.getInt(2))).list();
        Map<String, Integer> byOwner = new HashMap<>();
        claims.stream().filter(claim -> claim.owner() != null).forEach(claim -> byOwner.put(claim.owner(), claim.segments()));
        int segments = claims.stream().mapToInt(Claims::segments).sum();
        int share = (segments + Math.max(1, alive.size()) - 1) / Math.max(1, alive.size());
        boolean anotherIsShort = alive.stream()
                .anyMatch(node -> !node.equals(TokenStoreConfig.NODE_ID) && byOwner.getOrDefault(node, 0) < share);
        var held = processor.processingStatus().keySet();
        if (anotherIsShort && held.size() > share) {
            int segment = Collections.max(held);
            log.info("Releasing segment {} of {}: this instance holds {}, its share of {} among {} instances is {}",
                    segment, processor.getName(), held.size(), segments, alive.size(), share);
            processor.releaseSegment(segment);
        }
    }
}
