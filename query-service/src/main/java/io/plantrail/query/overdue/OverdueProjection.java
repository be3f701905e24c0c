package io.plantrail.query.overdue;

import io.plantrail.events.ActionId;
import io.plantrail.events.action.ActionAdded;
import io.plantrail.events.action.ActionClosed;
import io.plantrail.events.action.ActionReopened;
import io.plantrail.events.action.ActionRescheduled;
import io.plantrail.events.action.LeadChanged;
import io.plantrail.events.action.ProgressRecorded;
import io.plantrail.events.plan.PlanCreated;
import io.plantrail.query.JsonColumns;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * Keeps what the overdue report needs to answer for any reference date: each action's current leads and due
 * date, every closure with its business date, and the business date of every progress update. Inserts ignore
 * rows that exist and updates are guarded by the aggregate sequence number, so a replay changes nothing.
 */
@Component
@ProcessingGroup(OverdueProjection.PROCESSING_GROUP)
class OverdueProjection {

    /** Every table this projection writes, in the order a reset clears them; also shadowed by as-at answers. */
    static final List<String> TABLES = List.of("overdue_progress", "overdue_closure", "overdue_action", "overdue_plan");

    static final String PROCESSING_GROUP = "overdue-report";

    private final JdbcClient db;
    private final JsonColumns json;

    OverdueProjection(JdbcClient db, JsonColumns json) {
        this.db = db;
        this.json = json;
    }

    @EventHandler
    void on(PlanCreated e) {
        db.sql("insert into overdue_plan (plan_id, title) values (:id, :title) on conflict (plan_id) do nothing")
                .param("id", e.planId().value())
                .param("title", e.title())
                .update();
    }

    @EventHandler
    void on(ActionAdded e, @SequenceNumber long seq) {
        db.sql("""
                        insert into overdue_action (action_id, plan_id, ref, aim, title, leads, timescale, due, seq)
                        values (:id, :plan, :ref, :aim, :title, cast(:leads as jsonb), cast(:timescale as jsonb),
                                :due, :seq)
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
    void on(LeadChanged e, @SequenceNumber long seq) {
        db.sql("update overdue_action set leads = cast(:leads as jsonb), seq = :seq where action_id = :id and seq < :seq")
                .param("leads", json.write(e.leads()))
                .param("seq", seq)
                .param("id", e.actionId().value())
                .update();
    }

    @EventHandler
    void on(ActionRescheduled e, @SequenceNumber long seq) {
        db.sql("""
                        update overdue_action set timescale = cast(:timescale as jsonb), due = :due, seq = :seq
                         where action_id = :id and seq < :seq""")
                .param("timescale", json.write(e.timescale()))
                .param("due", e.timescale().due())
                .param("seq", seq)
                .param("id", e.actionId().value())
                .update();
    }

    @EventHandler
    void on(ActionClosed e, @SequenceNumber long seq) {
        insertDated("""
                insert into overdue_closure (action_id, seq, closed_on) values (:id, :seq, :date)
                on conflict (action_id, seq) do nothing""", e.actionId(), seq, e.closedOn());
    }

    @EventHandler
    void on(ActionReopened e, @SequenceNumber long seq) {
        // Withdraws the closure in force before this event; replayed, it finds that closure already withdrawn.
        db.sql("""
                        update overdue_closure set reopened_seq = :seq
                         where action_id = :id and reopened_seq is null and seq < :seq""")
                .param("seq", seq)
                .param("id", e.actionId().value())
                .update();
    }

    @EventHandler
    void on(ProgressRecorded e, @SequenceNumber long seq) {
        insertDated("""
                insert into overdue_progress (action_id, seq, as_of) values (:id, :seq, :date)
                on conflict (action_id, seq) do nothing""", e.actionId(), seq, e.asOf());
    }

    /** Closures and progress updates are rows keyed by their event's sequence number, with one business date. */
    private void insertDated(String sql, ActionId action, long seq, LocalDate date) {
        db.sql(sql).param("id", action.value()).param("seq", seq).param("date", date).update();
    }

    @ResetHandler
    void reset() {
        TABLES.forEach(table -> db.sql("delete from " + table).update());
    }
}
