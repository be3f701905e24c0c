package io.plantrail.events;

import java.time.LocalDate;

/** One labelled date of a timescale with several ("Jan 2010 - Interim, Summer 2010 - Permanent"). */
public record Milestone(String label, LocalDate due, TimescalePrecision precision) {
}
