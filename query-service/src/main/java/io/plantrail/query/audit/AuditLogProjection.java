package io.plantrail.query.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plantrail.events.ActionId;
import io.plantrail.events.PlanId;
import io.plantrail.events.PlanStatus;
import io.plantrail.events.action.ActionEvent;
import io.plantrail.events.inspection.InspectionEvent;
import io.plantrail.events.measure.MeasureEvent;
import io.plantrail.events.plan.PlanEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Writes one audit row per event: where it sits in the store, who did it and why, and what it changed. Handlers take
 * the sealed event interfaces, so every plan, action, measure and inspection event reaches this class; one it cannot describe stops the
 * processor instead of leaving a hole in the log. Rows are keyed by event id, so a replay inserts nothing twice.
 */
@Component
@ProcessingGroup(AuditLogProjection.PROCESSING_GROUP)
class AuditLogProjection {

    static final String PROCESSING_GROUP = "audit-log";

    private final JdbcClient db;
    private final ObjectMapper json;
    private final AuditState state;

    AuditLogProjection(JdbcClient db, ObjectMapper eventObjectMapper, AuditState state) {
        this.db = db;
        this.json = eventObjectMapper;
        this.state = state;
    }

    @EventHandler
    void on(PlanEvent event, DomainEventMessage<?> message, TrackingToken token) {
        Audited<PlanStatus> audited = PlanAudit.describe(event, state.plan(event.planId()));
        insert(message, token, event.planId(), null, audited);
        state.save(event.planId(), audited.after(), message.getSequenceNumber());
    }

    @EventHandler
    void on(ActionEvent event, DomainEventMessage<?> message, TrackingToken token) {
        Audited<ActionState> audited = ActionAudit.describe(event, state.action(event.actionId()));
        insert(message, token, event.planId(), event.actionId(), audited);
        state.save(event.actionId(), audited.after(), message.getSequenceNumber());
    }

    @EventHandler
    void on(MeasureEvent event, DomainEventMessage<?> message, TrackingToken token) {
        String period = MeasureAudit.period(event);
        MeasureValueState before = period == null ? MeasureValueState.NONE
                : state.measureValue(event.measureId(), period);
        Audited<MeasureValueState> audited = MeasureAudit.describe(event, before);
        insert(message, token, event.planId(), null, audited);
        if (period != null) {
            state.save(event.measureId(), period, audited.after(), message.getSequenceNumber());
        }
    }

    @EventHandler
    void on(InspectionEvent event, DomainEventMessage<?> message, TrackingToken token) {
        insert(message, token, event.planId(), null, InspectionAudit.describe(event));
    }

    @ResetHandler
    void reset() {
        db.sql("delete from audit_event").update();
        state.clear();
    }

    private void insert(DomainEventMessage<?> message, TrackingToken token, PlanId plan, ActionId action,
                        Audited<?> audited) {
        MetaData meta = message.getMetaData();
        db.sql("""
                        insert into audit_event (event_id, position, aggregate_type, aggregate_id, sequence_number,
                            plan_id, action_id, type, recorded, actor, correlation_id, idempotency_key, reason, changes)
                        values (:eventId, :position, :aggregateType, :aggregateId, :seq, :plan, :action, :type,
                                :recorded, :actor, :correlationId, :idempotencyKey, :reason, cast(:changes as jsonb))
                        on conflict do nothing""")
                .param("eventId", message.getIdentifier())
                .param("position", position(token))
                .param("aggregateType", message.getType())
                .param("aggregateId", message.getAggregateIdentifier())
                .param("seq", message.getSequenceNumber())
                .param("plan", plan == null ? null : plan.value())
                .param("action", action == null ? null : action.value())
                .param("type", message.getPayloadType().getSimpleName())
                .param("recorded", message.getTimestamp().atOffset(ZoneOffset.UTC))
                .param("actor", text(meta, "actor"))
                .param("correlationId", text(meta, "correlationId"))
                .param("idempotencyKey", text(meta, "idempotencyKey"))
                .param("reason", audited.reason())
                .param("changes", write(audited.changes()))
                .update();
    }

    /** The event's global index: the gap-aware token (wrapped in a replay token during a replay) carries it. */
    private static long position(TrackingToken token) {
        return token.position().orElseThrow(() -> new IllegalStateException("No position in token " + token));
    }

    private static String text(MetaData meta, String key) {
        return Objects.toString(meta.get(key), null);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
