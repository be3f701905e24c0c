package io.plantrail.query.overdue;

import com.fasterxml.jackson.core.type.TypeReference;
import io.plantrail.events.Lead;
import io.plantrail.events.Milestone;
import io.plantrail.events.Timescale;
import io.plantrail.query.JsonColumns;
import io.plantrail.query.RefOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Answers the overdue report for any reference date {@code on}. An action counts when it was open that day: no
 * closure still in force has a {@code closedOn} on or before it. A closure that a reopening withdrew never
 * counts: the reopening carries no business date of its own, so the closure's claim is taken back as a whole.
 * Due dates are those known now.
 */
@Component
class OverdueQueries {

    private static final TypeReference<List<Lead>> LEADS = new TypeReference<>() { };
    private static final TypeReference<Timescale> TIMESCALE = new TypeReference<>() { };
    private static final TypeReference<List<LocalDate>> DATES = new TypeReference<>() { };
    private static final Comparator<OverdueReport.Item> PLAN_AIM_REF = Comparator
            .comparing(OverdueReport.Item::planTitle, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(OverdueReport.Item::planId)
            .thenComparingInt(OverdueReport.Item::aim)
            .thenComparing(OverdueReport.Item::ref, RefOrder.INSTANCE);

    private final JdbcClient db;
    private final JsonColumns json;

    OverdueQueries(JdbcClient db, JsonColumns json) {
        this.db = db;
        this.json = json;
    }

    boolean planExists(UUID plan) {
        return db.sql("select exists (select 1 from overdue_plan where plan_id = ?)").param(plan)
                .query(Boolean.class).single();
    }

    OverdueReport report(OverdueCriteria criteria) {
        LocalDate on = criteria.on();
        Integer window = criteria.dueWithinDays();
        Integer staleDays = criteria.staleDays();
        List<OverdueReport.Item> open = openOn(criteria);
        return new OverdueReport(on, criteria.plan(), criteria.lead(), window, staleDays,
                select(open, item -> item.daysOverdue() != null),
                window == null ? null : select(open, item -> dueBetween(item, on, on.plusDays(window))),
                select(open, item -> item.due() == null),
                staleDays == null ? null : select(open, item -> noProgressSince(item, on.minusDays(staleDays))));
    }

    /** Due from {@code first} to {@code last}, both included: due on the reference date itself is not yet late. */
    private static boolean dueBetween(OverdueReport.Item item, LocalDate first, LocalDate last) {
        return item.due() != null && !item.due().isBefore(first) && !item.due().isAfter(last);
    }

    /** No progress dated from {@code first} to the reference date; progress dated after it does not count. */
    private static boolean noProgressSince(OverdueReport.Item item, LocalDate first) {
        return item.lastProgress() == null || item.lastProgress().isBefore(first);
    }

    /** Every action open on the reference date that the filters let through, in report order. */
    private List<OverdueReport.Item> openOn(OverdueCriteria criteria) {
        StringBuilder sql = new StringBuilder("""
                select a.action_id, a.plan_id, p.title as plan_title, a.aim, a.ref, a.title, a.leads, a.timescale, a.due,
                       (select c.closed_on from overdue_closure c
                         where c.action_id = a.action_id and c.reopened_seq is null) as closed_on,
                       (select coalesce(jsonb_agg(c.closed_on order by c.seq), '[]') from overdue_closure c
                         where c.action_id = a.action_id and c.reopened_seq is not null) as withdrawn_closures,
                       (select max(g.as_of) from overdue_progress g
                         where g.action_id = a.action_id and g.as_of <= :on) as last_progress
                  from overdue_action a
                  left join overdue_plan p on p.plan_id = a.plan_id
                 where not exists (select 1 from overdue_closure c
                                    where c.action_id = a.action_id and c.reopened_seq is null and c.closed_on <= :on)
                """);
        if (criteria.plan() != null) {
            sql.append(" and a.plan_id = :plan");
        }
        if (criteria.lead() != null) {
            sql.append(" and exists (select 1 from jsonb_array_elements(a.leads) l")
                    .append(" where lower(l ->> 'name') = lower(:lead))");
        }
        JdbcClient.StatementSpec query = db.sql(sql.toString()).param("on", criteria.on());
        if (criteria.plan() != null) {
            query = query.param("plan", criteria.plan());
        }
        if (criteria.lead() != null) {
            query = query.param("lead", criteria.lead());
        }
        return query.query((rs, n) -> item(rs, criteria.on())).list().stream().sorted(PLAN_AIM_REF).toList();
    }

    private OverdueReport.Item item(ResultSet rs, LocalDate on) throws SQLException {
        LocalDate due = rs.getObject("due", LocalDate.class);
        LocalDate lastProgress = rs.getObject("last_progress", LocalDate.class);
        Timescale timescale = json.read(rs.getString("timescale"), TIMESCALE);
        List<Milestone> passed = timescale.milestones().stream()
                .filter(m -> m.due() != null && m.due().isBefore(on))
                .toList();
        return new OverdueReport.Item(rs.getObject("plan_id", UUID.class), rs.getString("plan_title"), rs.getInt("aim"),
                rs.getString("ref"), rs.getObject("action_id", UUID.class), rs.getString("title"),
                json.read(rs.getString("leads"), LEADS), timescale, due,
                due != null && due.isBefore(on) ? ChronoUnit.DAYS.between(due, on) : null,
                due != null && !due.isBefore(on) ? ChronoUnit.DAYS.between(on, due) : null,
                passed, lastProgress, lastProgress == null ? null : ChronoUnit.DAYS.between(lastProgress, on),
                rs.getObject("closed_on", LocalDate.class), json.read(rs.getString("withdrawn_closures"), DATES));
    }

    private static List<OverdueReport.Item> select(List<OverdueReport.Item> items, Predicate<OverdueReport.Item> test) {
        return items.stream().filter(test).toList();
    }
}
