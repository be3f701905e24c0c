package io.plantrail.platform.database;

/** Stops start-up with a message that says which setting to supply. */
public class NoDatabaseConfigured extends RuntimeException {

    public NoDatabaseConfigured(String message) {
        super(message);
    }
}
