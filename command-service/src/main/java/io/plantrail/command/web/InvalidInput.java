package io.plantrail.command.web;

/** Input a client sent that no state could accept (HTTP 400), naming the offending field. */
public class InvalidInput extends RuntimeException {

    private final String field;

    public InvalidInput(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
