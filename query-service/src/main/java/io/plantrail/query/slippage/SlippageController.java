package io.plantrail.query.slippage;

import io.plantrail.query.asat.AsAtReplay;
import io.plantrail.query.asat.AsOf;
import io.plantrail.query.asat.PlanAggregates;
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
    private final SlippageProjection projection;
    private final AsAtReplay asAt;
    private final PlanAggregates aggregates;

    SlippageController(SlippageQueries queries, SlippageProjection projection, AsAtReplay asAt,
                       PlanAggregates aggregates) {
        this.queries = queries;
        this.projection = projection;
        this.asAt = asAt;
        this.aggregates = aggregates;
    }

    /**
     * @param plan a plan id; every plan when absent. Text, so that a malformed id is a 400 naming it.
     * @param asOf the ledger as the service knew it at this instant (or the end of this date)
     */
    @GetMapping(PATH)
    SlippageLedger json(@RequestParam(required = false) String plan, @RequestParam(required = false) String asOf) {
        return ledger(plan(plan), asOf);
    }

    @GetMapping(path = PATH, produces = Csv.MEDIA_TYPE_VALUE)
    ResponseEntity<String> csv(@RequestParam(required = false) String plan,
                               @RequestParam(required = false) String asOf) {
        return SlippageCsv.of(ledger(plan(plan), asOf)).response("slippage.csv");
    }

    private SlippageLedger ledger(UUID plan, String asOf) {
        if (asOf == null) {
            return queries.ledger(plan);
        }
        return asAt.answer(AsOf.parse(asOf), aggregates.of(plan),
                new AsAtReplay.Projection(projection, SlippageProjection.TABLES), () -> queries.ledger(plan));
    }

    private UUID plan(String raw) {
        UUID plan = QueryParameters.id("plan", raw);
        if (plan != null && !queries.planExists(plan)) {
            throw new NotFound("plan", plan);
        }
        return plan;
    }
}
