package io.plantrail.query.overdue;

import io.plantrail.query.asat.AsAtReplay;
import io.plantrail.query.asat.AsOf;
import io.plantrail.query.asat.PlanAggregates;
import io.plantrail.query.web.Csv;
import io.plantrail.query.web.NotFound;
import io.plantrail.query.web.QueryParameters;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** {@code GET /api/reports/overdue}: JSON by default, CSV for {@code Accept: text/csv}. */
@RestController
class OverdueController {

    static final String PATH = "/api/reports/overdue";

    private final OverdueQueries queries;
    private final OverdueProjection projection;
    private final AsAtReplay asAt;
    private final PlanAggregates aggregates;
    private final Clock clock;

    OverdueController(OverdueQueries queries, OverdueProjection projection, AsAtReplay asAt,
                      PlanAggregates aggregates, Clock clock) {
        this.queries = queries;
        this.projection = projection;
        this.asAt = asAt;
        this.aggregates = aggregates;
        this.clock = clock;
    }

    /**
     * The parameters as the client wrote them; all optional. Taken as text so that a malformed value is
     * answered as a 400 naming it.
     *
     * @param plan      a plan id
     * @param lead      a lead's name, any case; matches actions it currently leads
     * @param on        the reference date, YYYY-MM-DD; today when absent
     * @param dueWithin days after {@code on}: lists actions due in that window
     * @param staleDays days before {@code on}: lists open actions with no progress in that window
     * @param asOf      the report as the service knew it at this instant (or the end of this date); {@code on}
     *                  then defaults to that day
     */
    record Parameters(String plan, String lead, String on, String dueWithin, String staleDays, String asOf) {
    }

    @GetMapping(PATH)
    OverdueReport json(@ParameterObject Parameters parameters) {
        return report(parameters);
    }

    @GetMapping(path = PATH, produces = Csv.MEDIA_TYPE_VALUE)
    ResponseEntity<String> csv(@ParameterObject Parameters parameters) {
        OverdueReport report = report(parameters);
        return OverdueCsv.of(report).response("overdue-" + report.on() + ".csv");
    }

    private OverdueReport report(Parameters parameters) {
        if (parameters.asOf() == null) {
            return queries.report(criteria(parameters, LocalDate.now(clock)));
        }
        Instant at = AsOf.parse(parameters.asOf());
        OverdueCriteria criteria = criteria(parameters, AsOf.day(at));
        return asAt.answer(at, aggregates.of(criteria.plan()),
                new AsAtReplay.Projection(projection, OverdueProjection.TABLES), () -> queries.report(criteria));
    }

    private OverdueCriteria criteria(Parameters parameters, LocalDate today) {
        OverdueCriteria criteria = new OverdueCriteria(
                QueryParameters.date("on", parameters.on(), today),
                QueryParameters.id("plan", parameters.plan()),
                QueryParameters.text("lead", parameters.lead()),
                QueryParameters.days("dueWithin", parameters.dueWithin()),
                QueryParameters.days("staleDays", parameters.staleDays()));
        if (criteria.plan() != null && !queries.planExists(criteria.plan())) {
            throw new NotFound("plan", criteria.plan());
        }
        return criteria;
    }
}
