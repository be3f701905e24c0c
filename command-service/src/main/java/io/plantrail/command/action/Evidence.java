package io.plantrail.command.action;

import java.time.LocalDate;
import java.util.UUID;

/** A document offered as evidence, already checked at the edge: title, where it is, its SHA-256, its date. */
record Evidence(UUID evidenceId, String title, String location, String sha256, LocalDate describes) {
}
