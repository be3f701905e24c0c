package io.plantrail.command.web;

/** An Idempotency-Key already answered a different request (HTTP 422). */
class IdempotencyKeyReused extends RuntimeException {

    IdempotencyKeyReused(String key) {
        super("The Idempotency-Key " + key + " was already used for a different request; use a new key.");
    }
}
