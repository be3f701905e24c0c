package io.plantrail.query.asat;

import io.plantrail.events.action.ActionAdded;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Which aggregates' events an as-at answer must replay, read from the event table itself so that it never
 * depends on a read model: a plan and every action ever added to it, or every aggregate there is.
 */
@Component
public class PlanAggregates {

    private final JdbcClient db;

    PlanAggregates(JdbcClient db) {
        this.db = db;
    }

    /** The plan's own id and its actions', or every aggregate when {@code plan} is null. */
    public List<String> of(UUID plan) {
        if (plan == null) {
            return db.sql("select distinct aggregate_identifier from domain_event_entry").query(String.class).list();
        }
        List<String> ids = new ArrayList<>(List.of(plan.toString()));
        ids.addAll(db.sql("""
                        select aggregate_identifier from domain_event_entry
                         where payload_type = ? and convert_from(payload, 'UTF8')::jsonb ->> 'planId' = ?""")
                .param(ActionAdded.class.getName()).param(plan.toString())
                .query(String.class).list());
        return ids;
    }
}
