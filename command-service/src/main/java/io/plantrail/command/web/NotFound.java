package io.plantrail.command.web;

/** A command names a plan or action that does not exist (HTTP 404). */
public class NotFound extends RuntimeException {

    public NotFound(String what, Object id) {
        super("No " + what + " with id " + id + ".");
    }
}
