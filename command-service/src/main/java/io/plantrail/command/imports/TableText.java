package io.plantrail.command.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits pasted table text into lines of cells, keeping each line's number in the file so a report can point at
 * it. Tab- and comma-separated text are read alike: a cell that starts with a double quote runs to the closing
 * quote, across line breaks too (as spreadsheets export a cell with several paragraphs), and {@code ""} inside it
 * is one quote. A quote that never closes is read as an ordinary character, so one stray quote in OCR'd text
 * cannot swallow the rest of the file.
 */
final class TableText {

    /** One record of the table: the line it starts on (1-based) and its cells, each stripped. */
    record Line(int number, List<String> cells) {

        boolean isBlank() {
            return cells.stream().allMatch(String::isEmpty);
        }

        String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }

        /** The cells that hold something, in order. */
        List<String> filled() {
            return cells.stream().filter(cell -> !cell.isEmpty()).toList();
        }

        /** The whole line as one text, for headings split across cells and for the report. */
        String joined() {
            return String.join(" ", filled());
        }
    }

    private TableText() {
    }

    /** Tab when any line has one, else comma: a pasted Word table has tabs, a CSV export has none. */
    static char guessDelimiter(String text) {
        return text.indexOf('\t') >= 0 ? '\t' : ',';
    }

    static List<Line> read(String text, char delimiter) {
        String plain = clean(text);
        List<Line> lines = new ArrayList<>();
        int at = 0;
        int lineNumber = 1;
        while (at < plain.length()) {
            int start = lineNumber;
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean endOfLine = false;
            while (at < plain.length() && !endOfLine) {
                char c = plain.charAt(at);
                int close = c == '"' && cell.toString().isBlank() ? closingQuote(plain, at + 1, delimiter) : -1;
                if (close >= 0) {
                    String quoted = plain.substring(at + 1, close);
                    lineNumber += count(quoted, '\n');
                    cell.setLength(0);
                    cell.append(quoted.replace("\"\"", "\""));
                    at = close + 1;
                } else if (c == delimiter) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                    at++;
                } else if (c == '\n') {
                    endOfLine = true;
                    lineNumber++;
                    at++;
                } else {
                    cell.append(c);
                    at++;
                }
            }
            cells.add(cell.toString());
            lines.add(new Line(start, cells.stream().map(TableText::tidy).toList()));
        }
        return lines;
    }

    /**
     * The index of the quote that closes a quoted cell opened before {@code from}, or -1: a closing quote is
     * followed by the delimiter or the end of the line, so {@code "Early Start" service} is plain text.
     */
    private static int closingQuote(String text, int from, char delimiter) {
        int at = from;
        while (at < text.length()) {
            int quote = text.indexOf('"', at);
            if (quote < 0) {
                return -1;
            }
            if (quote + 1 < text.length() && text.charAt(quote + 1) == '"') {
                at = quote + 2; // an escaped quote inside the cell
                continue;
            }
            int next = quote + 1;
            while (next < text.length() && text.charAt(next) == ' ') {
                next++;
            }
            boolean ends = next == text.length() || text.charAt(next) == delimiter || text.charAt(next) == '\n';
            return ends ? quote : -1;
        }
        return -1;
    }

    /**
     * Line ends of every platform become {@code \n}; a byte-order mark, NUL and other control characters go
     * (PostgreSQL text cannot hold NUL); no-break spaces become spaces.
     */
    private static String clean(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(unified.length());
        for (int i = 0; i < unified.length(); i++) {
            char c = unified.charAt(i);
            if (c == '\uFEFF' || (Character.isISOControl(c) && c != '\n' && c != '\t')) {
                continue;
            }
            out.append(c == '\u00A0' || c == '\u2007' || c == '\u202F' ? ' ' : c);
        }
        return out.toString();
    }

    /** Runs of spaces inside a cell are one space; a paragraph break inside a quoted cell is kept. */
    private static String tidy(String cell) {
        return cell.replaceAll("[ \\t]+", " ").replaceAll(" *\\n *", "\n").strip();
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
