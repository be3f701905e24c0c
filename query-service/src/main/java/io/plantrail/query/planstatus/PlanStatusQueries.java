package io.plantrail.query.planstatus;

import com.fasterxml.jackson.core.type.TypeReference;
import io.plantrail.events.Lead;
import io.plantrail.events.Timescale;
import io.plantrail.query.JsonColumns;
import io.plantrail.query.RefOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads plan status from its read model; days overdue are worked out at read time against {@code today}. */
@Component
class PlanStatusQueries {

    private static final TypeReference<List<Lead>> LEADS = new TypeReference<>() { };

    private final JdbcClient db;
    private final JsonColumns json;

    PlanStatusQueries(JdbcClient db, JsonColumns json) {
        this.db = db;
        this.json = json;
    }

    Optional<PlanStatusView> find(UUID planId, LocalDate today) {
        return db.sql("select plan_id, title, organisation, period, status from plan_status_plan where plan_id = ?")
                .param(planId)
                .query((rs, n) -> assemble(rs, today))
                .optional();
    }

    /** Every plan with its totals, newest first. */
    List<PlanSummary> list(LocalDate today) {
        return db.sql("""
                        select p.plan_id, p.title, p.organisation, p.period, p.status,
                               count(a.action_id) as actions,
                               count(a.action_id) filter (where a.status = 'OPEN') as open,
                               count(a.action_id) filter (where a.status = 'CLOSED') as closed,
                               count(a.action_id) filter (where a.rag = 'RED') as red,
                               count(a.action_id) filter (where a.rag = 'AMBER') as amber,
                               count(a.action_id) filter (where a.rag = 'GREEN') as green,
                               count(a.action_id) filter (where a.rag is null) as unrated,
                               count(a.action_id) filter (where a.status = 'OPEN' and a.due < :today) as overdue
                          from plan_status_plan p left join plan_status_action a on a.plan_id = p.plan_id
                         group by p.plan_id
                         order by p.created_at desc""")
                .param("today", today)
                .query((rs, n) -> new PlanSummary(rs.getObject("plan_id", UUID.class), rs.getString("title"),
                        rs.getString("organisation"), rs.getString("period"), rs.getString("status"),
                        new PlanStatusView.Totals(rs.getInt("actions"),
                                ordered("OPEN", rs.getInt("open"), "CLOSED", rs.getInt("closed")),
                                ordered("RED", rs.getInt("red"), "AMBER", rs.getInt("amber"), "GREEN",
                                        rs.getInt("green"), "NONE", rs.getInt("unrated")),
                                rs.getInt("overdue"))))
                .list();
    }

    /** One action as it stands, with the plan it belongs to. */
    Optional<ActionStatusView> findAction(UUID actionId, LocalDate today) {
        return db.sql("""
                        select plan_id, action_id, ref, aim, title, leads, timescale, due, status, outcome, closed_on, rag,
                               last_narrative, last_as_of, last_recorded_at
                          from plan_status_action where action_id = ?""")
                .param(actionId)
                .query((rs, n) -> new ActionStatusView(rs.getObject("plan_id", UUID.class), action(rs, today), today))
                .optional();
    }

    /** The plan an action belongs to, as the live read model knows it (a plan never changes its actions' plan). */
    Optional<UUID> planOf(UUID actionId) {
        return db.sql("select plan_id from plan_status_action where action_id = ?").param(actionId)
                .query(UUID.class).optional();
    }

    /** The plan and every action ever added to it: the aggregates whose events make up its status. */
    List<String> aggregatesOf(UUID planId) {
        List<String> ids = new ArrayList<>(List.of(planId.toString()));
        ids.addAll(db.sql("select action_id from plan_status_action where plan_id = ?").param(planId)
                .query(UUID.class).list().stream().map(UUID::toString).toList());
        return ids;
    }

    private static Map<String, Integer> ordered(Object... keysAndCounts) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < keysAndCounts.length; i += 2) {
            counts.put((String) keysAndCounts[i], (Integer) keysAndCounts[i + 1]);
        }
        return counts;
    }

    private PlanStatusView assemble(ResultSet plan, LocalDate today) throws SQLException {
        UUID planId = plan.getObject("plan_id", UUID.class);
        List<PlanStatusView.Action> actions = db.sql("""
                        select action_id, ref, aim, title, leads, timescale, due, status, outcome, closed_on, rag,
                               last_narrative, last_as_of, last_recorded_at
                          from plan_status_action where plan_id = ?""")
                .param(planId)
                .query((rs, n) -> action(rs, today))
                .list()
                .stream().sorted(Comparator.comparing(PlanStatusView.Action::ref, RefOrder.INSTANCE))
                .toList();
        Map<Integer, List<PlanStatusView.Action>> byAim = actions.stream()
                .collect(Collectors.groupingBy(PlanStatusView.Action::aim));
        List<PlanStatusView.Aim> aims = db.sql("select number, title from plan_status_aim where plan_id = ? order by number")
                .param(planId)
                .query((rs, n) -> new PlanStatusView.Aim(rs.getInt("number"), rs.getString("title"),
                        byAim.getOrDefault(rs.getInt("number"), List.of())))
                .list();
        return new PlanStatusView(planId, plan.getString("title"), plan.getString("organisation"),
                plan.getString("period"), plan.getString("status"), aims, totals(actions), today);
    }

    private PlanStatusView.Action action(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate due = rs.getObject("due", LocalDate.class);
        String status = rs.getString("status");
        Timestamp recorded = rs.getTimestamp("last_recorded_at");
        PlanStatusView.LastUpdate lastUpdate = recorded == null ? null : new PlanStatusView.LastUpdate(
                rs.getString("last_narrative"), rs.getObject("last_as_of", LocalDate.class), recorded.toInstant());
        Long daysOverdue = "OPEN".equals(status) && due != null && due.isBefore(today)
                ? ChronoUnit.DAYS.between(due, today) : null;
        return new PlanStatusView.Action(rs.getObject("action_id", UUID.class), rs.getString("ref"),
                rs.getInt("aim"), rs.getString("title"), json.read(rs.getString("leads"), LEADS),
                json.read(rs.getString("timescale"), new TypeReference<Timescale>() { }), due, status,
                rs.getString("outcome"), rs.getObject("closed_on", LocalDate.class), rs.getString("rag"), lastUpdate,
                daysOverdue);
    }

    private static PlanStatusView.Totals totals(List<PlanStatusView.Action> actions) {
        Map<String, Integer> byStatus = new LinkedHashMap<>(Map.of("OPEN", 0, "CLOSED", 0));
        Map<String, Integer> byRag = new LinkedHashMap<>();
        for (String rag : List.of("RED", "AMBER", "GREEN", "NONE")) {
            byRag.put(rag, 0);
        }
        int overdue = 0;
        for (PlanStatusView.Action action : actions) {
            byStatus.merge(action.status(), 1, Integer::sum);
            byRag.merge(action.rag() == null ? "NONE" : action.rag(), 1, Integer::sum);
            overdue += action.daysOverdue() == null ? 0 : 1;
        }
        return new PlanStatusView.Totals(actions.size(), byStatus, byRag, overdue);
    }
}
