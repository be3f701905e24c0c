package io.plantrail.query.web;

/** A query names a plan or action the read models do not know (HTTP 404). */
public class NotFound extends RuntimeException {

    public NotFound(String what, Object id) {
        super("No " + what + " with id " + id + ".");
    }
}
