package io.plantrail.query.evidence;

/** A checkpoint was asked for, but no event has a link yet. */
class NothingToCheckpoint extends RuntimeException {

    NothingToCheckpoint() {
        super("No event has been linked yet, so there is nothing to checkpoint.");
    }
}
