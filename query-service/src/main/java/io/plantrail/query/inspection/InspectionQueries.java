package io.plantrail.query.inspection;

import io.plantrail.query.inspection.InspectionViews.ActionRef;
import io.plantrail.query.inspection.InspectionViews.Area;
import io.plantrail.query.inspection.InspectionViews.Column;
import io.plantrail.query.inspection.InspectionViews.Grade;
import io.plantrail.query.inspection.InspectionViews.GradeTable;
import io.plantrail.query.inspection.InspectionViews.Judgement;
import io.plantrail.query.inspection.InspectionViews.Row;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads inspections from their read model; changes between assessments are worked out at read time. */
@Component
class InspectionQueries {

    /** Which inspections a question is about; every part is optional. */
    record Filter(String organisation, UUID plan, Integer year) {

        boolean matches(Column column) {
            return (organisation == null || column.organisation().equalsIgnoreCase(organisation))
                    && (plan == null || plan.equals(column.planId()))
                    && (year == null || year == column.year());
        }
    }

    private record JudgementRow(UUID inspectionId, long seq, String area, int grade, Integer previousGrade,
                                String reason) {
    }

    private final JdbcClient db;

    InspectionQueries(JdbcClient db) {
        this.db = db;
    }

    /** Newest year first, then in the order recorded. */
    private List<Column> all() {
        return db.sql("""
                        select inspection_id, plan_id, framework, year, source, inspected_on, organisation
                          from inspection order by year desc, recorded_at, inspection_id""")
                .query((rs, n) -> column(rs.getObject("inspection_id", UUID.class), rs.getObject("plan_id", UUID.class),
                        rs.getString("framework"), rs.getInt("year"), rs.getString("source"),
                        rs.getObject("inspected_on", LocalDate.class), rs.getString("organisation")))
                .list();
    }

    private static Column column(UUID id, UUID plan, String framework, int year, String source, LocalDate date,
                                 String organisation) {
        String label = source.equalsIgnoreCase(framework) ? framework + " " + year : source + " " + framework + " " + year;
        return new Column(id, label, framework, year, source, date, organisation, plan);
    }

    /** The aggregates an as-at answer replays: every inspection and every action one of them names. */
    List<String> aggregates() {
        List<String> ids = new ArrayList<>(db.sql("select inspection_id from inspection").query(UUID.class).list()
                .stream().map(UUID::toString).toList());
        ids.addAll(db.sql("select distinct action_id from inspection_area_action").query(UUID.class).list()
                .stream().map(UUID::toString).toList());
        return ids;
    }

    /**
     * With a year, the inspections of that year and the assessment before each of them, as a report sets this
     * year's grades beside last year's.
     */
    GradeTable grades(Filter filter) {
        List<Column> all = all();
        List<Column> columns = new ArrayList<>();
        for (Column column : all) {
            if (filter.matches(column)) {
                add(columns, column);
                if (filter.year() != null) {
                    previous(all, column).ifPresent(previous -> add(columns, previous));
                }
            }
        }
        columns.sort(Comparator.comparingInt(Column::year).reversed()
                .thenComparingInt(all::indexOf));
        Map<UUID, Map<String, JudgementRow>> grades = currentGrades(all);
        // Rows in the order the first column that grades an area graded it, as the report lists them.
        Map<String, String> areas = new LinkedHashMap<>();
        for (Column column : columns) {
            grades.getOrDefault(column.inspectionId(), Map.of())
                    .forEach((key, judgement) -> areas.putIfAbsent(key, judgement.area()));
        }
        List<Row> rows = new ArrayList<>();
        areas.forEach((key, area) -> {
            List<Grade> cells = new ArrayList<>();
            for (Column column : columns) {
                JudgementRow judgement = grades.getOrDefault(column.inspectionId(), Map.of()).get(key);
                Column previousColumn = previous(all, column).orElse(null);
                JudgementRow previous = previousColumn == null ? null
                        : grades.getOrDefault(previousColumn.inspectionId(), Map.of()).get(key);
                cells.add(judgement == null ? null : grade(judgement, previousColumn, previous));
            }
            rows.add(new Row(area, cells));
        });
        return new GradeTable(columns, rows);
    }

    private static Grade grade(JudgementRow judgement, Column previousColumn, JudgementRow previous) {
        if (previous == null) {
            return new Grade(judgement.grade(), InspectionViews.gradeLabel(judgement.grade()), null, null, null, null);
        }
        int change = judgement.grade() - previous.grade();
        return new Grade(judgement.grade(), InspectionViews.gradeLabel(judgement.grade()), previous.grade(),
                previousColumn.label(), change, change > 0 ? "UP" : change < 0 ? "DOWN" : "SAME");
    }

    private static void add(List<Column> columns, Column column) {
        if (!columns.contains(column)) {
            columns.add(column);
        }
    }

    /** The latest earlier assessment of the same organisation by the same source in the same framework. */
    private static Optional<Column> previous(List<Column> all, Column column) {
        return all.stream()
                .filter(other -> other.year() < column.year()
                        && other.source().equalsIgnoreCase(column.source())
                        && other.framework().equalsIgnoreCase(column.framework())
                        && other.organisation().equalsIgnoreCase(column.organisation()))
                .max(Comparator.comparingInt(Column::year));
    }

    /** Per inspection, the latest grade of each area (keyed case-insensitively), in the order first graded. */
    private Map<UUID, Map<String, JudgementRow>> currentGrades(List<Column> inspections) {
        Map<UUID, Map<String, JudgementRow>> grades = new LinkedHashMap<>();
        if (inspections.isEmpty()) {
            return grades;
        }
        db.sql("""
                        select inspection_id, seq, area, grade, previous_grade, reason from inspection_judgement
                         where inspection_id in (:ids) order by seq""")
                .param("ids", inspections.stream().map(Column::inspectionId).toList())
                .query((rs, n) -> new JudgementRow(rs.getObject("inspection_id", UUID.class), rs.getLong("seq"),
                        rs.getString("area"), rs.getInt("grade"), (Integer) rs.getObject("previous_grade"),
                        rs.getString("reason")))
                .list()
                .forEach(row -> grades.computeIfAbsent(row.inspectionId(), id -> new LinkedHashMap<>())
                        .merge(key(row.area()), row, (first, later) -> new JudgementRow(later.inspectionId(),
                                later.seq(), first.area(), later.grade(), later.previousGrade(), later.reason())));
        return grades;
    }

    Optional<InspectionViews.Inspection> find(UUID inspectionId) {
        List<Column> all = all();
        return all.stream().filter(column -> column.inspectionId().equals(inspectionId)).findFirst()
                .map(column -> {
                    List<Judgement> judgements = currentGrades(List.of(column))
                            .getOrDefault(inspectionId, Map.of()).values().stream()
                            .map(j -> new Judgement(j.area(), j.grade(), InspectionViews.gradeLabel(j.grade()),
                                    j.previousGrade(), j.reason()))
                            .toList();
                    return new InspectionViews.Inspection(column, judgements, areas(List.of(column)));
                });
    }

    InspectionViews.Areas areas(Filter filter) {
        List<Area> areas = areas(all().stream().filter(filter::matches).toList());
        return new InspectionViews.Areas(areas, areas.stream().filter(area -> area.actions().isEmpty()).toList());
    }

    /** Areas for development of the inspections, in the order they were named, each with its actions by ref. */
    private List<Area> areas(List<Column> inspections) {
        if (inspections.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> labels = new LinkedHashMap<>();
        inspections.forEach(column -> labels.put(column.inspectionId(), column.label()));
        Map<UUID, List<ActionRef>> actions = new LinkedHashMap<>();
        db.sql("""
                        select l.area_id, l.action_id, a.plan_id, a.ref, a.title, a.status
                          from inspection_area_action l
                          join inspection_area ar on ar.area_id = l.area_id
                          left join inspection_action a on a.action_id = l.action_id
                         where ar.inspection_id in (:ids) order by l.seq, a.ref""")
                .param("ids", List.copyOf(labels.keySet()))
                .query((rs, n) -> Map.entry(rs.getObject("area_id", UUID.class),
                        new ActionRef(rs.getObject("action_id", UUID.class), rs.getObject("plan_id", UUID.class),
                                rs.getString("ref"), rs.getString("title"), rs.getString("status"))))
                .list()
                .forEach(entry -> actions.computeIfAbsent(entry.getKey(), id -> new ArrayList<>()).add(entry.getValue()));
        return db.sql("""
                        select area_id, inspection_id, outcome_area, text from inspection_area
                         where inspection_id in (:ids) order by inspection_id, seq""")
                .param("ids", List.copyOf(labels.keySet()))
                .query((rs, n) -> {
                    UUID area = rs.getObject("area_id", UUID.class);
                    UUID inspection = rs.getObject("inspection_id", UUID.class);
                    return new Area(area, inspection, labels.get(inspection), rs.getString("outcome_area"),
                            rs.getString("text"), List.copyOf(actions.getOrDefault(area, List.of())));
                })
                .list().stream()
                .sorted(Comparator.comparingInt(area -> List.copyOf(labels.keySet()).indexOf(area.inspectionId())))
                .toList();
    }

    private static String key(String area) {
        return area.strip().toLowerCase(Locale.ROOT);
    }
}
