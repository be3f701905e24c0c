package io.plantrail.command.action;

import io.plantrail.events.Lead;
import io.plantrail.platform.security.Caller;
import io.plantrail.platform.security.Role;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * On whose behalf a lead records progress or evidence: a caller who is only a LEAD may touch an action only while
 * one of its current leads is one they act for. Checked by the aggregate against its own current leads, so a lead
 * change and an update cannot race past the rule. Names match ignoring case and surrounding spaces, as the seed
 * plan writes "Interim DCS" and "interim DCS" for the same post.
 */
public record ActingFor(boolean anyAction, Set<String> leads) {

    static final ActingFor ANY_ACTION = new ActingFor(true, Set.of());

    public ActingFor {
        leads = leads.stream().map(ActingFor::normalised).collect(Collectors.toUnmodifiableSet());
    }

    public static ActingFor of(Caller caller) {
        return caller.has(Role.PLAN_MANAGER) ? ANY_ACTION : new ActingFor(false, caller.actsFor());
    }

    static ActingFor leads(String... names) {
        return new ActingFor(false, Set.of(names));
    }

    boolean mayActOn(List<Lead> current) {
        return anyAction || current.stream().anyMatch(lead -> leads.contains(normalised(lead.name())));
    }

    private static String normalised(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
