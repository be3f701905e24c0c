package io.plantrail.query.overdue;

import io.plantrail.query.web.Csv;
import io.plantrail.query.web.NotFound;
import io.plantrail.query.web.QueryParameters;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;

/** {@code GET /api/reports/overdue}: JSON by default, CSV for {@code Accept: text/csv}. */
@RestController
class OverdueController {

    static final String PATH = "/api/reports/overdue";

    private final OverdueQueries queries;
    private final Clock clock;

    OverdueController(OverdueQueries queries, Clock clock) {
        this.queries = queries;
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
     */
    record Parameters(String plan, String lead, String on, String dueWithin, String staleDays) {
    }

    @GetMapping(PATH)
    OverdueReport json(@ParameterObject Parameters parameters) {
        return queries.report(criteria(parameters));
    }

    @GetMapping(path = PATH, produces = Csv.MEDIA_TYPE_VALUE)
    ResponseEntity<String> csv(@ParameterObject Parameters parameters) {
        OverdueReport report = queries.report(criteria(parameters));
        return OverdueCsv.of(report).response("overdue-" + report.on() + ".csv");
    }

    private OverdueCriteria criteria(Parameters parameters) {
        OverdueCriteria criteria = new OverdueCriteria(
                QueryParameters.date("on", parameters.on(), LocalDate.now(clock)),
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
