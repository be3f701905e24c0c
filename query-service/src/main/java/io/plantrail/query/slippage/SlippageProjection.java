package io.plantrail.query.slippage;

import io.plantrail.events.action.ActionAdded;
import io.plantrail.events.action.ActionRescheduled;
import io.plantrail.events.plan.PlanCreated;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Keeps every action's original timescale and every reschedule, keyed by the aggregate sequence number. Rows are
 * only ever inserted (a replayed event finds its row there), and the current timescale is the last reschedule's.
 */
@Component
@ProcessingGroup(SlippageProjection.PROCESSING_GROUP)
class SlippageProjection {

    /** Every table this projection writes, in the order a reset clears them; also shadowed by as-at answers. */
    static final List<String> TABLES = List.of("slippage_reschedule", "slippage_action", "slippage_plan");

    static final String PROCESSING_GROUP = "slippage-ledger";

    private final JdbcClient db;

    SlippageProjection(JdbcClient db) {
        this.db = db;
    }

    @EventHandler
    void on(PlanCreated e) {
        db.sql("insert into slippage_plan (plan_id, title) values (:id, :title) on conflict (plan_id) do nothing")
                .param("id", e.planId().value())
                .param("title", e.title())
                .update();
    }

    @EventHandler
    void on(ActionAdded e) {
        db.sql("""
                        insert into slippage_action (action_id, plan_id, ref, aim, title, original_timescale, original_due)
                        values (:id, :plan, :ref, :aim, :title, :timescale, :due)
                        on conflict (action_id) do nothing""")
                .param("id", e.actionId().value())
                .param("plan", e.planId().value())
                .param("ref", e.ref())
                .param("aim", e.aim())
                .param("title", e.title())
                .param("timescale", e.timescale().text())
                .param("due", e.timescale().due())
                .update();
    }

    @EventHandler
    void on(ActionRescheduled e, @SequenceNumber long seq, @Timestamp Instant recorded,
            @MetaDataValue("actor") String actor) {
        db.sql("""
                        insert into slippage_reschedule (action_id, seq, recorded_at, previous_timescale, previous_due,
                                                         new_timescale, new_due, reason, actor)
                        values (:id, :seq, :recorded, :previousTimescale, :previousDue, :timescale, :due, :reason, :actor)
                        on conflict (action_id, seq) do nothing""")
                .param("id", e.actionId().value())
                .param("seq", seq)
                .param("recorded", OffsetDateTime.ofInstant(recorded, ZoneOffset.UTC))
                .param("previousTimescale", e.previousTimescale() == null ? null : e.previousTimescale().text())
                .param("previousDue", e.previousTimescale() == null ? null : e.previousTimescale().due())
                .param("timescale", e.timescale().text())
                .param("due", e.timescale().due())
                .param("reason", e.reason())
                .param("actor", actor)
                .update();
    }

    @ResetHandler
    void reset() {
        TABLES.forEach(table -> db.sql("delete from " + table).update());
    }
}
