package io.plantrail.command.imports;

import io.plantrail.command.web.InvalidInput;
import io.plantrail.events.PlanId;
import io.plantrail.events.PlanStatus;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What the caller says about a table beside its text. Read from plain strings, so that a malformed value is a
 * 400 naming the parameter rather than whatever a framework makes of it.
 */
record ImportOptions(Kind kind,
                     String title,
                     String organisation,
                     String period,
                     PlanStatus status,
                     PlanId planId,
                     LocalDate asOf,
                     boolean dryRun,
                     boolean skipUnreadable,
                     List<String> posts,
                     List<String> bodies) {

    enum Kind { PLAN, SCORECARD }

    /** Raw query parameters, as they came. */
    record Raw(String kind, String title, String organisation, String period, String status, String planId,
               String asOf, String dryRun, String skipUnreadable, List<String> posts, List<String> bodies) {
    }

    static ImportOptions from(Raw raw, LocalDate today) {
        Kind kind = kind(raw.kind());
        PlanStatus status = status(raw.status());
        LocalDate asOf = raw.asOf() == null || raw.asOf().isBlank() ? today : date("asOf", raw.asOf());
        if (asOf.isAfter(today)) {
            throw new InvalidInput("asOf", "asOf " + asOf + " is in the future; it can be today at the latest");
        }
        return new ImportOptions(kind,
                text("title", raw.title(), 300, kind == Kind.PLAN),
                text("organisation", raw.organisation(), 300, kind == Kind.PLAN),
                text("period", raw.period(), 40, kind == Kind.PLAN),
                status,
                raw.planId() == null || raw.planId().isBlank() ? null : planId(raw.planId()),
                asOf,
                flag("dryRun", raw.dryRun()),
                flag("skipUnreadable", raw.skipUnreadable()),
                names("post", raw.posts()),
                names("body", raw.bodies()));
    }

    /** The plan's id: the caller's, or one derived from its organisation, period and title. */
    PlanId plan() {
        return planId != null ? planId : ImportIds.plan(organisation, period, title);
    }

    private static Kind kind(String raw) {
        if (raw == null || raw.isBlank()) {
            return Kind.PLAN;
        }
        try {
            return Kind.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("kind", "must be plan or scorecard");
        }
    }

    private static PlanStatus status(String raw) {
        if (raw == null || raw.isBlank()) {
            return PlanStatus.DRAFT;
        }
        return switch (raw.strip().toUpperCase(Locale.ROOT)) {
            case "DRAFT" -> PlanStatus.DRAFT;
            case "ACTIVE" -> PlanStatus.ACTIVE;
            default -> throw new InvalidInput("status", "must be DRAFT or ACTIVE");
        };
    }

    private static String text(String field, String raw, int max, boolean required) {
        String text = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            if (required) {
                throw new InvalidInput(field, "is required: the table does not say it");
            }
            return null;
        }
        if (text.length() > max || text.indexOf('\0') >= 0) {
            throw new InvalidInput(field, "must be text of at most " + max + " characters");
        }
        return text;
    }

    private static PlanId planId(String raw) {
        try {
            return new PlanId(UUID.fromString(raw.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("planId", "must be a UUID");
        }
    }

    private static LocalDate date(String field, String raw) {
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "must be a date such as 2010-01-31");
        }
    }

    private static boolean flag(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return false;
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInput(field, "must be true or false");
        };
    }

    private static List<String> names(String field, List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        for (String name : raw) {
            if (name.length() > 200) {
                throw new InvalidInput(field, "a name may be at most 200 characters");
            }
        }
        return raw.stream().map(String::strip).filter(name -> !name.isEmpty()).toList();
    }
}
