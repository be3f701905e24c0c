package io.plantrail.command.web;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * A command sent without If-Match that loses a race for the next sequence number (another instance appended
 * first) is simply run again against the new state. Only that race is retried: a refusal, a stale If-Match or a
 * duplicate create is an answer, not a glitch.
 */
@Configuration
class ConcurrencyRetry {

    private static final int RETRY_INTERVAL_MILLIS = 20;
    private static final int MAX_RETRIES = 20;

    @Bean(destroyMethod = "shutdown")
    ScheduledExecutorService commandRetryExecutor() {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "command-retry");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    CommandGateway commandGateway(CommandBus commandBus, ScheduledExecutorService commandRetryExecutor) {
        IntervalRetryScheduler.Builder retries = IntervalRetryScheduler.builder()
                .retryExecutor(commandRetryExecutor)
                .retryInterval(RETRY_INTERVAL_MILLIS)
                .maxRetryCount(MAX_RETRIES);
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(new OnlyLostRaces(retries))
                .build();
    }

    private static final class OnlyLostRaces extends IntervalRetryScheduler {

        OnlyLostRaces(Builder builder) {
            super(builder);
        }

        @Override
        protected boolean isExplicitlyNonTransient(Throwable failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof ConcurrencyException) {
                    return false;
                }
            }
            return true;
        }
    }
}
