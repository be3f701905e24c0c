package io.plantrail.query.config;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs each projection event handler inside a savepoint. A failing SQL statement aborts a whole PostgreSQL
 * transaction, so without one the dead-letter queue could not park the failed event in the batch's own
 * transaction, and the segment would stop instead. Applies only to projections (components with a
 * {@link ProcessingGroup}), never to aggregates.
 */
@Component
class SavepointPerEvent implements HandlerEnhancerDefinition {

    private final TransactionTemplate savepoint;

    SavepointPerEvent(PlatformTransactionManager transactions) {
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        boolean projectionHandler = original.canHandleMessageType(EventMessage.class)
                && original.declaringClass().isAnnotationPresent(ProcessingGroup.class);
        return projectionHandler ? new InSavepoint<>(original) : original;
    }

    private final class InSavepoint<T> extends WrappedMessageHandlingMember<T> {

        InSavepoint(MessageHandlingMember<T> delegate) {
            super(delegate);
        }

        @Override
        public Object handle(Message<?> message, T target) throws Exception {
            try {
                return savepoint.execute(status -> {
                    try {
                        return super.handle(message, target);
                    } catch (Exception e) {
                        throw new HandlerFailed(e);
                    }
                });
            } catch (HandlerFailed failed) {
                throw failed.cause;
            }
        }
    }

    /** Carries a handler's checked exception out of the savepoint, which has rolled back by then. */
    private static final class HandlerFailed extends RuntimeException {

        private final Exception cause;

        HandlerFailed(Exception cause) {
            super(cause);
            this.cause = cause;
        }
    }
}
