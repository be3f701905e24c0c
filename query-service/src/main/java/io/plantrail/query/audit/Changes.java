package io.plantrail.query.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Collects what an event changed. A field the event left as it was is not a change, so it is left out. */
final class Changes {

    private final List<Change> changes = new ArrayList<>();

    Changes field(String field, Object before, Object after) {
        Object was = plain(before);
        Object is = plain(after);
        if (!Objects.equals(was, is)) {
            changes.add(new Change(field, was, is));
        }
        return this;
    }

    List<Change> list() {
        return List.copyOf(changes);
    }

    /** State keeps enums by name, events carry them as enums: compare and store both the same way. */
    private static Object plain(Object value) {
        return value instanceof Enum<?> e ? e.name() : value;
    }
}
