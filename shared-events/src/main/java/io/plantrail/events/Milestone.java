package io.plantrail.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * One labelled date of a timescale with several ("Jan 2010 - Interim, Summer 2010 - Permanent").
 * Its JSON is part of every event that carries it: a change of shape is a new revision, with an upcaster.
 */
@Revision("1")
public record Milestone(String label, LocalDate due, TimescalePrecision precision) {
}
