package io.plantrail.query.web;

/** The projections did not reach the position a client asked to read from within the allowed wait (HTTP 503). */
class ProjectionsBehind extends RuntimeException {

    ProjectionsBehind(long position) {
        super("The read models have not yet caught up with position " + position + "; try again shortly.");
    }
}
