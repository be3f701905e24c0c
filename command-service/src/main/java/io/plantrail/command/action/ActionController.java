package io.plantrail.command.action;

import io.plantrail.command.web.CommandAnswer;
import io.plantrail.command.web.Commands;
import io.plantrail.platform.security.Caller;
import io.plantrail.command.web.IfMatch;
import io.plantrail.command.web.InvalidInput;
import io.plantrail.events.ActionId;
import io.plantrail.events.ClosureOutcome;
import io.plantrail.events.Lead;
import io.plantrail.events.LeadKind;
import io.plantrail.events.PlanId;
import io.plantrail.events.Rag;
import io.plantrail.events.Timescale;
import io.plantrail.events.TimescalePrecision;
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
                                 String period,
                                 @Size(max = 20) List<@Valid @NotNull EvidenceRequest> evidence) {
    }

    record ChangeLeadRequest(@NotNull @Size(max = 20) List<@Valid @NotNull LeadRequest> leads,
                             @NotBlank @Size(max = 2000) String reason) {
    }

    record RescheduleRequest(@NotNull @Valid TimescaleRequest timescale,
                             @NotBlank @Size(max = 2000) String reason) {
    }

    record CloseRequest(@NotNull ClosureOutcome outcome,
                        @NotBlank @Size(max = 10_000) String note,
                        LocalDate closedOn,
                        @Size(max = 20) List<@Valid @NotNull EvidenceRequest> evidence) {
    }

    record ReopenRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    @PostMapping("/api/plans/{planId}/actions")
    ResponseEntity<CommandAnswer> add(@PathVariable UUID planId, @Valid @RequestBody AddActionRequest body) {
        ActionId actionId = body.id() == null ? ActionId.random() : new ActionId(body.id());
        List<Lead> leads = leads(body.leads());
        Timescale timescale = (body.timescale() == null ? TimescaleRequest.TBC : body.timescale()).resolve();
        CommandAnswer answer = commands.send(new AddAction(actionId, new PlanId(planId), body.ref(), body.aim(),
                body.title().strip(), leads, timescale));
        return warnIfUnreadable(answer, timescale).created("/api/actions/" + answer.id()); // a replay names the first action
    }

    @PostMapping("/api/actions/{actionId}/progress")
    ResponseEntity<CommandAnswer> recordProgress(@PathVariable UUID actionId,
                                                 @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                 @Valid @RequestBody RecordProgressRequest body) {
        LocalDate today = LocalDate.now(clock);
        CommandAnswer answer = commands.send(new RecordProgress(new ActionId(actionId), body.narrative().strip(),
                body.rag(), body.asOf() == null ? today : body.asOf(), ReportingPeriod.normalise(body.period()),
                evidence(body.evidence()), today, ActingFor.of(Caller.current()), IfMatch.expectedVersion(ifMatch)));
        return answer.created("/api/actions/" + actionId + "/history");
    }

    @PostMapping("/api/actions/{actionId}/lead")
    ResponseEntity<CommandAnswer> changeLead(@PathVariable UUID actionId,
                                             @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                             @Valid @RequestBody ChangeLeadRequest body) {
        return commands.send(new ChangeLead(new ActionId(actionId), leads(body.leads()), body.reason().strip(),
                IfMatch.expectedVersion(ifMatch))).ok();
    }

    @PostMapping("/api/actions/{actionId}/reschedule")
    ResponseEntity<CommandAnswer> reschedule(@PathVariable UUID actionId,
                                             @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                             @Valid @RequestBody RescheduleRequest body) {
        Timescale timescale = body.timescale().resolve();
        CommandAnswer answer = commands.send(new RescheduleAction(new ActionId(actionId), timescale,
                body.reason().strip(), IfMatch.expectedVersion(ifMatch)));
        return warnIfUnreadable(answer, timescale).ok();
    }

    @PostMapping("/api/actions/{actionId}/close")
    ResponseEntity<CommandAnswer> close(@PathVariable UUID actionId,
                                        @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                        @Valid @RequestBody CloseRequest body) {
        LocalDate today = LocalDate.now(clock);
        return commands.send(new CloseAction(new ActionId(actionId), body.outcome(), body.note().strip(),
                body.closedOn() == null ? today : body.closedOn(), evidence(body.evidence()), today,
                IfMatch.expectedVersion(ifMatch))).ok();
    }

    @PostMapping("/api/actions/{actionId}/reopen")
    ResponseEntity<CommandAnswer> reopen(@PathVariable UUID actionId,
                                         @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                         @Valid @RequestBody ReopenRequest body) {
        return commands.send(new ReopenAction(new ActionId(actionId), body.reason().strip(),
                IfMatch.expectedVersion(ifMatch))).ok();
    }

    @PostMapping("/api/actions/{actionId}/evidence")
    ResponseEntity<CommandAnswer> attachEvidence(@PathVariable UUID actionId,
                                                 @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                 @Valid @RequestBody EvidenceRequest body) {
        CommandAnswer answer = commands.send(new AttachEvidence(new ActionId(actionId), body.toEvidence(),
                ActingFor.of(Caller.current()), IfMatch.expectedVersion(ifMatch)));
        return answer.created("/api/actions/" + actionId + "/evidence-trail");
    }

    /** Words that name no date are kept, never guessed; the answer says so, so the caller can look again. */
    private static CommandAnswer warnIfUnreadable(CommandAnswer answer, Timescale timescale) {
        return timescale.precision() == TimescalePrecision.UNREADABLE
                ? answer.withWarning("timescale", "'" + timescale.text() + "' could not be read as a date; it is kept "
                        + "as written, with no due date, so the action is never reported overdue")
                : answer;
    }

    /** The same lead named twice is a slip in the request, not two leads. */
    private static List<Lead> leads(List<LeadRequest> requested) {
        List<Lead> leads = requested == null ? List.of() : requested.stream().map(LeadRequest::toLead).toList();
        if (leads.stream().map(lead -> lead.name().toLowerCase(java.util.Locale.ROOT)).distinct().count() != leads.size()) {
            throw new InvalidInput("leads", "names the same lead more than once");
        }
        return leads;
    }

    private static List<Evidence> evidence(List<EvidenceRequest> requested) {
        return requested == null ? List.of() : requested.stream().map(EvidenceRequest::toEvidence).toList();
    }
}
