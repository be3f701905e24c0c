package io.plantrail.query.inspection;

import io.plantrail.query.asat.AsAtReplay;
import io.plantrail.query.asat.AsOf;
import io.plantrail.query.web.InvalidParameter;
import io.plantrail.query.web.NotFound;
import io.plantrail.query.web.QueryParameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Inspections and their grades, now or with {@code asOf} as the service knew them then (see {@link AsAtReplay}).
 * Filters: {@code organisation} (any case), {@code plan}, {@code year}.
 */
@RestController
class InspectionController {

    private final InspectionQueries queries;
    private final InspectionProjection projection;
    private final AsAtReplay asAt;

    InspectionController(InspectionQueries queries, InspectionProjection projection, AsAtReplay asAt) {
        this.queries = queries;
        this.projection = projection;
        this.asAt = asAt;
    }

    /** The grades side by side by outcome area; with {@code year}, that year's beside the assessment before. */
    @GetMapping("/api/inspections/grades")
    InspectionViews.GradeTable grades(@RequestParam(required = false) String organisation,
                                      @RequestParam(required = false) String plan,
                                      @RequestParam(required = false) String year,
                                      @RequestParam(name = AsOf.PARAMETER, required = false) String asOf) {
        InspectionQueries.Filter filter = filter(organisation, plan, year);
        return answer(asOf, () -> queries.grades(filter));
    }

    /** Areas for development with the actions that answer them; {@code gaps} lists those no action answers. */
    @GetMapping("/api/inspections/areas-for-development")
    InspectionViews.Areas areas(@RequestParam(required = false) String organisation,
                                @RequestParam(required = false) String plan,
                                @RequestParam(required = false) String year,
                                @RequestParam(name = AsOf.PARAMETER, required = false) String asOf) {
        InspectionQueries.Filter filter = filter(organisation, plan, year);
        return answer(asOf, () -> queries.areas(filter));
    }

    @GetMapping("/api/inspections/{inspectionId}")
    InspectionViews.Inspection inspection(@PathVariable UUID inspectionId,
                                          @RequestParam(name = AsOf.PARAMETER, required = false) String asOf) {
        return answer(asOf, () -> queries.find(inspectionId))
                .orElseThrow(() -> new NotFound("inspection", inspectionId));
    }

    private <T> T answer(String asOf, Supplier<T> query) {
        if (asOf == null) {
            return query.get();
        }
        Instant at = AsOf.parse(asOf);
        return asAt.answer(at, queries.aggregates(),
                new AsAtReplay.Projection(projection, InspectionProjection.TABLES), query);
    }

    private static Integer year(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (!raw.strip().matches("\\d{4}")) {
            throw new InvalidParameter("year", "must be a year such as 2008");
        }
        return Integer.valueOf(raw.strip());
    }

    private static InspectionQueries.Filter filter(String organisation, String plan, String year) {
        return new InspectionQueries.Filter(QueryParameters.text("organisation", organisation),
                QueryParameters.id("plan", plan), year(year));
    }
}
