package io.plantrail.query.planstatus;

import io.plantrail.events.PlanId;
import io.plantrail.events.action.ActionAdded;
import io.plantrail.events.action.ActionClosed;
import io.plantrail.events.action.ActionReopened;
import io.plantrail.events.action.ActionRescheduled;
import io.plantrail.events.action.LeadChanged;
import io.plantrail.events.action.ProgressRecorded;
import io.plantrail.events.plan.PlanActivated;
import io.plantrail.events.plan.PlanClosed;
import io.plantrail.events.plan.PlanCreated;
import io.plantrail.events.plan.StrategicAimAdded;
import io.plantrail.query.JsonColumns;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Keeps the current status of every plan and action. Inserts ignore rows that exist and updates are guarded by
 * the aggregate sequence number, so a replayed or redelivered event changes nothing.
 */
@Component
@ProcessingGroup(PlanStatusProjection.PROCESSING_GROUP)
class PlanStatusProjection {

    static final String PROCESSING_GROUP = "plan-status";
    /** Every table this projection writes, so an as-at answer can shadow them all. */
    static final List<String> TABLES = List.of("plan_status_plan", "plan_status_aim", "plan_status_action");

    private final JdbcClient db;
    private final JsonColumns json;

    PlanStatusProjection(JdbcClient db, JsonColumns json) {
        this.db = db;
        this.json = json;
    }

    @EventHandler
    void on(PlanCreated e, @SequenceNumber long seq, @Timestamp Instant recorded) {
        db.sql("""
                        insert into plan_status_plan (plan_id, title, organisation, period, status, created_at, seq)
                        values (:id, :title, :organisation, :period, :status, :recorded, :seq)
                        on conflict (plan_id) do nothing""")
                .param("id", e.planId().value())
                .param("title", e.title())
                .param("organisation", e.organisation())
                .param("period", e.period())
                .param("status", e.status().name())
                .param("recorded", utc(recorded))
                .param("seq", seq)
                .update();
    }

    @EventHandler
    void on(StrategicAimAdded e) {
        db.sql("""
                        insert into plan_status_aim (plan_id, number, title) values (:plan, :number, :title)
                        on conflict (plan_id, number) do nothing""")
                .param("plan", e.planId().value())
                .param("number", e.number())
                .param("title", e.title())
                .update();
    }

    @EventHandler
    void on(ActionAdded e, @SequenceNumber long seq) {
        db.sql("""
                        insert into plan_status_action
                            (action_id, plan_id, ref, aim, title, leads, timescale, due, status, seq)
                        values (:id, :plan, :ref, :aim, :title, cast(:leads as jsonb), cast(:timescale as jsonb),
                                :due, 'OPEN', :seq)
                        on conflict (action_id) do nothing""")
                .param("id", e.actionId().value())
                .param("plan", e.planId().value())
                .param("ref", e.ref())
                .param("aim", e.aim())
                .param("title", e.title())
                .param("leads", json.write(e.leads()))
                .param("timescale", json.write(e.timescale()))
                .param("due", e.timescale().due())
                .param("seq", seq)
                .update();
    }

    @EventHandler
    void on(ProgressRecorded e, @SequenceNumber long seq, @Timestamp Instant recorded) {
        // A narrative-only update keeps the last rating given: the 2009/10 plan reports without RAG.
        db.sql("""
                        update plan_status_action
                           set rag = coalesce(:rag, rag), last_narrative = :narrative, last_as_of = :asOf,
                               last_recorded_at = :recorded, seq = :seq
                         where action_id = :id and seq < :seq""")
                .param("rag", e.rag() == null ? null : e.rag().name())
                .param("narrative", e.narrative())
                .param("asOf", e.asOf())
                .param("recorded", utc(recorded))
                .param("seq", seq)
                .param("id", e.actionId().value())
                .update();
    }

    @EventHandler
    void on(PlanActivated e, @SequenceNumber long seq) {
        setPlanStatus(e.planId(), "ACTIVE", seq);
    }

    @EventHandler
    void on(PlanClosed e, @SequenceNumber long seq) {
        setPlanStatus(e.planId(), "CLOSED", seq);
    }

    @EventHandler
    void on(LeadChanged e, @SequenceNumber long seq) {
        db.sql("update plan_status_action set leads = cast(:leads as jsonb), seq = :seq where action_id = :id and seq < :seq")
                .param("leads", json.write(e.leads()))
                .param("seq", seq)
                .param("id", e.actionId().value())
                .update();
    }

    @EventHandler
    void on(ActionRescheduled e, @SequenceNumber long seq) {
        db.sql("""
                        update plan_status_action set timescale = cast(:timescale as jsonb), due = :due, seq = :seq
                         where action_id = :id and seq < :seq""")
                .param("timescale", json.write(e.timescale()))
                .param("due", e.timescale().due())
                .param("seq", seq)
                .param("id", e.actionId().value())
                .update();
    }

    @EventHandler
    void on(ActionClosed e, @SequenceNumber long seq) {
        db.sql("""
                        update plan_status_action set status = 'CLOSED', outcome = :outcome, closed_on = :closedOn, seq = :seq
                         where action_id = :id and seq < :seq""")
                .param("outcome", e.outcome().name())
                .param("closedOn", e.closedOn())
                .param("seq", seq)
                .param("id", e.actionId().value())
                .update();
    }

    @EventHandler
    void on(ActionReopened e, @SequenceNumber long seq) {
        db.sql("""
                        update plan_status_action set status = 'OPEN', outcome = null, closed_on = null, seq = :seq
                         where action_id = :id and seq < :seq""")
                .param("seq", seq)
                .param("id", e.actionId().value())
                .update();
    }

    private void setPlanStatus(PlanId plan, String status, long seq) {
        db.sql("update plan_status_plan set status = :status, seq = :seq where plan_id = :id and seq < :seq")
                .param("status", status)
                .param("seq", seq)
                .param("id", plan.value())
                .update();
    }

    @ResetHandler
    void reset() {
        TABLES.forEach(table -> db.sql("delete from " + table).update());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
