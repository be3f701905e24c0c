package io.plantrail.command.inspection;

import io.plantrail.command.lookup.ActionFacts;
import io.plantrail.command.lookup.ActionNotInPlan;
import io.plantrail.command.lookup.PlanFacts;
import io.plantrail.command.web.InvalidInput;
import io.plantrail.command.web.NotFound;
import io.plantrail.events.ActionId;
import io.plantrail.events.InspectionId;
import io.plantrail.events.PlanId;
import io.plantrail.events.inspection.AreaForDevelopmentIdentified;
import io.plantrail.events.inspection.AreaForDevelopmentLinked;
import io.plantrail.events.inspection.InspectionRecorded;
import io.plantrail.events.inspection.JudgementRecorded;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One inspection or assessment by one source (Ofsted's APA 2008, the council's self-evaluation for it, the JAR): its
 * grades per outcome area and the areas for development it named, each with the actions that answer it.
 */
@Aggregate
class Inspection {

    @AggregateIdentifier
    private InspectionId id;
    private PlanId planId;
    /** Grades by outcome area, keyed case-insensitively: "Stay Safe" and "stay safe" are one area. */
    private final Map<String, Integer> grades = new HashMap<>();
    private final Map<UUID, Set<ActionId>> areas = new HashMap<>();

    protected Inspection() {
        // Axon rebuilds the aggregate from its events through this
    }

    @CommandHandler
    Inspection(RecordInspection cmd, PlanFacts plans) {
        if (cmd.planId() != null) {
            plans.statusOf(cmd.planId()).orElseThrow(() -> new NotFound("plan", cmd.planId()));
        }
        if (cmd.date().isAfter(cmd.today())) {
            throw new InvalidInput("date", "date " + cmd.date() + " is in the future; it can be today at the latest.");
        }
        apply(new InspectionRecorded(cmd.inspectionId(), cmd.planId(), cmd.framework(), cmd.year(), cmd.source(),
                cmd.date(), cmd.organisation()));
    }

    @CommandHandler
    void handle(RecordJudgement cmd) {
        if (cmd.grade() < 1 || cmd.grade() > 4) {
            throw new InvalidInput("grade", "must be 1 (Inadequate), 2 (Adequate), 3 (Good) or 4 (Outstanding)");
        }
        Integer previous = grades.get(key(cmd.area()));
        if (previous != null && previous == cmd.grade()) {
            throw new SameJudgement(cmd.area(), cmd.grade());
        }
        if (previous != null && cmd.reason() == null) {
            throw new InvalidInput("reason", "required to change the grade " + previous + " already recorded for "
                    + cmd.area());
        }
        apply(new JudgementRecorded(id, planId, cmd.area(), cmd.grade(), previous,
                previous == null ? null : cmd.reason()));
    }

    @CommandHandler
    void handle(IdentifyAreaForDevelopment cmd, ActionFacts actions) {
        if (areas.containsKey(cmd.areaId())) {
            throw new AreaForDevelopmentExists(cmd.areaId());
        }
        if (Set.copyOf(cmd.actionIds()).size() != cmd.actionIds().size()) {
            throw new InvalidInput("actions", "names the same action more than once");
        }
        cmd.actionIds().forEach(action -> refuseForeignAction(action, actions));
        apply(new AreaForDevelopmentIdentified(id, planId, cmd.areaId(), cmd.outcomeArea(), cmd.text(),
                List.copyOf(cmd.actionIds())));
    }

    @CommandHandler
    void handle(LinkAreaForDevelopment cmd, ActionFacts actions) {
        Set<ActionId> linked = areas.get(cmd.areaId());
        if (linked == null) {
            throw new UnknownAreaForDevelopment(cmd.areaId());
        }
        if (linked.contains(cmd.actionId())) {
            throw new ActionAlreadyLinked(cmd.actionId());
        }
        refuseForeignAction(cmd.actionId(), actions);
        apply(new AreaForDevelopmentLinked(id, planId, cmd.areaId(), cmd.actionId()));
    }

    /** The action must exist and, when the inspection informs a plan, belong to that plan. */
    private void refuseForeignAction(ActionId action, ActionFacts actions) {
        PlanId actionPlan = actions.planOf(action).orElseThrow(() -> new NotFound("action", action));
        if (planId != null && !planId.equals(actionPlan)) {
            throw new ActionNotInPlan(action);
        }
    }

    private static String key(String area) {
        return area.strip().toLowerCase(Locale.ROOT);
    }

    @EventSourcingHandler
    void on(InspectionRecorded e) {
        id = e.inspectionId();
        planId = e.planId();
    }

    @EventSourcingHandler
    void on(JudgementRecorded e) {
        grades.put(key(e.area()), e.grade());
    }

    @EventSourcingHandler
    void on(AreaForDevelopmentIdentified e) {
        areas.put(e.areaId(), new HashSet<>(e.actionIds()));
    }

    @EventSourcingHandler
    void on(AreaForDevelopmentLinked e) {
        areas.computeIfAbsent(e.areaId(), area -> new HashSet<>()).add(e.actionId());
    }
}
