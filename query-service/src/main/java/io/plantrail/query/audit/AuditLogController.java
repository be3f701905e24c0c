package io.plantrail.query.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The audit log, oldest first (by position, the order the store took the events in): a page of JSON, or with
 * {@code Accept: text/csv} or {@code application/x-ndjson} every matching row as a stream, which ignores paging.
 * Every read is recorded in the {@link ReadLog} once its parameters are known to be good.
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
    private final ReadLog reads;

    AuditLogController(AuditQueries queries, AuditExport export, ReadLog reads) {
        this.queries = queries;
        this.export = export;
        this.reads = reads;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    AuditPage page(@ParameterObject Params params, HttpServletRequest request) {
        AuditFilter filter = params.filter();
        Paging paging = Paging.parse(params.page(), params.size());
        reads.record("audit-log", request.getQueryString(), "json");
        return queries.page(filter, paging);
    }

    @GetMapping(path = PATH, produces = CSV)
    ResponseEntity<StreamingResponseBody> csv(@ParameterObject Params params, HttpServletRequest request) {
        AuditFilter filter = params.filter();
        reads.record("audit-export", request.getQueryString(), "csv");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(CSV + ";charset=UTF-8;header=present"))
                .body(export.csv(filter));
    }

    @GetMapping(path = PATH, produces = NDJSON)
    ResponseEntity<StreamingResponseBody> ndjson(@ParameterObject Params params, HttpServletRequest request) {
        AuditFilter filter = params.filter();
        reads.record("audit-export", request.getQueryString(), "ndjson");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(NDJSON + ";charset=UTF-8"))
                .body(export.ndjson(filter));
    }
}
