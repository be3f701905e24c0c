package io.plantrail.query.audit;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The audit log, a page at a time, oldest first: by position, the order the store took the events in. */
@RestController
class AuditLogController {

    static final String PATH = "/api/audit/events";

    /** The query string; every value arrives as text so that a bad one is a 400 that names it. */
    record Params(String plan, String actor, String type, String from, String to, String page, String size) {

        AuditFilter filter() {
            return AuditFilter.parse(plan, actor, type, from, to);
        }
    }

    private final AuditQueries queries;

    AuditLogController(AuditQueries queries) {
        this.queries = queries;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    AuditPage page(@ParameterObject Params params) {
        return queries.page(params.filter(), Paging.parse(params.page(), params.size()));
    }
}
