package io.plantrail.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

import java.io.UncheckedIOException;

/**
 * Writes and reads the {@code jsonb} columns of read models with the events' own mapping, so a lead or a
 * timescale reads back exactly as the event carried it.
 */
@Component
public class JsonColumns {

    private final ObjectMapper json;

    JsonColumns(ObjectMapper eventObjectMapper) {
        this.json = eventObjectMapper;
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public <T> T read(String value, TypeReference<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
