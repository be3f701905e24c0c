package io.plantrail.events;

import org.axonframework.serialization.Revision;

/**
 * Who leads an action, as the plan named them at the time. Plain strings on purpose: the command side
 * validates names, so a stricter rule added later never makes a stored event unreadable.
 * Its JSON is part of every event that carries it: a change of shape is a new revision, with an upcaster.
 */
@Revision("1")
public record Lead(String name, LeadKind kind) {
}
