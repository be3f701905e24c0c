package io.plantrail.query.audit;

import io.plantrail.query.web.Csv;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The audit log as a download: every matching row, written while it is read, so memory stays the same however long
 * the log. JSON values are written by the same mapper as the JSON answers, so an ndjson line equals a page's item.
 */
@Component
class AuditExport {

    static final List<String> CSV_HEADER = List.of("position", "type", "recorded", "actor", "reason", "changes",
            "planId", "actionId", "sequence", "eventId", "correlationId", "idempotencyKey", "aggregateId");

    private final AuditQueries queries;
    private final JsonMapper json;

    AuditExport(AuditQueries queries, JsonMapper jsonMapper) {
        this.queries = queries;
        this.json = jsonMapper;
    }

    StreamingResponseBody csv(AuditFilter filter) {
        return stream(filter, CSV_HEADER, (out, entry) -> Csv.writeRecord(out, Arrays.asList(entry.position(),
                entry.type(), entry.recorded(), entry.actor(), entry.reason(), json.writeValueAsString(entry.changes()),
                entry.planId(), entry.actionId(), entry.sequence(), entry.eventId(), entry.correlationId(),
                entry.idempotencyKey(), entry.aggregateId())));
    }

    StreamingResponseBody ndjson(AuditFilter filter) {
        return stream(filter, List.of(), (out, entry) -> {
            out.write(json.writeValueAsString(entry));
            out.write('\n');
        });
    }

    private StreamingResponseBody stream(AuditFilter filter, List<String> header, RowWriter rowWriter) {
        return body -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8));
            if (!header.isEmpty()) {
                Csv.writeRecord(out, header);
            }
            queries.export(filter, entry -> {
                try {
                    rowWriter.write(out, entry);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.flush();
        };
    }

    @FunctionalInterface
    private interface RowWriter {
        void write(Writer out, AuditEntry entry) throws IOException;
    }
}
