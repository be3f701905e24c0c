package io.plantrail.query.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A CSV answer as RFC 4180 writes it: CRLF after every record, a header record first, and a field quoted (with
 * its quotes doubled) only when it holds a comma, a quote or a line break. An absent value is an empty field.
 * Text that a spreadsheet would run as a formula (a narrative beginning with "=", "+", "-" or "@") is prefixed
 * with an apostrophe, because councils open these files in Excel.
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
        out.append(record(Arrays.asList(fields))); // fields may be null, which List.of refuses
        return this;
    }

    /** One record, CRLF included; for answers streamed straight to the client. */
    public static void writeRecord(Writer writer, List<?> fields) throws IOException {
        writer.write(record(fields));
    }

    private static String record(List<?> fields) {
        StringBuilder record = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                record.append(',');
            }
            record.append(field(fields.get(i)));
        }
        return record.append("\r\n").toString();
    }

    /** The answer, offered as a download named {@code filename}. */
    public ResponseEntity<String> response(String filename) {
        return ResponseEntity.ok()
                .contentType(MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .body(out.toString());
    }

    static String field(Object value) {
        String text = value == null ? "" : value.toString();
        if (value instanceof CharSequence && startsLikeAFormula(text)) {
            text = "'" + text; // a spreadsheet shows the text instead of running it (OWASP: CSV injection)
        }
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** Text a spreadsheet would take for a formula; numbers are written as numbers and never start one. */
    private static boolean startsLikeAFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
