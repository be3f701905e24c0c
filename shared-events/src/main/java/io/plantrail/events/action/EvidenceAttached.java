package io.plantrail.events.action;

import io.plantrail.events.ActionId;
import io.plantrail.events.EvidenceSubject;
import io.plantrail.events.PlanId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A document was offered as evidence. {@code location} is a URI or a document reference; {@code sha256}, when
 * given, lets an inspector check that the document is the one recorded. {@code subject} says what it backs;
 * for a progress update or a closure, {@code subjectSequence} is that event's sequence number in the action.
 * {@code describes} is the date the document speaks for.
 */
@Revision("1")
public record EvidenceAttached(ActionId actionId,
                               PlanId planId,
                               UUID evidenceId,
                               String title,
                               String location,
                               String sha256,
                               LocalDate describes,
                               EvidenceSubject subject,
                               Long subjectSequence) implements ActionEvent {
}
