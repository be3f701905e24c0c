package io.plantrail.query.scorecard;

import io.plantrail.events.MeasureDirection;
import io.plantrail.events.Rag;
import io.plantrail.query.RefOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a scorecard from its read model; a period's current value is its latest step, assessed at read time. */
@Component
class ScorecardQueries {

    private static final Pattern MONTH_YEAR = Pattern.compile("([A-Za-z]+)\\.? \\d{4}");

    private final JdbcClient db;

    ScorecardQueries(JdbcClient db) {
        this.db = db;
    }

    private record PlanRow(UUID id, String title, String organisation) {
    }

    private record PriorityRow(UUID actionId, String ref, int aim, String title) {
    }

    private record ProgressRow(UUID actionId, String period, String rag, String narrative) {
    }

    private record MeasureRow(UUID id, String name, String direction, String unit, BigDecimal tolerance, Integer aim,
                              UUID actionId) {
    }

    private record TargetRow(UUID measureId, String period, BigDecimal value, String rag) {
    }

    private record StepRow(UUID measureId, String period, Scorecard.Step step) {
    }

    /** The aggregates a scorecard is built from: the plan, its actions and its measures. */
    List<String> aggregatesOf(UUID planId) {
        List<String> ids = new ArrayList<>(List.of(planId.toString()));
        ids.addAll(db.sql("""
                        select action_id from scorecard_priority where plan_id = :plan
                        union all select measure_id from scorecard_measure where plan_id = :plan""")
                .param("plan", planId)
                .query(UUID.class).list().stream().map(UUID::toString).toList());
        return ids;
    }

    Optional<Scorecard> find(UUID planId, ScorecardPeriod period) {
        Optional<PlanRow> plan = db.sql("select plan_id, title, organisation from scorecard_plan where plan_id = ?")
                .param(planId)
                .query((rs, n) -> new PlanRow(rs.getObject("plan_id", UUID.class), rs.getString("title"),
                        rs.getString("organisation")))
                .optional();
        return plan.map(row -> assemble(row, period));
    }

    private Scorecard assemble(PlanRow plan, ScorecardPeriod period) {
        List<ScorecardPeriod> quarters = period.quartersOfTheYear();
        List<PriorityRow> priorities = db.sql("select action_id, ref, aim, title from scorecard_priority where plan_id = ?")
                .param(plan.id())
                .query((rs, n) -> new PriorityRow(rs.getObject("action_id", UUID.class), rs.getString("ref"),
                        rs.getInt("aim"), rs.getString("title")))
                .list().stream()
                .sorted(Comparator.comparingInt(PriorityRow::aim).thenComparing(PriorityRow::ref, RefOrder.INSTANCE))
                .toList();
        // The latest update given for each action and quarter wins.
        Map<UUID, Map<String, ProgressRow>> progress = new LinkedHashMap<>();
        db.sql("""
                        select p.action_id, p.period, p.rag, p.narrative from scorecard_progress p
                          join scorecard_priority a on a.action_id = p.action_id
                         where a.plan_id = ? order by p.seq""")
                .param(plan.id())
                .query((rs, n) -> new ProgressRow(rs.getObject("action_id", UUID.class), rs.getString("period"),
                        rs.getString("rag"), rs.getString("narrative")))
                .list()
                .forEach(row -> progress.computeIfAbsent(row.actionId(), id -> new LinkedHashMap<>()).put(row.period(), row));

        List<Scorecard.Measure> measures = measures(plan.id(), period, quarters);

        List<Scorecard.Priority> priorityViews = new ArrayList<>();
        for (PriorityRow priority : priorities) {
            Map<String, ProgressRow> byPeriod = progress.getOrDefault(priority.actionId(), Map.of());
            Map<String, String> ragByQuarter = new LinkedHashMap<>();
            for (ScorecardPeriod quarter : quarters) {
                ProgressRow row = quarter.isAfter(period) ? null : byPeriod.get(quarter.toString());
                ragByQuarter.put(quarter.label(), row == null ? null : row.rag());
            }
            ProgressRow now = byPeriod.get(period.toString());
            priorityViews.add(new Scorecard.Priority(priority.actionId(), priority.ref(), priority.aim(),
                    priority.title(), now == null ? null : now.narrative(), now == null ? null : now.rag(),
                    ragByQuarter, measures.stream().filter(m -> priority.actionId().equals(m.actionId())).toList()));
        }
        List<UUID> priorityIds = priorities.stream().map(PriorityRow::actionId).toList();
        List<Scorecard.Measure> others = measures.stream()
                .filter(m -> m.actionId() == null || !priorityIds.contains(m.actionId()))
                .toList();
        // Footnotes are numbered in the order the paper reads: priorities and their measures, then the others.
        Notes notes = new Notes();
        List<Scorecard.Priority> numbered = priorityViews.stream()
                .map(p -> new Scorecard.Priority(p.actionId(), p.ref(), p.aim(), p.title(), p.narrative(), p.rag(),
                        p.ragByQuarter(), p.measures().stream().map(notes::numbered).toList()))
                .toList();
        List<Scorecard.Measure> numberedOthers = others.stream().map(notes::numbered).toList();
        return new Scorecard(plan.id(), plan.title(), plan.organisation(), period.toString(),
                quarters.stream().map(ScorecardPeriod::label).toList(), numbered, numberedOthers, notes.list());
    }

    private List<Scorecard.Measure> measures(UUID planId, ScorecardPeriod period, List<ScorecardPeriod> quarters) {
        List<MeasureRow> rows = db.sql("""
                        select measure_id, name, direction, unit, tolerance, aim, action_id from scorecard_measure
                         where plan_id = ? order by defined_at, measure_id""")
                .param(planId)
                .query((rs, n) -> new MeasureRow(rs.getObject("measure_id", UUID.class), rs.getString("name"),
                        rs.getString("direction"), rs.getString("unit"), rs.getBigDecimal("tolerance"),
                        (Integer) rs.getObject("aim"), rs.getObject("action_id", UUID.class)))
                .list();
        Map<UUID, Map<String, TargetRow>> targets = new LinkedHashMap<>();
        db.sql("""
                        select t.measure_id, t.period, t.value, t.rag from scorecard_target t
                          join scorecard_measure m on m.measure_id = t.measure_id
                         where m.plan_id = ? order by t.seq""")
                .param(planId)
                .query((rs, n) -> new TargetRow(rs.getObject("measure_id", UUID.class), rs.getString("period"),
                        rs.getBigDecimal("value"), rs.getString("rag")))
                .list()
                .forEach(t -> targets.computeIfAbsent(t.measureId(), id -> new LinkedHashMap<>()).put(t.period(), t));
        Map<UUID, Map<String, List<Scorecard.Step>>> steps = new LinkedHashMap<>();
        db.sql("""
                        select s.* from scorecard_value_step s
                          join scorecard_measure m on m.measure_id = s.measure_id
                         where m.plan_id = ? order by s.seq""")
                .param(planId)
                .query((rs, n) -> new StepRow(rs.getObject("measure_id", UUID.class), rs.getString("period"), step(rs)))
                .list()
                .forEach(s -> steps.computeIfAbsent(s.measureId(), id -> new LinkedHashMap<>())
                        .computeIfAbsent(s.period(), p -> new ArrayList<>()).add(s.step()));

        List<Scorecard.Measure> measures = new ArrayList<>();
        for (MeasureRow row : rows) {
            Map<String, TargetRow> targetsOf = targets.getOrDefault(row.id(), Map.of());
            Map<String, List<Scorecard.Step>> stepsOf = steps.getOrDefault(row.id(), Map.of());
            Map<String, Scorecard.Cell> cells = new LinkedHashMap<>();
            for (ScorecardPeriod quarter : quarters) {
                cells.put(quarter.label(), quarter.isAfter(period) ? null : cell(row, quarter, targetsOf, stepsOf));
            }
            Scorecard.Cell now = cells.get(period.label());
            measures.add(new Scorecard.Measure(row.id(), row.name(), row.direction(), row.unit(), row.tolerance(),
                    row.aim(), row.actionId(), target(targetsOf.get(period.toString())), cells,
                    new Scorecard.Assessed(period.toString(), period.previous().toString(),
                            now == null ? null : now.trend(), now == null ? null : now.againstTarget())));
        }
        return measures;
    }

    private static Scorecard.Cell cell(MeasureRow measure, ScorecardPeriod quarter, Map<String, TargetRow> targets,
                                       Map<String, List<Scorecard.Step>> steps) {
        List<Scorecard.Step> mine = steps.get(quarter.toString());
        if (mine == null) {
            return null;
        }
        Scorecard.Step last = mine.get(mine.size() - 1);
        List<Scorecard.Step> before = steps.get(quarter.previous().toString());
        Scorecard.Step previous = before == null ? null : before.get(before.size() - 1);
        Scorecard.Target target = target(targets.get(quarter.toString()));
        MeasureDirection direction = MeasureDirection.valueOf(measure.direction());
        Assessment.Value current = value(last);
        Assessment.Trend trend = Assessment.trend(direction, measure.tolerance(), value(previous), current);
        Assessment.AgainstTarget against = Assessment.againstTarget(direction, measure.tolerance(),
                target == null ? null : Assessment.Value.of(target.value(), rag(target.rag())), current);
        String status = last.kind().equals("REVISED") ? "REVISED" : last.status();
        return new Scorecard.Cell(quarter.toString(), status, last.value(), last.rag(), display(measure.unit(), last),
                last.expected(), last.note(), null, target, trend == null ? null : trend.name(),
                against == null ? null : against.name(), List.copyOf(mine));
    }

    private static Assessment.Value value(Scorecard.Step step) {
        return step == null ? null : Assessment.Value.of(step.value(), rag(step.rag()));
    }

    private static Rag rag(String name) {
        return name == null ? null : Rag.valueOf(name);
    }

    private static Scorecard.Target target(TargetRow row) {
        return row == null ? null : new Scorecard.Target(row.value(), row.rag());
    }

    /** As the paper prints it: {@code 85.9%}, {@code Amber}, {@code available Dec}. */
    static String display(String unit, Scorecard.Step step) {
        if (step.value() == null && step.rag() == null) {
            Matcher monthYear = MONTH_YEAR.matcher(step.expected() == null ? "" : step.expected());
            return "available " + (monthYear.matches() ? monthYear.group(1) : step.expected());
        }
        if (step.rag() != null) {
            return step.rag().charAt(0) + step.rag().substring(1).toLowerCase(Locale.ROOT);
        }
        String number = step.value().stripTrailingZeros().toPlainString();
        return unit.equals("PERCENT") ? number + "%" : number;
    }

    private static Scorecard.Step step(ResultSet rs) throws SQLException {
        return new Scorecard.Step(rs.getString("kind"), rs.getString("status"), rs.getBigDecimal("value"),
                rs.getString("rag"), rs.getString("expected"), rs.getString("note"), rs.getBigDecimal("previous_value"),
                rs.getString("previous_rag"), rs.getString("reason"), rs.getTimestamp("recorded_at").toInstant());
    }
}
