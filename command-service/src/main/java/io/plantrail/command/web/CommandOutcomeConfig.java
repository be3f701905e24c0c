package io.plantrail.command.web;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Makes every command answer {@link AppendedEvents}: a command-bus interceptor replaces the handler's own return
 * value with a collector, and the event bus fills it as the command's events are appended. Doing it here keeps
 * aggregates free of answer-building code.
 */
@Configuration
class CommandOutcomeConfig {

    @Autowired
    void recordAppendedEvents(EventBus eventBus) {
        eventBus.registerDispatchInterceptor(new MessageDispatchInterceptor<EventMessage<?>>() {
            @Override
            public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
                return (index, event) -> {
                    AppendedEvents.record(event);
                    return event;
                };
            }
        });
    }

    @Autowired
    void answerWithOutcome(CommandBus commandBus, Idempotency idempotency, JdbcClient db) {
        commandBus.registerHandlerInterceptor((MessageHandlerInterceptor<CommandMessage<?>>) (unitOfWork, chain) -> {
            AppendedEvents appended = AppendedEvents.collectFor(unitOfWork);
            chain.proceed();
            // Registered after the handler ran, so it runs after the store has taken the events, in the same
            // transaction: the answer then needs nothing from the database once the change is committed.
            unitOfWork.onPrepareCommit(u -> appended.locateLast(db));
            MetaData metaData = unitOfWork.getMessage().getMetaData();
            if (metaData.containsKey(EventMetadata.IDEMPOTENCY_KEY)) {
                Idempotency.Request request = new Idempotency.Request(
                        (String) metaData.get(EventMetadata.IDEMPOTENCY_KEY),
                        (String) metaData.get(EventMetadata.REQUEST_HASH));
                unitOfWork.onPrepareCommit(u -> idempotency.remember(request, appended.last()));
            }
            return appended;
        });
    }
}
