package io.plantrail.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.Locale;
import java.util.UUID;

/**
 * What both services' error handling shares: RFC 9457 problems with a stable {@code urn:plantrail:problem:}
 * type for every 4xx, Spring's own included, and a 500 that names only a trace id, the details going to the log.
 * Each service's advice extends this with the failures of its own.
 */
public abstract class ProblemResponses extends ResponseEntityExceptionHandler {

    public static final String PREFIX = "urn:plantrail:problem:";
    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    public static ProblemDetail problem(HttpStatus status, String code, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(PREFIX + code));
        problem.setTitle(title);
        return problem;
    }

    /** The database cannot be reached or is restarting: nothing was done, and the client may simply retry. */
    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            TransientDataAccessException.class})
    protected ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) {
        log.warn("Database unavailable: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "2")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Try again shortly",
                        "The database is not reachable just now; nothing was recorded or read. Try again shortly."));
    }

    @ExceptionHandler(Exception.class)
    protected ProblemDetail unexpected(Exception e) {
        String traceId = UUID.randomUUID().toString();
        log.error("Unexpected failure, trace id {}", traceId, e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Quote trace id " + traceId + " when you report it.");
        problem.setTitle("Internal error");
        problem.setProperty("traceId", traceId);
        return problem;
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        // Spring's own 4xx answers (wrong method, unsupported media type, no such path) get a stable type as well.
        if (body instanceof ProblemDetail problem && status.is4xxClientError()
                && (problem.getType() == null || problem.getType().equals(URI.create("about:blank")))) {
            problem.setType(URI.create(PREFIX + slug(status)));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    /** not-found, method-not-allowed, unsupported-media-type, ...: the status's own name. */
    private static String slug(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "http-" + status.value() : known.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
