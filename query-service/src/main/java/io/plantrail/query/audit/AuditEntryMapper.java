package io.plantrail.query.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/** Turns an audit row into its view; the changes come back as plain values, read with the mapper that wrote them. */
@Component
class AuditEntryMapper implements RowMapper<AuditEntry> {

    static final String COLUMNS = """
            position, type, recorded, actor, reason, changes, plan_id, action_id, sequence_number, event_id,
            correlation_id, idempotency_key, aggregate_id""";

    private static final TypeReference<List<Change>> CHANGES = new TypeReference<>() { };

    private final ObjectMapper json;

    AuditEntryMapper(ObjectMapper eventObjectMapper) {
        this.json = eventObjectMapper;
    }

    @Override
    public AuditEntry mapRow(ResultSet rs, int rowNum) throws SQLException {
        return new AuditEntry(rs.getLong("position"), rs.getString("type"),
                rs.getTimestamp("recorded").toInstant(), rs.getString("actor"), rs.getString("reason"),
                changes(rs.getString("changes")), rs.getObject("plan_id", UUID.class),
                rs.getObject("action_id", UUID.class), rs.getLong("sequence_number"), rs.getString("event_id"),
                rs.getString("correlation_id"), rs.getString("idempotency_key"),
                rs.getString("aggregate_id"));
    }

    private List<Change> changes(String value) {
        try {
            return json.readValue(value, CHANGES);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
