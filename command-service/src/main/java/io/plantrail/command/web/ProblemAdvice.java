package io.plantrail.command.web;

import io.plantrail.platform.web.ProblemResponses;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.common.AxonTransientException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns every refusal into RFC 9457 problem+json with a stable {@code type}. Anything unforeseen is a 500 that
 * names a trace id and nothing else; the details go to the log under that id.
 */
@RestControllerAdvice
class ProblemAdvice extends ProblemResponses {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalidInput(InvalidInput e) {
        return invalid(e.getMessage(), List.of(new FieldError(e.field(), e.getMessage())));
    }

    @ExceptionHandler(DomainRuleViolation.class)
    ProblemDetail ruleViolated(DomainRuleViolation e) {
        return problem(HttpStatus.CONFLICT, e.code(), "The current state does not allow this", e.getMessage());
    }

    @ExceptionHandler(NotAllowed.class)
    ProblemDetail notAllowed(NotAllowed e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", e.getMessage());
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ProblemDetail alreadyExists(AggregateStreamCreationException e) {
        return problem(HttpStatus.CONFLICT, "already-exists", "Already exists",
                "Something with this id already exists; choose another id or leave it to the server.");
    }

    /** IncompatibleAggregateException: the id belongs to another kind of aggregate, e.g. a plan's id on /actions. */
    @ExceptionHandler({NotFound.class, AggregateNotFoundException.class, MethodArgumentTypeMismatchException.class,
            IncompatibleAggregateException.class})
    ProblemDetail notFound(Exception e) {
        String detail = e instanceof NotFound ? e.getMessage() : "No plan, action, measure or inspection has this id.";
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", detail);
    }

    @ExceptionHandler(IdempotencyKeyReused.class)
    ProblemDetail keyReused(IdempotencyKeyReused e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", "Idempotency key reused",
                e.getMessage());
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ProblemDetail staleVersion(ConflictingAggregateVersionException e) {
        return problem(HttpStatus.PRECONDITION_FAILED, "stale-version", "Stale version",
                "The version in If-Match is " + e.getExpectedVersion() + " but the current version is "
                        + e.getActualVersion() + ". Read it again and decide with the current state.");
    }

    @ExceptionHandler({EventStoreException.class, AxonTransientException.class})
    ResponseEntity<ProblemDetail> storeUnavailable(Exception e) {
        log.warn("Event store unavailable", e);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "1")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Try again shortly",
                        "The event store could not take the change; nothing was recorded."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(invalid("The request has invalid fields.", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<FieldError> errors = e.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()
                ? List.of(new FieldError(path(jackson), expectation(jackson)))
                : List.of();
        return ResponseEntity.badRequest().body(invalid(
                errors.isEmpty() ? "The body is not valid JSON." : "The body has a value that cannot be read.",
                errors));
    }

    /** Says what the field takes: the allowed values of an enum, else the kind of value. */
    private static String expectation(JacksonException e) {
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> type = mismatch.getTargetType();
            if (type.isEnum()) {
                return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                        .collect(Collectors.joining(", "));
            }
            return "must be " + describe(type);
        }
        return "has a value that cannot be read";
    }

    private static String describe(Class<?> type) {
        if (type == LocalDate.class) {
            return "a date such as 2010-01-31";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type == String.class) {
            return "text (a JSON string without NUL characters)";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        return "a " + type.getSimpleName();
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static ProblemDetail invalid(String detail, List<FieldError> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", detail);
        problem.setProperty("errors", errors.stream()
                .map(error -> Map.of("field", error.field(), "message", error.message()))
                .toList());
        return problem;
    }

    private record FieldError(String field, String message) {
    }
}
