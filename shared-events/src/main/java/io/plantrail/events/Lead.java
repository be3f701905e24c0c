package io.plantrail.events;

/**
 * Who leads an action, as the plan named them at the time. Plain strings on purpose: the command side
 * validates names, so a stricter rule added later never makes a stored event unreadable.
 */
public record Lead(String name, LeadKind kind) {
}
