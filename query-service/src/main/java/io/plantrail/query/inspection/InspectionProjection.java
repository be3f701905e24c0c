package io.plantrail.query.inspection;

import io.plantrail.events.ActionId;
import io.plantrail.events.action.ActionAdded;
import io.plantrail.events.action.ActionClosed;
import io.plantrail.events.action.ActionReopened;
import io.plantrail.events.inspection.AreaForDevelopmentIdentified;
import io.plantrail.events.inspection.AreaForDevelopmentLinked;
import io.plantrail.events.inspection.InspectionRecorded;
import io.plantrail.events.inspection.JudgementRecorded;
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
import java.util.UUID;

/**
 * Keeps inspections with every judgement (the current grade of an area is its latest), their areas for development
 * and the actions that answer them. Inserts ignore rows that exist and the one updated row is guarded by the
 * sequence number, so a replayed or redelivered event changes nothing.
 */
@Component
@ProcessingGroup(InspectionProjection.PROCESSING_GROUP)
class InspectionProjection {

    static final String PROCESSING_GROUP = "inspections";
    /** Every table this projection writes, so an as-at answer can shadow them all. */
    static final List<String> TABLES = List.of("inspection", "inspection_judgement", "inspection_area",
            "inspection_area_action", "inspection_action");

    private final JdbcClient db;

    InspectionProjection(JdbcClient db) {
        this.db = db;
    }

    @EventHandler
    void on(InspectionRecorded e, @Timestamp Instant recorded) {
        db.sql("""
                        insert into inspection (inspection_id, plan_id, framework, year, source, inspected_on,
                            organisation, recorded_at)
                        values (:id, :plan, :framework, :year, :source, :date, :organisation, :recorded)
                        on conflict (inspection_id) do nothing""")
                .param("id", e.inspectionId().value())
                .param("plan", e.planId() == null ? null : e.planId().value())
                .param("framework", e.framework())
                .param("year", e.year())
                .param("source", e.source())
                .param("date", e.date())
                .param("organisation", e.organisation())
                .param("recorded", utc(recorded))
                .update();
    }

    @EventHandler
    void on(JudgementRecorded e, @SequenceNumber long seq, @Timestamp Instant recorded) {
        db.sql("""
                        insert into inspection_judgement (inspection_id, seq, area, grade, previous_grade, reason,
                            recorded_at)
                        values (:id, :seq, :area, :grade, :previous, :reason, :recorded)
                        on conflict (inspection_id, seq) do nothing""")
                .param("id", e.inspectionId().value())
                .param("seq", seq)
                .param("area", e.area())
                .param("grade", e.grade())
                .param("previous", e.previousGrade())
                .param("reason", e.reason())
                .param("recorded", utc(recorded))
                .update();
    }

    @EventHandler
    void on(AreaForDevelopmentIdentified e, @SequenceNumber long seq) {
        db.sql("""
                        insert into inspection_area (area_id, inspection_id, seq, outcome_area, text)
                        values (:id, :inspection, :seq, :outcomeArea, :text) on conflict (area_id) do nothing""")
                .param("id", e.areaId())
                .param("inspection", e.inspectionId().value())
                .param("seq", seq)
                .param("outcomeArea", e.outcomeArea())
                .param("text", e.text())
                .update();
        for (ActionId action : e.actionIds()) {
            link(e.areaId(), action, seq);
        }
    }

    @EventHandler
    void on(AreaForDevelopmentLinked e, @SequenceNumber long seq) {
        link(e.areaId(), e.actionId(), seq);
    }

    private void link(UUID area, ActionId action, long seq) {
        db.sql("""
                        insert into inspection_area_action (area_id, action_id, seq) values (:area, :action, :seq)
                        on conflict (area_id, action_id) do nothing""")
                .param("area", area)
                .param("action", action.value())
                .param("seq", seq)
                .update();
    }

    @EventHandler
    void on(ActionAdded e, @SequenceNumber long seq) {
        db.sql("""
                        insert into inspection_action (action_id, plan_id, ref, title, status, seq)
                        values (:id, :plan, :ref, :title, 'OPEN', :seq) on conflict (action_id) do nothing""")
                .param("id", e.actionId().value())
                .param("plan", e.planId().value())
                .param("ref", e.ref())
                .param("title", e.title())
                .param("seq", seq)
                .update();
    }

    @EventHandler
    void on(ActionClosed e, @SequenceNumber long seq) {
        actionStatus(e.actionId(), "CLOSED", seq);
    }

    @EventHandler
    void on(ActionReopened e, @SequenceNumber long seq) {
        actionStatus(e.actionId(), "OPEN", seq);
    }

    private void actionStatus(ActionId action, String status, long seq) {
        db.sql("update inspection_action set status = :status, seq = :seq where action_id = :id and seq < :seq")
                .param("status", status)
                .param("seq", seq)
                .param("id", action.value())
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
