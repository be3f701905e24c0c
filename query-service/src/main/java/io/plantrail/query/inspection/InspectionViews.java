package io.plantrail.query.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the inspection queries answer. */
final class InspectionViews {

    private InspectionViews() {
    }

    /**
     * Grades side by side, as an assessment report tabulates them: one column per inspection (newest year first,
     * then in the order recorded), one row per outcome area; a cell is null where that source gave no grade.
     */
    record GradeTable(List<Column> columns, List<Row> rows) {
    }

    /** {@code label} as a report heads the column: {@code Ofsted APA 2008}, {@code JAR 2008}. */
    record Column(UUID inspectionId, String label, String framework, int year, String source, LocalDate date,
                  String organisation, UUID planId) {
    }

    record Row(String area, List<Grade> grades) {
    }

    /**
     * A grade with its word, and the change from the previous assessment by the same source in the same framework
     * ({@code previousFrom} names it): {@code change} is the difference in grade, {@code trend} UP, SAME or DOWN.
     */
    record Grade(int grade, String label, Integer previous, String previousFrom, Integer change, String trend) {
    }

    /** An inspection with its grades (each with the grade it corrected, if any) and areas for development. */
    record Inspection(Column inspection, List<Judgement> judgements, List<Area> areasForDevelopment) {
    }

    record Judgement(String area, int grade, String label, Integer previousGrade, String reason) {
    }

    /** An area for development and the actions that answer it; none makes it a gap. */
    record Area(UUID areaId, UUID inspectionId, String inspection, String outcomeArea, String text,
                List<ActionRef> actions) {
    }

    record ActionRef(UUID actionId, UUID planId, String ref, String title, String status) {
    }

    /** {@code gaps} are the areas no action answers yet. */
    record Areas(List<Area> areas, List<Area> gaps) {
    }

    static String gradeLabel(int grade) {
        return switch (grade) {
            case 1 -> "Inadequate";
            case 2 -> "Adequate";
            case 3 -> "Good";
            case 4 -> "Outstanding";
            default -> null;
        };
    }
}
