package io.plantrail.query.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/** Reads the audit log: histories of one action or plan. */
@Component
class AuditQueries {

    private final JdbcClient db;
    private final AuditEntryMapper rows;

    AuditQueries(JdbcClient db, AuditEntryMapper rows) {
        this.db = db;
        this.rows = rows;
    }

    List<AuditEntry> actionHistory(UUID actionId) {
        return db.sql("select " + AuditEntryMapper.COLUMNS
                        + " from audit_event where action_id = ? order by sequence_number")
                .param(actionId)
                .query(rows)
                .list();
    }

    /** The plan's own events and those of all its actions, in the order they were stored. */
    List<AuditEntry> planHistory(UUID planId) {
        return db.sql("select " + AuditEntryMapper.COLUMNS + " from audit_event where plan_id = ? order by position")
                .param(planId)
                .query(rows)
                .list();
    }
}
