package io.plantrail.query.slippage;

import io.plantrail.query.RefOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads the slippage ledger; day counts come from the stored dates at read time. */
@Component
class SlippageQueries {

    private static final Comparator<SlippageLedger.Action> PLAN_AIM_REF = Comparator
            .comparing(SlippageLedger.Action::planTitle, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(SlippageLedger.Action::planId)
            .thenComparingInt(SlippageLedger.Action::aim)
            .thenComparing(SlippageLedger.Action::ref, RefOrder.INSTANCE);

    private final JdbcClient db;

    SlippageQueries(JdbcClient db) {
        this.db = db;
    }

    boolean planExists(UUID plan) {
        return db.sql("select exists (select 1 from slippage_plan where plan_id = ?)").param(plan)
                .query(Boolean.class).single();
    }

    /** The ledger of one plan, or of every plan when {@code plan} is null. */
    SlippageLedger ledger(UUID plan) {
        // An inner join: an action never rescheduled has no reschedule rows and so no place in the ledger.
        String sql = """
                select a.action_id, a.plan_id, p.title as plan_title, a.aim, a.ref, a.title, a.original_timescale,
                       a.original_due, r.recorded_at, r.previous_timescale, r.previous_due, r.new_timescale, r.new_due,
                       r.reason, r.actor
                  from slippage_action a
                  join slippage_reschedule r on r.action_id = a.action_id
                  left join slippage_plan p on p.plan_id = a.plan_id
                """ + (plan == null ? "" : " where a.plan_id = :plan") + " order by a.action_id, r.seq";
        JdbcClient.StatementSpec query = db.sql(sql);
        if (plan != null) {
            query = query.param("plan", plan);
        }
        Map<UUID, List<Row>> byAction = new LinkedHashMap<>();
        query.query((rs, n) -> Row.read(rs)).list()
                .forEach(row -> byAction.computeIfAbsent(row.actionId(), id -> new ArrayList<>()).add(row));
        List<SlippageLedger.Action> actions = byAction.values().stream().map(SlippageQueries::action)
                .sorted(PLAN_AIM_REF).toList();
        return new SlippageLedger(plan, actions);
    }

    private static SlippageLedger.Action action(List<Row> rows) {
        Row first = rows.get(0);
        SlippageLedger.Reschedule last = rows.get(rows.size() - 1).reschedule();
        return new SlippageLedger.Action(first.planId(), first.planTitle(), first.aim(), first.ref(),
                first.actionId(), first.title(), first.originalTimescale(), first.originalDue(),
                last.newTimescale(), last.newDue(), days(first.originalDue(), last.newDue()), rows.size(),
                rows.stream().map(Row::reschedule).toList());
    }

    private static Long days(LocalDate from, LocalDate to) {
        return from == null || to == null ? null : ChronoUnit.DAYS.between(from, to);
    }

    /** One reschedule with its action's columns, as the query returns it. */
    private record Row(UUID actionId, UUID planId, String planTitle, int aim, String ref, String title,
                       String originalTimescale, LocalDate originalDue, SlippageLedger.Reschedule reschedule) {

        static Row read(ResultSet rs) throws SQLException {
            LocalDate previousDue = rs.getObject("previous_due", LocalDate.class);
            LocalDate newDue = rs.getObject("new_due", LocalDate.class);
            SlippageLedger.Reschedule reschedule = new SlippageLedger.Reschedule(
                    rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("previous_timescale"),
                    previousDue, rs.getString("new_timescale"), newDue, days(previousDue, newDue),
                    rs.getString("reason"), rs.getString("actor"));
            return new Row(rs.getObject("action_id", UUID.class), rs.getObject("plan_id", UUID.class),
                    rs.getString("plan_title"), rs.getInt("aim"), rs.getString("ref"), rs.getString("title"),
                    rs.getString("original_timescale"), rs.getObject("original_due", LocalDate.class), reschedule);
        }
    }
}
