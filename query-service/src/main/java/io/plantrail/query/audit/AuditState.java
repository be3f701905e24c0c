package io.plantrail.query.audit;

import io.plantrail.events.ActionId;
import io.plantrail.events.MeasureId;
import io.plantrail.events.PlanId;
import io.plantrail.events.PlanStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * The state the audit log keeps per plan and action so it can say what an event changed. Writes are guarded by the
 * aggregate sequence number: an event delivered twice cannot move the state back.
 */
@Component
class AuditState {

    private final JdbcClient db;

    AuditState(JdbcClient db) {
        this.db = db;
    }

    ActionState action(ActionId action) {
        return db.sql("""
                        select status, outcome, closed_on, narrative, rag, as_of, period
                          from audit_action_state where action_id = ?""")
                .param(action.value())
                .query((rs, n) -> new ActionState(rs.getString("status"), rs.getString("outcome"),
                        rs.getObject("closed_on", LocalDate.class), rs.getString("narrative"), rs.getString("rag"),
                        rs.getObject("as_of", LocalDate.class), rs.getString("period")))
                .optional()
                .orElse(ActionState.NONE);
    }

    void save(ActionId action, ActionState state, long seq) {
        db.sql("""
                        insert into audit_action_state
                            (action_id, status, outcome, closed_on, narrative, rag, as_of, period, seq)
                        values (:id, :status, :outcome, :closedOn, :narrative, :rag, :asOf, :period, :seq)
                        on conflict (action_id) do update
                           set status = excluded.status, outcome = excluded.outcome, closed_on = excluded.closed_on,
                               narrative = excluded.narrative, rag = excluded.rag, as_of = excluded.as_of,
                               period = excluded.period, seq = excluded.seq
                         where audit_action_state.seq < excluded.seq""")
                .param("id", action.value())
                .param("status", state.status())
                .param("outcome", state.outcome())
                .param("closedOn", state.closedOn())
                .param("narrative", state.narrative())
                .param("rag", state.rag())
                .param("asOf", state.asOf())
                .param("period", state.period())
                .param("seq", seq)
                .update();
    }

    /** Null until the plan is created. */
    PlanStatus plan(PlanId plan) {
        return db.sql("select status from audit_plan_state where plan_id = ?")
                .param(plan.value())
                .query((rs, n) -> rs.getString("status"))
                .optional()
                .map(PlanStatus::valueOf)
                .orElse(null);
    }

    void save(PlanId plan, PlanStatus status, long seq) {
        db.sql("""
                        insert into audit_plan_state (plan_id, status, seq) values (:id, :status, :seq)
                        on conflict (plan_id) do update set status = excluded.status, seq = excluded.seq
                         where audit_plan_state.seq < excluded.seq""")
                .param("id", plan.value())
                .param("status", status == null ? null : status.name())
                .param("seq", seq)
                .update();
    }

    /** Where the period's value stood before, {@link MeasureValueState#NONE} before its first step. */
    MeasureValueState measureValue(MeasureId measure, String period) {
        return db.sql("""
                        select status, value, rag, expected, note from audit_measure_value_state
                         where measure_id = ? and period = ?""")
                .param(measure.value()).param(period)
                .query((rs, n) -> new MeasureValueState(rs.getString("status"), rs.getBigDecimal("value"),
                        rs.getString("rag"), rs.getString("expected"), rs.getString("note")))
                .optional()
                .orElse(MeasureValueState.NONE);
    }

    void save(MeasureId measure, String period, MeasureValueState state, long seq) {
        db.sql("""
                        insert into audit_measure_value_state (measure_id, period, status, value, rag, expected, note, seq)
                        values (:id, :period, :status, :value, :rag, :expected, :note, :seq)
                        on conflict (measure_id, period) do update
                           set status = excluded.status, value = excluded.value, rag = excluded.rag,
                               expected = excluded.expected, note = excluded.note, seq = excluded.seq
                         where audit_measure_value_state.seq < excluded.seq""")
                .param("id", measure.value())
                .param("period", period)
                .param("status", state.status())
                .param("value", state.value())
                .param("rag", state.rag())
                .param("expected", state.expected())
                .param("note", state.note())
                .param("seq", seq)
                .update();
    }

    void clear() {
        db.sql("delete from audit_measure_value_state").update();
        db.sql("delete from audit_action_state").update();
        db.sql("delete from audit_plan_state").update();
    }
}
