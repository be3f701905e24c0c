package io.plantrail.query.scorecard;

import io.plantrail.query.asat.AsAtReplay;
import io.plantrail.query.asat.AsOf;
import io.plantrail.query.web.Csv;
import io.plantrail.query.web.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code GET /api/plans/{planId}/scorecard?period=2011/12 Q2}: now, or with {@code asOf} as the service knew it then
 * (the same projection and query over the events recorded up to that instant, see {@link AsAtReplay}). JSON by
 * default, CSV for {@code Accept: text/csv}.
 */
@RestController
class ScorecardController {

    static final String PATH = "/api/plans/{planId}/scorecard";

    private final ScorecardQueries queries;
    private final ScorecardProjection projection;
    private final AsAtReplay asAt;

    ScorecardController(ScorecardQueries queries, ScorecardProjection projection, AsAtReplay asAt) {
        this.queries = queries;
        this.projection = projection;
        this.asAt = asAt;
    }

    @GetMapping(PATH)
    Scorecard json(@PathVariable UUID planId,
                   @RequestParam(required = false) String period,
                   @RequestParam(name = AsOf.PARAMETER, required = false) String asOf) {
        return scorecard(planId, period, asOf);
    }

    @GetMapping(path = PATH, produces = Csv.MEDIA_TYPE_VALUE)
    ResponseEntity<String> csv(@PathVariable UUID planId,
                               @RequestParam(required = false) String period,
                               @RequestParam(name = AsOf.PARAMETER, required = false) String asOf) {
        Scorecard scorecard = scorecard(planId, period, asOf);
        return ScorecardCsv.of(scorecard).response("scorecard-" + scorecard.period().replace('/', '-')
                .replace(' ', '-') + ".csv");
    }

    private Scorecard scorecard(UUID planId, String period, String asOf) {
        ScorecardPeriod quarter = ScorecardPeriod.parse("period", period);
        if (asOf == null) {
            return queries.find(planId, quarter).orElseThrow(() -> new NotFound("plan", planId));
        }
        Instant at = AsOf.parse(asOf);
        return asAt.answer(at, queries.aggregatesOf(planId),
                        new AsAtReplay.Projection(projection, ScorecardProjection.TABLES),
                        () -> queries.find(planId, quarter))
                .orElseThrow(() -> new NotFound("plan as at " + at, planId));
    }
}
