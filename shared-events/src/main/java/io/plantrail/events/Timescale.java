package io.plantrail.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * When an action is due: the plan's own words, always kept, and what the service resolved from them.
 * {@code due} is null when the words give no date ({@code On-going}, {@code TBC}, unreadable text);
 * with milestones, {@code due} is the last of them.
 * Its JSON is part of every event that carries it: a change of shape is a new revision, with an upcaster.
 */
@Revision("1")
public record Timescale(String text, LocalDate due, TimescalePrecision precision, List<Milestone> milestones) {

    public Timescale {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }
}
