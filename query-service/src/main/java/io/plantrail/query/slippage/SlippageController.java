package io.plantrail.query.slippage;

import io.plantrail.query.web.Csv;
import io.plantrail.query.web.NotFound;
import io.plantrail.query.web.QueryParameters;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** {@code GET /api/reports/slippage}: JSON by default, CSV for {@code Accept: text/csv}. */
@RestController
class SlippageController {

    static final String PATH = "/api/reports/slippage";

    private final SlippageQueries queries;

    SlippageController(SlippageQueries queries) {
        this.queries = queries;
    }

    /** @param plan a plan id; every plan when absent. Text, so that a malformed id is a 400 naming it. */
    @GetMapping(PATH)
    SlippageLedger json(@RequestParam(required = false) String plan) {
        return queries.ledger(plan(plan));
    }

    @GetMapping(path = PATH, produces = Csv.MEDIA_TYPE_VALUE)
    ResponseEntity<String> csv(@RequestParam(required = false) String plan) {
        return SlippageCsv.of(queries.ledger(plan(plan))).response("slippage.csv");
    }

    private UUID plan(String raw) {
        UUID plan = QueryParameters.id("plan", raw);
        if (plan != null && !queries.planExists(plan)) {
            throw new NotFound("plan", plan);
        }
        return plan;
    }
}
