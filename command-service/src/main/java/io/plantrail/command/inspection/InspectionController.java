package io.plantrail.command.inspection;

import io.plantrail.command.web.CommandAnswer;
import io.plantrail.command.web.Commands;
import io.plantrail.command.web.IfMatch;
import io.plantrail.events.ActionId;
import io.plantrail.events.InspectionId;
import io.plantrail.events.PlanId;
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
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@RestController
class InspectionController {

    private final Commands commands;
    private final Clock clock;

    InspectionController(Commands commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    /** One source's assessment: {@code framework} APA and {@code year} 2008, {@code source} Ofsted. */
    record RecordInspectionRequest(UUID id,
                                   @NotBlank @Size(max = 100) String framework,
                                   @NotNull @Min(1900) @Max(2999) Integer year,
                                   @NotBlank @Size(max = 100) String source,
                                   @NotNull LocalDate date,
                                   @NotBlank @Size(max = 300) String organisation,
                                   UUID plan) {
    }

    record JudgementRequest(@NotBlank @Size(max = 200) String area,
                            @NotNull Integer grade,
                            @Size(max = 2000) String reason) {
    }

    record AreaForDevelopmentRequest(UUID id,
                                     @Size(max = 200) String outcomeArea,
                                     @NotBlank @Size(max = 2000) String text,
                                     @Size(max = 50) List<@NotNull UUID> actions) {
    }

    record LinkRequest(@NotNull UUID action) {
    }

    @PostMapping("/api/inspections")
    ResponseEntity<CommandAnswer> record(@Valid @RequestBody RecordInspectionRequest body) {
        InspectionId inspectionId = body.id() == null ? InspectionId.random() : new InspectionId(body.id());
        CommandAnswer answer = commands.send(new RecordInspection(inspectionId,
                body.plan() == null ? null : new PlanId(body.plan()), body.framework().strip(), body.year(),
                body.source().strip(), body.date(), body.organisation().strip(), LocalDate.now(clock)));
        return answer.created("/api/inspections/" + answer.id());
    }

    @PostMapping("/api/inspections/{inspectionId}/judgements")
    ResponseEntity<CommandAnswer> judge(@PathVariable UUID inspectionId,
                                        @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                        @Valid @RequestBody JudgementRequest body) {
        CommandAnswer answer = commands.send(new RecordJudgement(new InspectionId(inspectionId), body.area().strip(),
                body.grade(), blankToNull(body.reason()), IfMatch.expectedVersion(ifMatch)));
        return answer.created("/api/inspections/" + inspectionId);
    }

    @PostMapping("/api/inspections/{inspectionId}/areas-for-development")
    ResponseEntity<CommandAnswer> identify(@PathVariable UUID inspectionId,
                                           @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                           @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                           @Valid @RequestBody AreaForDevelopmentRequest body) {
        UUID areaId = body.id() != null ? body.id() : key == null ? UUID.randomUUID()
                // A retry with the same key must name the same area in its Location as the first answer did.
                : UUID.nameUUIDFromBytes((inspectionId + " " + key).getBytes(StandardCharsets.UTF_8));
        List<ActionId> actions = body.actions() == null ? List.of() : body.actions().stream().map(ActionId::new).toList();
        CommandAnswer answer = commands.send(new IdentifyAreaForDevelopment(new InspectionId(inspectionId), areaId,
                blankToNull(body.outcomeArea()), body.text().strip(), actions, IfMatch.expectedVersion(ifMatch)));
        // The Location names the area, so a client can link more actions to it later.
        return answer.created("/api/inspections/" + inspectionId + "/areas-for-development/" + areaId);
    }

    @PostMapping("/api/inspections/{inspectionId}/areas-for-development/{areaId}/actions")
    ResponseEntity<CommandAnswer> link(@PathVariable UUID inspectionId,
                                       @PathVariable UUID areaId,
                                       @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                       @Valid @RequestBody LinkRequest body) {
        return commands.send(new LinkAreaForDevelopment(new InspectionId(inspectionId), areaId,
                new ActionId(body.action()), IfMatch.expectedVersion(ifMatch))).ok();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
