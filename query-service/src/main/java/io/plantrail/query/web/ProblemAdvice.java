package io.plantrail.query.web;

import io.plantrail.platform.web.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.util.List;
import java.util.Map;

/** RFC 9457 problem+json for every query failure, with the same stable types as the command service. */
@RestControllerAdvice
class ProblemAdvice extends ProblemResponses {

    @ExceptionHandler({NotFound.class, MethodArgumentTypeMismatchException.class})
    ProblemDetail notFound(Exception e) {
        String detail = e instanceof NotFound ? e.getMessage() : "Nothing has this id.";
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", detail);
    }

    @ExceptionHandler(InvalidParameter.class)
    ProblemDetail invalidParameter(InvalidParameter e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", e.getMessage());
        problem.setProperty("errors", List.of(Map.of("field", e.parameter(), "message", e.getMessage())));
        return problem;
    }

    @ExceptionHandler(ProjectionsBehind.class)
    ResponseEntity<ProblemDetail> behind(ProjectionsBehind e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "1")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "projections-behind", "Not caught up yet",
                        e.getMessage()));
    }

}
