package io.plantrail.query.audit;

import io.plantrail.platform.security.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/**
 * Records reads that auditors must be able to account for: the audit log and its exports, evidence trails. The
 * record is written before the answer, in its own transaction; if it cannot be written, nothing is answered.
 */
@Component
public class ReadLog {

    /** One recorded read: what was read ({@code audit-log}, {@code evidence-trail}, ...), of what, in which format. */
    public record Read(String readAt, String actor, String what, String subject, String format) {
    }

    private final JdbcClient db;
    private final Clock clock;

    ReadLog(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String what, String subject, String format) {
        db.sql("insert into read_record (read_at, actor, what, subject, format) values (?, ?, ?, ?, ?)")
                .param(Timestamp.from(clock.instant())).param(Caller.current().name()).param(what)
                .param(subject == null ? "" : subject).param(format)
                .update();
    }

    List<Read> page(Paging paging) {
        return db.sql("""
                        select read_at, actor, what, subject, format from read_record
                        order by id desc limit ? offset ?""")
                .param(paging.size()).param(paging.offset())
                .query((row, n) -> new Read(row.getTimestamp("read_at").toInstant().toString(), row.getString("actor"),
                        row.getString("what"), row.getString("subject"), row.getString("format")))
                .list();
    }

    long count() {
        return db.sql("select count(*) from read_record").query(Long.class).single();
    }
}
