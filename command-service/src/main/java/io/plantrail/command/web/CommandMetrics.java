package io.plantrail.command.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.common.AxonTransientException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * Times every command {@link Commands} sends, tagged with the command's type and its outcome: {@code success}, or
 * the problem type the refusal answers with ({@code action-already-closed}, {@code stale-version}, ...), or
 * {@code error} for anything {@link ProblemAdvice} would answer with a 500.
 */
@Component
class CommandMetrics {

    static final String NAME = "plantrail.commands";
    static final String SUCCESS = "success";
    static final String ERROR = "error";

    private final MeterRegistry registry;

    CommandMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    <T> T time(Object command, Supplier<T> send) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = ERROR;
        try {
            T answer = send.get();
            outcome = SUCCESS;
            return answer;
        } catch (RuntimeException e) {
            outcome = outcome(e);
            throw e;
        } finally {
            sample.stop(Timer.builder(NAME)
                    .description("Commands by type and outcome (success or the refusal's problem type), with latency")
                    .tag("command", command.getClass().getSimpleName())
                    .tag("outcome", outcome)
                    .register(registry));
        }
    }

    /** The last part of the problem type ProblemAdvice answers with; keep the two in step. */
    static String outcome(RuntimeException e) {
        if (e instanceof DomainRuleViolation violation) {
            return violation.code();
        }
        if (e instanceof InvalidInput) {
            return "invalid-input";
        }
        if (e instanceof NotFound || e instanceof AggregateNotFoundException
                || e instanceof IncompatibleAggregateException) {
            return "not-found";
        }
        if (e instanceof AggregateStreamCreationException) {
            return "already-exists";
        }
        if (e instanceof IdempotencyKeyReused) {
            return "idempotency-key-reused";
        }
        if (e instanceof ConflictingAggregateVersionException) {
            return "stale-version";
        }
        if (e instanceof EventStoreException || e instanceof AxonTransientException) {
            return "unavailable";
        }
        return ERROR;
    }
}
