package io.plantrail.query.web;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * How far the projections have got in the event stream. A segment's status advances only after the batch that
 * reached that position has committed its read-model rows, and a stored token commits with its batch's rows, so
 * "reached" means "visible to queries". Segments held by another query-service instance are read from
 * {@code token_entry}.
 */
@Component
class ProjectionProgress {

    private static final long LOCAL_POLL_MILLIS = 2;
    private static final long SHARED_POLL_MILLIS = 10;

    private final EventProcessingConfiguration processing;
    private final JdbcClient db;
    private final Serializer serializer;

    ProjectionProgress(EventProcessingConfiguration processing, JdbcClient db, Serializer serializer) {
        this.processing = processing;
        this.db = db;
        this.serializer = serializer;
    }

    private enum Answer { REACHED, BEHIND_HERE, BEHIND_SHARED }

    private record StoredSegment(int segment, TrackingToken token) {
    }

    /** Waits until every projection has processed {@code position}; false if that takes longer than {@code maxWait}. */
    boolean awaitPosition(long position, Duration maxWait) throws InterruptedException {
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (true) {
            Answer answer = check(position);
            if (answer == Answer.REACHED) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            // Asking the database is dearer than asking this process, so it is asked less often.
            Thread.sleep(answer == Answer.BEHIND_SHARED ? SHARED_POLL_MILLIS : LOCAL_POLL_MILLIS);
        }
    }

    boolean reached(long position) {
        return check(position) == Answer.REACHED;
    }

    private Answer check(long position) {
        List<StreamingEventProcessor> processors = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .toList();
        for (StreamingEventProcessor processor : processors) {
            Answer answer = check(processor, position);
            if (answer != Answer.REACHED) {
                return answer;
            }
        }
        return Answer.REACHED;
    }

    /**
     * Every segment must be accounted for: right after a start or a reset the processor claims its segments one
     * by one, and a segment not yet claimed, or claimed by another instance, may be the one holding the event.
     */
    private Answer check(StreamingEventProcessor processor, long position) {
        Map<Integer, EventTrackerStatus> local = processor.processingStatus();
        if (local.values().stream().anyMatch(EventTrackerStatus::isErrorState)) {
            return Answer.BEHIND_HERE;
        }
        if (coversEverySegment(local.values())) {
            return local.values().stream().allMatch(status -> covers(status.getTrackingToken(), position))
                    ? Answer.REACHED : Answer.BEHIND_HERE;
        }
        List<StoredSegment> stored = storedSegments(processor.getName());
        boolean reached = !stored.isEmpty() && stored.stream().allMatch(segment -> {
            EventTrackerStatus here = local.get(segment.segment());
            return covers(here != null ? here.getTrackingToken() : segment.token(), position);
        });
        return reached ? Answer.REACHED : Answer.BEHIND_SHARED;
    }

    private static boolean coversEverySegment(Collection<EventTrackerStatus> segments) {
        double covered = segments.stream().mapToDouble(status -> 1.0 / (status.getSegment().getMask() + 1)).sum();
        return covered > 0.999_999;
    }

    /** A replay wraps the token; what counts is how far it has got. A gap below the index is an event not yet seen. */
    static boolean covers(TrackingToken token, long position) {
        TrackingToken current = WrappedToken.unwrapLowerBound(token);
        if (current instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex() >= position && !gapAware.getGaps().contains(position);
        }
        return current != null && current.position().orElse(-1) >= position;
    }

    /** Read, not fetched through the token store: fetching would claim segments another instance owns. */
    private List<StoredSegment> storedSegments(String processorName) {
        return db.sql("select segment, token, token_type from token_entry where processor_name = :name")
                .param("name", processorName)
                .query((row, number) -> new StoredSegment(row.getInt("segment"),
                        token(row.getBytes("token"), row.getString("token_type"))))
                .list();
    }

    private TrackingToken token(byte[] serialized, String type) {
        if (serialized == null || type == null) {
            return null;
        }
        return serializer.deserialize(new SimpleSerializedObject<>(serialized, byte[].class, type, null));
    }
}
