package io.plantrail.command.web;

/** The caller is signed in but may not do this to this aggregate, such as a lead updating another lead's action (403). */
public class NotAllowed extends RuntimeException {

    public NotAllowed(String message) {
        super(message);
    }
}
