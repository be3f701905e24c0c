package io.plantrail.query.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A CSV answer as RFC 4180 writes it: CRLF after every record, a header record first, and a field quoted (with
 * its quotes doubled) only when it holds a comma, a quote or a line break. An absent value is an empty field.
 */
public final class Csv {

    public static final String MEDIA_TYPE_VALUE = "text/csv";
    private static final MediaType MEDIA_TYPE = new MediaType("text", "csv",
            Map.of("charset", StandardCharsets.UTF_8.name(), "header", "present"));

    private final StringBuilder out = new StringBuilder();

    public Csv(String... header) {
        row((Object[]) header);
    }

    public Csv row(Object... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields[i]));
        }
        out.append("\r\n");
        return this;
    }

    /** The answer, offered as a download named {@code filename}. */
    public ResponseEntity<String> response(String filename) {
        return ResponseEntity.ok()
                .contentType(MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .body(out.toString());
    }

    private static String field(Object value) {
        String text = value == null ? "" : value.toString();
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
