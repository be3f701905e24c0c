package io.plantrail.query.scorecard;

import io.plantrail.events.action.ActionAdded;
import io.plantrail.events.action.ProgressRecorded;
import io.plantrail.events.measure.MeasureDefined;
import io.plantrail.events.measure.MeasureTargetSet;
import io.plantrail.events.measure.MeasureValueRecorded;
import io.plantrail.events.measure.MeasureValueRevised;
import io.plantrail.events.plan.PlanCreated;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Keeps what a scorecard shows: a plan's priorities (its actions) with their quarterly progress, and its measures with
 * every target and every step of every period's value. Rows are only ever inserted, keyed by aggregate and sequence
 * number, so a replayed or redelivered event changes nothing; the current value of a period is its latest step.
 */
@Component
@ProcessingGroup(ScorecardProjection.PROCESSING_GROUP)
class ScorecardProjection {

    static final String PROCESSING_GROUP = "scorecard";
    /** Every table this projection writes, so an as-at answer can shadow them all. */
    static final List<String> TABLES = List.of("scorecard_plan", "scorecard_priority", "scorecard_progress",
            "scorecard_measure", "scorecard_target", "scorecard_value_step");

    private final JdbcClient db;

    ScorecardProjection(JdbcClient db) {
        this.db = db;
    }

    @EventHandler
    void on(PlanCreated e) {
        db.sql("""
                        insert into scorecard_plan (plan_id, title, organisation, period)
                        values (:id, :title, :organisation, :period) on conflict (plan_id) do nothing""")
                .param("id", e.planId().value())
                .param("title", e.title())
                .param("organisation", e.organisation())
                .param("period", e.period())
                .update();
    }

    @EventHandler
    void on(ActionAdded e) {
        db.sql("""
                        insert into scorecard_priority (action_id, plan_id, ref, aim, title)
                        values (:id, :plan, :ref, :aim, :title) on conflict (action_id) do nothing""")
                .param("id", e.actionId().value())
                .param("plan", e.planId().value())
                .param("ref", e.ref())
                .param("aim", e.aim())
                .param("title", e.title())
                .update();
    }

    /** Only updates for a reporting quarter belong on a scorecard. */
    @EventHandler
    void on(ProgressRecorded e, @SequenceNumber long seq, @Timestamp Instant recorded) {
        if (e.period() == null) {
            return;
        }
        db.sql("""
                        insert into scorecard_progress (action_id, seq, period, rag, narrative, as_of, recorded_at)
                        values (:id, :seq, :period, :rag, :narrative, :asOf, :recorded)
                        on conflict (action_id, seq) do nothing""")
                .param("id", e.actionId().value())
                .param("seq", seq)
                .param("period", e.period())
                .param("rag", e.rag() == null ? null : e.rag().name())
                .param("narrative", e.narrative())
                .param("asOf", e.asOf())
                .param("recorded", utc(recorded))
                .update();
    }

    @EventHandler
    void on(MeasureDefined e, @Timestamp Instant recorded) {
        db.sql("""
                        insert into scorecard_measure
                            (measure_id, plan_id, name, direction, unit, tolerance, aim, action_id, defined_at)
                        values (:id, :plan, :name, :direction, :unit, :tolerance, :aim, :action, :recorded)
                        on conflict (measure_id) do nothing""")
                .param("id", e.measureId().value())
                .param("plan", e.planId().value())
                .param("name", e.name())
                .param("direction", e.direction().name())
                .param("unit", e.unit().name())
                .param("tolerance", e.tolerance())
                .param("aim", e.aim())
                .param("action", e.actionId() == null ? null : e.actionId().value())
                .param("recorded", utc(recorded))
                .update();
    }

    @EventHandler
    void on(MeasureTargetSet e, @SequenceNumber long seq, @Timestamp Instant recorded) {
        db.sql("""
                        insert into scorecard_target
                            (measure_id, seq, period, value, rag, previous_value, previous_rag, reason, recorded_at)
                        values (:id, :seq, :period, :value, :rag, :previousValue, :previousRag, :reason, :recorded)
                        on conflict (measure_id, seq) do nothing""")
                .param("id", e.measureId().value())
                .param("seq", seq)
                .param("period", e.period())
                .param("value", e.value())
                .param("rag", e.rag() == null ? null : e.rag().name())
                .param("previousValue", e.previousValue())
                .param("previousRag", e.previousRag() == null ? null : e.previousRag().name())
                .param("reason", e.reason())
                .param("recorded", utc(recorded))
                .update();
    }

    @EventHandler
    void on(MeasureValueRecorded e, @SequenceNumber long seq, @Timestamp Instant recorded) {
        step(seq, recorded, e.measureId().value(), e.period(), "RECORDED", e.status().name(), e.value(),
                e.rag() == null ? null : e.rag().name(), e.expected(), e.note(), null, null, null);
    }

    @EventHandler
    void on(MeasureValueRevised e, @SequenceNumber long seq, @Timestamp Instant recorded) {
        step(seq, recorded, e.measureId().value(), e.period(), "REVISED", e.status().name(), e.value(),
                e.rag() == null ? null : e.rag().name(), null, e.note(), e.previousValue(),
                e.previousRag() == null ? null : e.previousRag().name(), e.reason());
    }

    private void step(long seq, Instant recorded, UUID measure, String period, String kind, String status,
                      BigDecimal value, String rag, String expected, String note,
                      BigDecimal previousValue, String previousRag, String reason) {
        db.sql("""
                        insert into scorecard_value_step (measure_id, seq, period, kind, status, value, rag, expected,
                            note, previous_value, previous_rag, reason, recorded_at)
                        values (:id, :seq, :period, :kind, :status, :value, :rag, :expected, :note, :previousValue,
                                :previousRag, :reason, :recorded)
                        on conflict (measure_id, seq) do nothing""")
                .param("id", measure)
                .param("seq", seq)
                .param("period", period)
                .param("kind", kind)
                .param("status", status)
                .param("value", value)
                .param("rag", rag)
                .param("expected", expected)
                .param("note", note)
                .param("previousValue", previousValue)
                .param("previousRag", previousRag)
                .param("reason", reason)
                .param("recorded", utc(recorded))
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
