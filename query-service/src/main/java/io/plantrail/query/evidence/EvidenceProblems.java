package io.plantrail.query.evidence;

import io.plantrail.platform.web.ProblemResponses;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The evidence endpoints' own refusals; ahead of the service's catch-all advice, which would make them 500s. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class EvidenceProblems {

    @ExceptionHandler(NoSigningKey.class)
    ProblemDetail noSigningKey(NoSigningKey e) {
        return ProblemResponses.problem(HttpStatus.CONFLICT, "no-signing-key", "No signing key", e.getMessage());
    }
}
