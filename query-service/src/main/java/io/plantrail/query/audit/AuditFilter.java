package io.plantrail.query.audit;

import io.plantrail.query.web.InvalidParameter;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Which audit rows a query wants; absent parts match everything. {@code from} and {@code to} both include their
 * instant.
 */
record AuditFilter(UUID plan, String actor, String type, Instant from, Instant to) {

    static AuditFilter parse(String plan, String actor, String type, String from, String to) {
        AuditFilter filter = new AuditFilter(planId(plan), blankToNull(actor), eventType(type),
                TimeParameter.start("from", from), TimeParameter.end("to", to));
        if (filter.from != null && filter.to != null && filter.from.isAfter(filter.to)) {
            throw new InvalidParameter("from", "must not be after to");
        }
        return filter;
    }

    /** The SQL condition, starting with {@code where} when there is one, over the parameters of {@link #params()}. */
    String where() {
        List<String> conditions = new ArrayList<>();
        if (plan != null) {
            conditions.add("plan_id = :plan");
        }
        if (actor != null) {
            conditions.add("actor = :actor");
        }
        if (type != null) {
            conditions.add("type = :type");
        }
        if (from != null) {
            conditions.add("recorded >= :from");
        }
        if (to != null) {
            conditions.add("recorded <= :to");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    Map<String, Object> params() {
        Map<String, Object> params = new LinkedHashMap<>();
        putIfPresent(params, "plan", plan);
        putIfPresent(params, "actor", actor);
        putIfPresent(params, "type", type);
        putIfPresent(params, "from", from == null ? null : from.atOffset(ZoneOffset.UTC));
        putIfPresent(params, "to", to == null ? null : to.atOffset(ZoneOffset.UTC));
        return params;
    }

    private static void putIfPresent(Map<String, Object> params, String name, Object value) {
        if (value != null) {
            params.put(name, value);
        }
    }

    private static UUID planId(String raw) {
        if (blankToNull(raw) == null) {
            return null;
        }
        try {
            return UUID.fromString(raw.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter("plan", "must be a plan id (a UUID)");
        }
    }

    private static String eventType(String raw) {
        String type = blankToNull(raw);
        if (type != null && !EventTypes.NAMES.contains(type)) {
            throw new InvalidParameter("type", "must be one of " + String.join(", ", EventTypes.NAMES));
        }
        return type;
    }

    private static String blankToNull(String raw) {
        return raw == null || raw.isBlank() ? null : raw.trim();
    }
}
