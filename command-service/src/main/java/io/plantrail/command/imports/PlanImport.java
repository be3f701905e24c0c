package io.plantrail.command.imports;

import io.plantrail.command.action.AddAction;
import io.plantrail.command.action.ActingFor;
import io.plantrail.command.action.RecordProgress;
import io.plantrail.command.imports.ImportSender.Step;
import io.plantrail.command.lookup.PlanFacts;
import io.plantrail.command.plan.AddStrategicAim;
import io.plantrail.command.plan.CreatePlan;
import io.plantrail.command.web.Commands;
import io.plantrail.events.ActionId;
import io.plantrail.events.PlanId;
import io.plantrail.events.PlanStatus;
import io.plantrail.events.plan.PlanCreated;
import io.plantrail.platform.security.Caller;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Imports an action-plan table as ordinary commands, sent one by one through {@link Commands}, so every event
 * carries the importing user and the request's correlation id like any other change. The whole file is read
 * and checked against what the store holds before the first command is sent: a real run with a row that cannot
 * be imported sends nothing unless told to skip such rows. Ids are derived from names and every row is compared
 * with the store first, so running the same file again creates nothing, and running it again after a failure
 * half-way creates only the rest.
 */
@Component
class PlanImport {

    /** A row whose AddAction another run made first is left to that run, which records its progress too. */
    private static final boolean ROW_DONE_WHEN_RACED = true;

    private final ImportSender sender;
    private final ExistingState existing;
    private final PlanFacts plans;
    private final Clock clock;

    PlanImport(ImportSender sender, ExistingState existing, PlanFacts plans, Clock clock) {
        this.sender = sender;
        this.existing = existing;
        this.plans = plans;
        this.clock = clock;
    }

    ImportReport run(PlanTable table, ImportOptions options) {
        if (table.aims().isEmpty() && table.actions().isEmpty()) {
            throw new NothingToImport(table);
        }
        PlanId planId = options.plan();
        Optional<ExistingState.PlanState> plan = existing.plan(planId);
        boolean closed = plan.map(ExistingState.PlanState::closed).orElse(false);
        List<Step> steps = new ArrayList<>();
        ImportReport.PlanPart planPart = planPart(planId, plan, options, steps);

        List<ImportReport.RowReport> rows = new ArrayList<>();
        for (PlanTable.Row row : table.rows()) {
            rows.add(rowReport(row, planId, plan, closed, options, rows.size(), steps));
        }
        Optional<ImportReport.Outcome> unsent = ImportSender.endBeforeSending(options, steps, rows);
        if (unsent.isPresent()) {
            ImportReport report = report(options, unsent.get(), planPart, rows, null);
            if (unsent.get() == ImportReport.Outcome.REFUSED) {
                throw new ImportRefused(report);
            }
            return report;
        }
        ImportSender.Sent sent = sender.send(steps, rows, ROW_DONE_WHEN_RACED);
        planPart = planPart.withOutcome(sent.outcome(planPart.outcome(), CreatePlan.class));
        return report(options, sent.outcome(), planPart, rows, sent.position());
    }

    private ImportReport.RowReport rowReport(PlanTable.Row row, PlanId planId,
                                             Optional<ExistingState.PlanState> plan, boolean closed,
                                             ImportOptions options, int index, List<Step> steps) {
        if (row instanceof PlanTable.Aim aim) {
            return aim(aim, planId, plan, closed, index, steps);
        }
        if (row instanceof PlanTable.Action action) {
            return action(action, planId, closed, options, index, steps);
        }
        if (row instanceof PlanTable.Header header) {
            return new ImportReport.RowReport(header.line(), "HEADER", ImportReport.Status.HEADER,
                    String.join(" | ", header.columns()), null, null, null, null, null, null, null, List.of(),
                    List.of(), header.warnings());
        }
        if (row instanceof PlanTable.Unreadable unreadable) {
            return new ImportReport.RowReport(unreadable.line(), "ROW", ImportReport.Status.UNREADABLE,
                    unreadable.text(), null, null, null, null, null, null, null, List.of(), unreadable.problems(),
                    List.of());
        }
        PlanTable.Ignored ignored = (PlanTable.Ignored) row;
        return new ImportReport.RowReport(ignored.line(), "TEXT", ImportReport.Status.IGNORED, ignored.text(), null,
                null, null, null, null, null, null, List.of(), List.of(), List.of(ignored.reason()));
    }

    private static ImportReport.PlanPart planPart(PlanId planId, Optional<ExistingState.PlanState> plan,
                                                  ImportOptions options, List<Step> steps) {
        if (plan.isEmpty()) {
            return ImportSender.newPlan(new CreatePlan(planId, options.title(), options.organisation(),
                    options.period(), options.status()), steps);
        }
        PlanCreated created = plan.get().created();
        boolean namedOtherwise = !created.title().equals(options.title())
                || !created.organisation().equals(options.organisation()) || !created.period().equals(options.period());
        boolean staysDraft = !plan.get().closed() && options.status() == PlanStatus.ACTIVE
                && plan.get().status() == PlanStatus.DRAFT;
        return ImportSender.planThere(planId, plan.get(), namedOtherwise, staysDraft
                ? List.of("the plan is a draft and stays one: an import never changes what is there; activate it "
                        + "with POST /api/plans/" + planId + "/activate")
                : List.of());
    }

    private static ImportReport.RowReport aim(PlanTable.Aim aim, PlanId planId,
                                              Optional<ExistingState.PlanState> plan, boolean closed, int index,
                                              List<Step> steps) {
        List<String> warnings = new ArrayList<>(aim.warnings());
        String there = plan.map(state -> state.aims().get(aim.number())).orElse(null);
        ImportReport.Status status;
        List<String> commands = List.of();
        List<String> problems = List.of();
        if (there != null) {
            status = ImportReport.Status.ALREADY_THERE;
            if (!there.equals(aim.title())) {
                warnings.add("the plan's aim " + aim.number() + " is titled '" + there + "'; it is left as it is");
            }
        } else if (closed) {
            status = ImportReport.Status.CONFLICT;
            problems = List.of("the plan is closed: it takes no more aims");
        } else {
            status = ImportReport.Status.CREATE;
            commands = List.of("AddStrategicAim");
            steps.add(new Step(index, new AddStrategicAim(planId, aim.number(), aim.title(), null)));
        }
        return new ImportReport.RowReport(aim.line(), "AIM", status, null, null, aim.number(), null, aim.title(),
                null, null, null, commands, problems, warnings);
    }

    private ImportReport.RowReport action(PlanTable.Action action, PlanId planId, boolean closed,
                                          ImportOptions options, int index, List<Step> steps) {
        ActionId actionId = ImportIds.action(planId, action.ref());
        Optional<ExistingState.ActionState> there = existing.action(actionId);
        List<String> warnings = new ArrayList<>(action.warnings());
        List<String> problems = new ArrayList<>();
        List<Object> toSend = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (there.isEmpty()) {
            if (closed) {
                problems.add("the plan is closed: it takes no more actions");
            } else if (plans.refTaken(planId, action.ref())) {
                problems.add("the plan already has an action " + action.ref() + " that this import did not create");
            } else {
                toSend.add(new AddAction(actionId, planId, action.ref(), action.aim(), action.title(),
                        action.leads(), action.timescale()));
                names.add("AddAction");
            }
        } else if (!there.get().added().title().equals(action.title())) {
            warnings.add("action " + action.ref() + " is already there titled '" + there.get().added().title()
                    + "'; it is left as it is");
        }
        boolean progressMissing = action.progress() != null
                && there.map(state -> !state.narratives().contains(action.progress())).orElse(true);
        if (problems.isEmpty() && progressMissing) {
            if (there.isPresent() && there.get().closed()) {
                warnings.add("the action is closed, so Progress to date is not recorded on it");
            } else {
                LocalDate today = LocalDate.now(clock);
                toSend.add(new RecordProgress(actionId, action.progress(), null, options.asOf(), null, List.of(),
                        today, ActingFor.of(Caller.current()), null));
                names.add("RecordProgress");
            }
        }
        toSend.forEach(command -> steps.add(new Step(index, command)));
        ImportReport.Status status = !problems.isEmpty() ? ImportReport.Status.CONFLICT
                : toSend.isEmpty() ? ImportReport.Status.ALREADY_THERE : ImportReport.Status.CREATE;
        return new ImportReport.RowReport(action.line(), "ACTION", status, null, action.ref(), action.aim(),
                actionId.toString(), action.title(), action.leads(), action.timescale(), action.progress(),
                List.copyOf(names), List.copyOf(problems), List.copyOf(warnings));
    }

    private static ImportReport report(ImportOptions options, ImportReport.Outcome outcome,
                                       ImportReport.PlanPart plan, List<ImportReport.RowReport> rows, Long position) {
        ImportReport.Tally tally = new ImportReport.Tally(rows);
        return new ImportReport("plan", options.dryRun(), outcome, plan,
                new ImportReport.Totals(tally.commands("AddStrategicAim"), tally.commands("AddAction"),
                        tally.commands("RecordProgress"), tally.rows(ImportReport.Status.ALREADY_THERE),
                        tally.rows(ImportReport.Status.UNREADABLE), tally.rows(ImportReport.Status.SKIPPED),
                        tally.rows(ImportReport.Status.CONFLICT), tally.rows(ImportReport.Status.IGNORED)),
                List.copyOf(rows), position);
    }
}
