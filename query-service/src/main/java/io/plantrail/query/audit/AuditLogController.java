package io.plantrail.query.audit;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The audit log, oldest first (by position, the order the store took the events in): a page of JSON, or with
 * {@code Accept: text/csv} or {@code application/x-ndjson} every matching row as a stream, which ignores paging.
 */
@RestController
class AuditLogController {

    static final String PATH = "/api/audit/events";
    static final String CSV = "text/csv";
    static final String NDJSON = "application/x-ndjson";

    /**
     * The query string; every value arrives as text so that a bad one is a 400 that names it. Exports ignore
     * {@code page} and {@code size}.
     */
    record Params(String plan, String actor, String type, String from, String to, String page, String size) {

        AuditFilter filter() {
            return AuditFilter.parse(plan, actor, type, from, to);
        }
    }

    private final AuditQueries queries;
    private final AuditExport export;

    AuditLogController(AuditQueries queries, AuditExport export) {
        this.queries = queries;
        this.export = export;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    AuditPage page(@ParameterObject Params params) {
        return queries.page(params.filter(), Paging.parse(params.page(), params.size()));
    }

    @GetMapping(path = PATH, produces = CSV)
    ResponseEntity<StreamingResponseBody> csv(@ParameterObject Params params) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(CSV + ";charset=UTF-8;header=present"))
                .body(export.csv(params.filter()));
    }

    @GetMapping(path = PATH, produces = NDJSON)
    ResponseEntity<StreamingResponseBody> ndjson(@ParameterObject Params params) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(NDJSON + ";charset=UTF-8"))
                .body(export.ndjson(params.filter()));
    }
}
