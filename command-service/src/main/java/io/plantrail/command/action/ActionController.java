package io.plantrail.command.action;

import io.plantrail.command.web.CommandAnswer;
import io.plantrail.command.web.Commands;
import io.plantrail.command.web.IfMatch;
import io.plantrail.events.ActionId;
import io.plantrail.events.Lead;
import io.plantrail.events.LeadKind;
import io.plantrail.events.PlanId;
import io.plantrail.events.Rag;
import jakarta.validation.Valid;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@RestController
class ActionController {

    private final Commands commands;
    private final Clock clock;

    ActionController(Commands commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    record LeadRequest(@NotBlank @Size(max = 200) String name, @NotNull LeadKind kind) {

        Lead toLead() {
            return new Lead(name.strip(), kind);
        }
    }

    /** {@code leads: []} means the plan says TBC; a missing timescale likewise. */
    record AddActionRequest(UUID id,
                            @NotBlank @Pattern(regexp = "[0-9A-Za-z][0-9A-Za-z.\\-]{0,31}",
                                    message = "must be a short reference such as 1.1 or 3.2a") String ref,
                            @NotNull @Min(1) @Max(999) Integer aim,
                            @NotBlank @Size(max = 1000) String title,
                            @Size(max = 20) List<@Valid @NotNull LeadRequest> leads,
                            @Valid TimescaleRequest timescale) {
    }

    record RecordProgressRequest(@NotBlank @Size(max = 10_000) String narrative,
                                 Rag rag,
                                 LocalDate asOf,
                                 String period) {
    }

    @PostMapping("/api/plans/{planId}/actions")
    ResponseEntity<CommandAnswer> add(@PathVariable UUID planId, @Valid @RequestBody AddActionRequest body) {
        ActionId actionId = body.id() == null ? ActionId.random() : new ActionId(body.id());
        List<Lead> leads = body.leads() == null ? List.of() : body.leads().stream().map(LeadRequest::toLead).toList();
        TimescaleRequest timescale = body.timescale() == null ? TimescaleRequest.TBC : body.timescale();
        CommandAnswer answer = commands.send(new AddAction(actionId, new PlanId(planId), body.ref(), body.aim(),
                body.title().strip(), leads, timescale.resolve()));
        return answer.created("/api/actions/" + actionId);
    }

    @PostMapping("/api/actions/{actionId}/progress")
    ResponseEntity<CommandAnswer> recordProgress(@PathVariable UUID actionId,
                                                 @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                 @Valid @RequestBody RecordProgressRequest body) {
        LocalDate today = LocalDate.now(clock);
        CommandAnswer answer = commands.send(new RecordProgress(new ActionId(actionId), body.narrative().strip(),
                body.rag(), body.asOf() == null ? today : body.asOf(), ReportingPeriod.normalise(body.period()),
                today, IfMatch.expectedVersion(ifMatch)));
        return answer.created("/api/actions/" + actionId + "/history");
    }
}
