package io.plantrail.command.measure;

import io.plantrail.command.action.ReportingPeriod;
import io.plantrail.command.web.CommandAnswer;
import io.plantrail.command.web.Commands;
import io.plantrail.command.web.IfMatch;
import io.plantrail.command.web.InvalidInput;
import io.plantrail.events.ActionId;
import io.plantrail.events.MeasureDirection;
import io.plantrail.events.MeasureId;
import io.plantrail.events.MeasureUnit;
import io.plantrail.events.MeasureValueStatus;
import io.plantrail.events.PlanId;
import io.plantrail.events.Rag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;

@RestController
class MeasureController {

    /** When a pending value is expected: a month as a scorecard writes it ({@code Dec 2011}) or a date. */
    private static final String EXPECTED = "[A-Za-z]{3,9}\\.? \\d{4}|\\d{4}-\\d{2}-\\d{2}";

    private final Commands commands;

    MeasureController(Commands commands) {
        this.commands = commands;
    }

    record DefineMeasureRequest(UUID id,
                                @NotBlank @Size(max = 500) String name,
                                @NotNull MeasureDirection direction,
                                @NotNull MeasureUnit unit,
                                @DecimalMin("0") BigDecimal tolerance,
                                @Min(1) @Max(999) Integer aim,
                                UUID action) {
    }

    /** {@code value}: a number, or RED/AMBER/GREEN for a measure rated by colour. */
    record TargetRequest(@NotBlank String period,
                         @NotNull JsonNode value,
                         @Size(max = 2000) String reason) {
    }

    /** Without {@code reason} the next step of the period's value; with it, a revision of the value reported. */
    record ValueRequest(@NotBlank String period,
                        JsonNode value,
                        @NotNull MeasureValueStatus status,
                        @Pattern(regexp = EXPECTED, message = "must be a month such as Dec 2011, or a date") String expected,
                        @Size(max = 2000) String note,
                        @Size(max = 2000) String reason) {
    }

    @PostMapping("/api/plans/{planId}/measures")
    ResponseEntity<CommandAnswer> define(@PathVariable UUID planId, @Valid @RequestBody DefineMeasureRequest body) {
        MeasureId measureId = body.id() == null ? MeasureId.random() : new MeasureId(body.id());
        CommandAnswer answer = commands.send(new DefineMeasure(measureId, new PlanId(planId), body.name().strip(),
                body.direction(), body.unit(), body.tolerance(), body.aim(),
                body.action() == null ? null : new ActionId(body.action())));
        return answer.created("/api/measures/" + answer.id());
    }

    @PostMapping("/api/measures/{measureId}/targets")
    ResponseEntity<CommandAnswer> target(@PathVariable UUID measureId,
                                         @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                         @Valid @RequestBody TargetRequest body) {
        return commands.send(new SetMeasureTarget(new MeasureId(measureId), period(body.period()),
                reading(body.value()), text(body.reason()), IfMatch.expectedVersion(ifMatch))).ok();
    }

    @PostMapping("/api/measures/{measureId}/values")
    ResponseEntity<CommandAnswer> value(@PathVariable UUID measureId,
                                        @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                        @Valid @RequestBody ValueRequest body) {
        MeasureId id = new MeasureId(measureId);
        String period = period(body.period());
        Reading value = reading(body.value());
        String reason = text(body.reason());
        Long expectedVersion = IfMatch.expectedVersion(ifMatch);
        Object command = reason == null
                ? new RecordMeasureValue(id, period, body.status(), value, text(body.expected()), text(body.note()),
                        expectedVersion)
                : new ReviseMeasureValue(id, period, body.status(), value, text(body.note()), reason, expectedVersion);
        return commands.send(command).ok();
    }

    private static String period(String text) {
        return ReportingPeriod.normalise(text);
    }

    private static Reading reading(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return new Reading(value.decimalValue(), null);
        }
        if (value.isString()) {
            try {
                return new Reading(null, Rag.valueOf(value.asString().strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException notARag) {
                // falls through to the refusal below
            }
        }
        throw new InvalidInput("value", "must be a number, or one of RED, AMBER, GREEN");
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
