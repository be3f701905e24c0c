package io.plantrail.query.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    @Test
    void quotesOnlyFieldsThatNeedItAndDoublesQuotes() {
        assertThat(Csv.field("plain text")).isEqualTo("plain text");
        assertThat(Csv.field("a, b")).isEqualTo("\"a, b\"");
        assertThat(Csv.field("say \"yes\"")).isEqualTo("\"say \"\"yes\"\"\"");
        assertThat(Csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.field("carriage\rreturn")).isEqualTo("\"carriage\rreturn\"");
        assertThat(Csv.field(null)).isEmpty();
        assertThat(Csv.field(42L)).isEqualTo("42");
    }

    @Test
    void keepsSpreadsheetsFromRunningTextAsAFormula() {
        assertThat(Csv.field("=HYPERLINK(\"http://evil.example\",\"click\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"");
        assertThat(Csv.field("+44 20 7946 0000")).isEqualTo("'+44 20 7946 0000");
        assertThat(Csv.field("-1 day")).isEqualTo("'-1 day");
        assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.field(-3)).isEqualTo("-3");
        assertThat(Csv.field("Chair appointed = done")).isEqualTo("Chair appointed = done");
    }

    @Test
    void endsEveryRecordWithCrLf() throws IOException {
        StringWriter out = new StringWriter();

        Csv.writeRecord(out, Arrays.asList("a", null, "b,c"));
        Csv.writeRecord(out, Arrays.asList("d"));

        assertThat(out).hasToString("a,,\"b,c\"\r\nd\r\n");
    }
}
