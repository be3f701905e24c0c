package io.plantrail.command.web;

/**
 * A command refused because of the current state (HTTP 409). {@link #code()} is stable: clients branch on the
 * problem type {@code urn:plantrail:problem:<code>}, never on the message.
 */
public abstract class DomainRuleViolation extends RuntimeException {

    private final String code;

    protected DomainRuleViolation(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
