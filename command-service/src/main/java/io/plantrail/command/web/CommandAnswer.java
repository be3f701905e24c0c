package io.plantrail.command.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * What every successful command answers: the aggregate, its version after the change (the sequence number of
 * its last event, so a new aggregate is at 0) and the global position of that event, which a client can pass
 * to the query side as {@code minPosition} to read its own write. {@code warnings} name what was accepted but
 * deserves a look, such as a timescale that could not be read as a date.
 */
public record CommandAnswer(String id,
                            long version,
                            long position,
                            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Warning> warnings) {

    public CommandAnswer(String id, long version, long position) {
        this(id, version, position, List.of());
    }

    public record Warning(String field, String message) {
    }

    public CommandAnswer withWarning(String field, String message) {
        List<Warning> all = new ArrayList<>(warnings);
        all.add(new Warning(field, message));
        return new CommandAnswer(id, version, position, List.copyOf(all));
    }

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
