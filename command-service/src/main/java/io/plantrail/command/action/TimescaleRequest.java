package io.plantrail.command.action;

import io.plantrail.command.action.timescale.TimescaleParser;
import io.plantrail.command.web.InvalidInput;
import io.plantrail.events.Milestone;
import io.plantrail.events.Timescale;
import io.plantrail.events.TimescalePrecision;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** A timescale as a client may give it: the plan's words, one due date, or labelled milestones. */
record TimescaleRequest(@Size(max = 500) String text,
                        LocalDate due,
                        @Size(max = 20) List<@Valid @NotNull MilestoneRequest> milestones) {

    static final TimescaleRequest TBC = new TimescaleRequest("TBC", null, null);

    record MilestoneRequest(@NotBlank @Size(max = 100) String label, @NotNull LocalDate due) {
    }

    Timescale resolve() {
        int given = (text != null ? 1 : 0) + (due != null ? 1 : 0) + (milestones != null ? 1 : 0);
        if (given != 1) {
            throw new InvalidInput("timescale", "give exactly one of text, due or milestones");
        }
        if (text != null) {
            return TimescaleParser.parse(text);
        }
        if (due != null) {
            return new Timescale(due.toString(), due, TimescalePrecision.DAY, List.of());
        }
        if (milestones.isEmpty()) {
            throw new InvalidInput("timescale.milestones", "give at least one milestone");
        }
        List<Milestone> resolved = milestones.stream()
                .sorted(Comparator.comparing(MilestoneRequest::due))
                .map(m -> new Milestone(m.label().strip(), m.due(), TimescalePrecision.DAY))
                .toList();
        String words = resolved.stream().map(m -> m.due() + " - " + m.label()).collect(Collectors.joining("; "));
        return new Timescale(words, resolved.get(resolved.size() - 1).due(), TimescalePrecision.DAY, resolved);
    }
}
