package io.plantrail.command.lookup;

import io.plantrail.events.PlanId;
import io.plantrail.events.PlanStatus;
import io.plantrail.events.action.ActionAdded;
import io.plantrail.events.plan.PlanActivated;
import io.plantrail.events.plan.PlanClosed;
import io.plantrail.events.plan.PlanCreated;
import io.plantrail.events.plan.StrategicAimAdded;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The facts about plans that Action's rules need but another aggregate owns. Its handlers run in a
 * subscribing processor, inside the transaction that appends the event, so the table is never behind the
 * store; Action's command handlers read it as {@link PlanFacts}.
 */
@Component
@ProcessingGroup(PlanLookup.PROCESSING_GROUP)
public class PlanLookup implements PlanFacts {

    static final String PROCESSING_GROUP = "command-lookups";

    private final JdbcClient db;

    PlanLookup(JdbcClient db) {
        this.db = db;
    }

    @Override
    public Optional<PlanStatus> statusOf(PlanId plan) {
        return db.sql("select status from plan_lookup where plan_id = ?")
                .param(plan.value())
                .query(String.class).optional()
                .map(PlanStatus::valueOf);
    }

    @Override
    public boolean hasAim(PlanId plan, int number) {
        return db.sql("select count(*) from aim_lookup where plan_id = ? and number = ?")
                .param(plan.value()).param(number)
                .query(Integer.class).single() > 0;
    }

    @Override
    public boolean refTaken(PlanId plan, String ref) {
        return db.sql("select count(*) from action_lookup where plan_id = ? and ref = ?")
                .param(plan.value()).param(ref)
                .query(Integer.class).single() > 0;
    }

    @EventHandler
    void on(PlanCreated e) {
        db.sql("insert into plan_lookup (plan_id, status) values (?, ?)")
                .param(e.planId().value()).param(e.status().name())
                .update();
    }

    @EventHandler
    void on(PlanActivated e) {
        setStatus(e.planId(), PlanStatus.ACTIVE);
    }

    @EventHandler
    void on(PlanClosed e) {
        setStatus(e.planId(), PlanStatus.CLOSED);
    }

    private void setStatus(PlanId plan, PlanStatus status) {
        db.sql("update plan_lookup set status = ? where plan_id = ?").param(status.name()).param(plan.value()).update();
    }

    @EventHandler
    void on(StrategicAimAdded e) {
        db.sql("insert into aim_lookup (plan_id, number) values (?, ?)")
                .param(e.planId().value()).param(e.number())
                .update();
    }

    @EventHandler
    void on(ActionAdded e) {
        try {
            db.sql("insert into action_lookup (action_id, plan_id, ref) values (?, ?, ?)")
                    .param(e.actionId().value()).param(e.planId().value()).param(e.ref())
                    .update();
        } catch (DuplicateKeyException raceLost) {
            // Another AddAction with this ref committed between our check and our append; this one rolls back.
            throw new RefTaken(e.ref());
        }
    }
}
