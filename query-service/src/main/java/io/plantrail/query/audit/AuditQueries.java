package io.plantrail.query.audit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** Reads the audit log: histories of one action or plan, filtered pages, and whole filtered exports. */
@Component
class AuditQueries {

    private final JdbcClient db;
    private final AuditEntryMapper rows;
    private final TransactionTemplate snapshot;
    /** Rows fetched per round trip when exporting; the driver holds no more than this many in memory. */
    private final int exportFetchSize;

    AuditQueries(JdbcClient db, AuditEntryMapper rows, PlatformTransactionManager transactions,
                 @Value("${plantrail.audit.export-fetch-size:500}") int exportFetchSize) {
        this.db = db;
        this.rows = rows;
        this.exportFetchSize = exportFetchSize;
        // Read-only, and one snapshot for the page and its total, so new events cannot make them disagree.
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    List<AuditEntry> actionHistory(UUID actionId) {
        return db.sql("select " + AuditEntryMapper.COLUMNS
                        + " from audit_event where action_id = ? order by sequence_number")
                .param(actionId)
                .query(rows)
                .list();
    }

    /** Every event of one aggregate (a measure, an inspection), by its sequence. */
    List<AuditEntry> aggregateHistory(UUID aggregateId) {
        return db.sql("select " + AuditEntryMapper.COLUMNS
                        + " from audit_event where aggregate_id = ? order by sequence_number")
                .param(aggregateId.toString())
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

    AuditPage page(AuditFilter filter, Paging paging) {
        return snapshot.execute(status -> {
            List<AuditEntry> items = db.sql("select " + AuditEntryMapper.COLUMNS + " from audit_event" + filter.where()
                            + " order by position limit :limit offset :offset")
                    .params(filter.params())
                    .param("limit", paging.size())
                    .param("offset", paging.offset())
                    .query(rows)
                    .list();
            long total = db.sql("select count(*) from audit_event" + filter.where())
                    .params(filter.params())
                    .query(Long.class)
                    .single();
            return new AuditPage(items, paging.page(), paging.size(), total);
        });
    }

    /**
     * Hands every matching row to {@code sink}, oldest first, holding only one fetch of rows at a time: PostgreSQL's
     * driver reads through a cursor only inside a transaction (autocommit off) and with a fetch size.
     */
    void export(AuditFilter filter, Consumer<AuditEntry> sink) {
        snapshot.executeWithoutResult(status -> db.sql("select " + AuditEntryMapper.COLUMNS + " from audit_event"
                        + filter.where() + " order by position")
                .withFetchSize(exportFetchSize)
                .params(filter.params())
                .query((RowCallbackHandler) rs -> sink.accept(rows.mapRow(rs, 0))));
    }
}
