package io.plantrail.query.evidence;

import io.plantrail.query.asat.PlanAggregates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Which streams belong to a plan: those the event table says (the plan and the actions added to it), and also those
 * the audit log recorded for it when their events were projected, so that an action whose {@code ActionAdded} was
 * altered to name another plan is still checked with this one.
 */
@Component
class Streams {

    private final PlanAggregates planAggregates;
    private final JdbcClient db;

    Streams(PlanAggregates planAggregates, JdbcClient db) {
        this.planAggregates = planAggregates;
        this.db = db;
    }

    List<String> ofPlan(UUID plan) {
        Set<String> ids = new LinkedHashSet<>(planAggregates.of(plan));
        ids.addAll(db.sql("select distinct aggregate_id from audit_event where plan_id = ?").param(plan)
                .query(String.class).list());
        return new ArrayList<>(ids);
    }
}
