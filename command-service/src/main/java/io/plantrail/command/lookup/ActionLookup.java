package io.plantrail.command.lookup;

import io.plantrail.events.ActionId;
import io.plantrail.events.PlanId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** Reads the action lookup that {@link PlanLookup} writes in the transaction of every ActionAdded. */
@Component
class ActionLookup implements ActionFacts {

    private final JdbcClient db;

    ActionLookup(JdbcClient db) {
        this.db = db;
    }

    @Override
    public Optional<PlanId> planOf(ActionId action) {
        return db.sql("select plan_id from action_lookup where action_id = ?")
                .param(action.value())
                .query(UUID.class).optional()
                .map(PlanId::new);
    }
}
