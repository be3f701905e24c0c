package io.plantrail.command.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.plantrail.command.web.InvalidInput;
import io.plantrail.platform.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /api/imports}: a table pasted from Word or a spreadsheet, as tab- or comma-separated text, with what
 * the table does not say (title, organisation, period) as query parameters. See the README, "Importing plans".
 */
@RestController
class ImportController {

    static final String TSV = "text/tab-separated-values";
    static final String CSV = "text/csv";

    private final PlanImport plans;
    private final ScorecardImport scorecards;
    private final Clock clock;

    ImportController(PlanImport plans, ScorecardImport scorecards, Clock clock) {
        this.plans = plans;
        this.scorecards = scorecards;
        this.clock = clock;
    }

    @PostMapping(path = "/api/imports", consumes = {TSV, CSV, MediaType.TEXT_PLAIN_VALUE})
    ResponseEntity<?> importTable(@RequestBody(required = false) byte[] body,
                                  @RequestHeader(name = "Content-Type") MediaType contentType,
                                  @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                  @RequestParam(required = false) String kind,
                                  @RequestParam(required = false) String title,
                                  @RequestParam(required = false) String organisation,
                                  @RequestParam(required = false) String period,
                                  @RequestParam(required = false) String status,
                                  @RequestParam(required = false) String planId,
                                  @RequestParam(required = false) String asOf,
                                  @RequestParam(required = false) String dryRun,
                                  @RequestParam(required = false) String skipUnreadable,
                                  @RequestParam(name = "post", required = false) List<String> posts,
                                  @RequestParam(name = "body", required = false) List<String> bodies) {
        if (idempotencyKey != null) {
            // Each command would otherwise answer the first one's answer; an import is idempotent by itself.
            throw new InvalidInput("Idempotency-Key", "is not taken by imports: importing the same text again "
                    + "creates nothing, so send it again without a key");
        }
        ImportOptions options = ImportOptions.from(new ImportOptions.Raw(kind, title, organisation, period, status,
                planId, asOf, dryRun, skipUnreadable, posts, bodies), LocalDate.now(clock));
        String text = decode(body, contentType);
        char delimiter = MediaType.valueOf(CSV).isCompatibleWith(contentType) ? ','
                : MediaType.valueOf(TSV).isCompatibleWith(contentType) ? '\t' : TableText.guessDelimiter(text);
        List<TableText.Line> lines = TableText.read(text, delimiter);
        if (options.kind() == ImportOptions.Kind.SCORECARD) {
            return scorecard(lines, options);
        }
        PlanTable table = new PlanTableReader(new LeadReader(options.posts(), options.bodies())).read(lines);
        ImportReport report = plans.run(table, options);
        return report.outcome() == ImportReport.Outcome.IMPORTED
                ? ResponseEntity.created(URI.create("/api/plans/" + report.plan().id())).body(report)
                : ResponseEntity.ok(report);
    }

    private ResponseEntity<?> scorecard(List<TableText.Line> lines, ImportOptions options) {
        ScorecardReport report = scorecards.run(ScorecardReader.read(lines), options);
        return report.outcome() == ImportReport.Outcome.IMPORTED
                ? ResponseEntity.created(URI.create("/api/plans/" + report.plan().id())).body(report)
                : ResponseEntity.ok(report);
    }

    /** One problem of a file, by line; {@code field} as in every other 400 of the API. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LineError(String field, Integer line, String message) {
    }

    @ExceptionHandler(ImportRefused.class)
    ProblemDetail refused(ImportRefused e) {
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.CONFLICT, "import-refused",
                "Import refused", e.getMessage());
        problem.setProperty("errors", e.problems().stream()
                .map(line -> new LineError(null, line.line(), line.message()))
                .toList());
        problem.setProperty("report", e.report());
        return problem;
    }

    @ExceptionHandler(NothingToImport.class)
    ProblemDetail nothing(NothingToImport e) {
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                e.getMessage());
        List<LineError> errors = new ArrayList<>();
        for (PlanTable.Row row : e.table().rows()) {
            if (row instanceof PlanTable.Unreadable unreadable) {
                unreadable.problems().forEach(message -> errors.add(new LineError("line " + row.line(), row.line(),
                        message)));
            }
        }
        if (errors.isEmpty()) {
            errors.add(new LineError("body", null, "no line of the text is a Strategic Aim heading or a row with a "
                    + "ref such as 1.1"));
        }
        problem.setProperty("errors", errors);
        return problem;
    }

    /**
     * UTF-8 unless the request names another charset; text that is not valid UTF-8 is most likely a Windows
     * spreadsheet export, so it is read as windows-1252 rather than refused.
     */
    private static String decode(byte[] body, MediaType contentType) {
        if (body == null || body.length == 0) {
            throw new InvalidInput("body", "is empty: send the table's text");
        }
        Charset named = contentType.getCharset();
        if (named != null) {
            return new String(body, named);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(body, Charset.forName("windows-1252"));
        }
    }
}
