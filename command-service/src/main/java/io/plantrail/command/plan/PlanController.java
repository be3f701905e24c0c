package io.plantrail.command.plan;

import io.plantrail.command.web.CommandAnswer;
import io.plantrail.command.web.Commands;
import io.plantrail.command.web.IfMatch;
import io.plantrail.events.PlanId;
import io.plantrail.events.PlanStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@RequestMapping("/api/plans")
class PlanController {

    private final Commands commands;

    PlanController(Commands commands) {
        this.commands = commands;
    }

    /** A client may choose the id, which makes a retried create harmless. */
    record CreatePlanRequest(UUID id,
                             @NotBlank @Size(max = 300) String title,
                             @NotBlank @Size(max = 300) String organisation,
                             @NotBlank @Size(max = 40) String period,
                             PlanStatus status) {
    }

    record AddAimRequest(@NotNull @Min(1) @Max(999) Integer number,
                         @NotBlank @Size(max = 500) String title) {
    }

    @PostMapping
    ResponseEntity<CommandAnswer> create(@Valid @RequestBody CreatePlanRequest body) {
        PlanId planId = body.id() == null ? PlanId.random() : new PlanId(body.id());
        CommandAnswer answer = commands.send(new CreatePlan(planId, body.title().strip(), body.organisation().strip(),
                body.period().strip(), body.status()));
        return answer.created("/api/plans/" + answer.id()); // a replayed answer names the first plan, not planId
    }

    record ClosePlanRequest(@Size(max = 2000) String reason) {
    }

    @PostMapping("/{planId}/activate")
    ResponseEntity<CommandAnswer> activate(@PathVariable UUID planId,
                                           @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return commands.send(new ActivatePlan(new PlanId(planId), IfMatch.expectedVersion(ifMatch))).ok();
    }

    @PostMapping("/{planId}/close")
    ResponseEntity<CommandAnswer> close(@PathVariable UUID planId,
                                        @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                        @Valid @RequestBody(required = false) ClosePlanRequest body) {
        String reason = body == null || body.reason() == null ? null : body.reason().strip();
        return commands.send(new ClosePlan(new PlanId(planId), reason, IfMatch.expectedVersion(ifMatch))).ok();
    }

    @PostMapping("/{planId}/aims")
    ResponseEntity<CommandAnswer> addAim(@PathVariable UUID planId,
                                         @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                         @Valid @RequestBody AddAimRequest body) {
        CommandAnswer answer = commands.send(new AddStrategicAim(new PlanId(planId), body.number(),
                body.title().strip(), IfMatch.expectedVersion(ifMatch)));
        return answer.created("/api/plans/" + planId + "/aims/" + body.number());
    }
}
