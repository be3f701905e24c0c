package io.plantrail.command.web;

import org.springframework.http.ResponseEntity;

import java.net.URI;

/**
 * What every successful command answers: the aggregate, its version after the change (the sequence number of
 * its last event, so a new aggregate is at 0) and the global position of that event, which a client can pass
 * to the query side as {@code minPosition} to read its own write.
 */
public record CommandAnswer(String id, long version, long position) {

    /** 201 with the new resource's location. */
    public ResponseEntity<CommandAnswer> created(String location) {
        return ResponseEntity.created(URI.create(location)).eTag(etag()).body(this);
    }

    /** 200 for a change to something that already existed. */
    public ResponseEntity<CommandAnswer> ok() {
        return ResponseEntity.ok().eTag(etag()).body(this);
    }

    private String etag() {
        return "\"" + version + "\"";
    }
}
