package io.plantrail.command.imports;

import io.plantrail.command.action.AddAction;
import io.plantrail.command.action.ActingFor;
import io.plantrail.command.action.RecordProgress;
import io.plantrail.command.lookup.PlanFacts;
import io.plantrail.command.plan.AddStrategicAim;
import io.plantrail.command.plan.CreatePlan;
import io.plantrail.command.web.CommandAnswer;
import io.plantrail.command.web.Commands;
import io.plantrail.command.web.DomainRuleViolation;
import io.plantrail.events.ActionId;
import io.plantrail.events.PlanId;
import io.plantrail.events.PlanStatus;
import io.plantrail.events.plan.PlanCreated;
import io.plantrail.platform.security.Caller;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    private static final Set<String> LOST_CREATE_RACE = Set.of("aim-already-exists", "duplicate-ref");

    private final Commands commands;
    private final ExistingState existing;
    private final PlanFacts plans;
    private final Clock clock;

    PlanImport(Commands commands, ExistingState existing, PlanFacts plans, Clock clock) {
        this.commands = commands;
        this.existing = existing;
        this.plans = plans;
        this.clock = clock;
    }

    /** A command to send for the row at {@code row} of the report (-1: the plan itself). */
    private record Step(int row, Object command) {
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
        boolean problems = rows.stream().anyMatch(ImportReport.RowReport::hasProblems);
        if (options.dryRun()) {
            return report(options, ImportReport.Outcome.DRY_RUN, planPart, rows, null);
        }
        if (problems && !options.skipUnreadable()) {
            throw new ImportRefused(report(options, ImportReport.Outcome.REFUSED, planPart, rows, null));
        }
        rows.replaceAll(row -> row.status() == ImportReport.Status.UNREADABLE
                ? row.withStatus(ImportReport.Status.SKIPPED) : row);
        if (steps.isEmpty()) {
            return report(options, ImportReport.Outcome.ALREADY_THERE, planPart, rows, null);
        }
        Long position = null;
        Set<Integer> racedRows = new HashSet<>();
        for (Step step : steps) {
            if (racedRows.contains(step.row())) {
                continue; // another run created this row's action first, and records its progress too
            }
            Optional<CommandAnswer> answer = send(step.command());
            if (answer.isEmpty()) {
                racedRows.add(step.row());
            }
            if (answer.isPresent()) {
                position = answer.get().position();
            }
            if (step.row() < 0) {
                planPart = withOutcome(planPart, answer.isPresent() ? ImportReport.Status.CREATED
                        : ImportReport.Status.ALREADY_THERE);
            } else {
                ImportReport.RowReport row = rows.get(step.row());
                // A row with two commands was created if either was; it is only "already there" if both raced.
                if (answer.isPresent() || row.status() != ImportReport.Status.CREATED) {
                    rows.set(step.row(), row.withStatus(answer.isPresent() ? ImportReport.Status.CREATED
                            : ImportReport.Status.ALREADY_THERE));
                }
            }
        }
        return report(options, position == null ? ImportReport.Outcome.ALREADY_THERE : ImportReport.Outcome.IMPORTED,
                planPart, rows, position);
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

    private ImportReport.PlanPart planPart(PlanId planId, Optional<ExistingState.PlanState> plan,
                                           ImportOptions options, List<Step> steps) {
        List<String> warnings = new ArrayList<>();
        if (plan.isEmpty()) {
            steps.add(new Step(-1, new CreatePlan(planId, options.title(), options.organisation(), options.period(),
                    options.status())));
            return new ImportReport.PlanPart(planId.toString(), options.title(), options.organisation(),
                    options.period(), options.status().name(), ImportReport.Status.CREATE, List.of("CreatePlan"),
                    warnings);
        }
        PlanCreated created = plan.get().created();
        if (!created.title().equals(options.title()) || !created.organisation().equals(options.organisation())
                || !created.period().equals(options.period())) {
            warnings.add("the plan already exists as '" + created.title() + "', " + created.organisation() + ", "
                    + created.period() + "; it is left as it is");
        }
        if (plan.get().closed()) {
            warnings.add("the plan is closed: it takes no more aims or actions");
        } else if (options.status() == PlanStatus.ACTIVE && plan.get().status() == PlanStatus.DRAFT) {
            warnings.add("the plan is a draft and stays one: an import never changes what is there; activate it "
                    + "with POST /api/plans/" + planId + "/activate");
        }
        return new ImportReport.PlanPart(planId.toString(), created.title(), created.organisation(),
                created.period(), plan.get().status().name(),
                ImportReport.Status.ALREADY_THERE, List.of(), warnings);
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

    /**
     * Sends one command. A create that another request (a concurrent run of the same import) made first is not a
     * failure: the thing is there, which is all the import wants.
     */
    private Optional<CommandAnswer> send(Object command) {
        try {
            return Optional.of(commands.send(command));
        } catch (AggregateStreamCreationException raced) {
            return Optional.empty();
        } catch (DomainRuleViolation refused) {
            if (LOST_CREATE_RACE.contains(refused.code()) && createdMeanwhile(command)) {
                return Optional.empty();
            }
            throw refused;
        }
    }

    private boolean createdMeanwhile(Object command) {
        if (command instanceof AddAction add) {
            return existing.action(add.actionId()).isPresent();
        }
        return command instanceof AddStrategicAim;
    }

    private static ImportReport.PlanPart withOutcome(ImportReport.PlanPart part, ImportReport.Status status) {
        return new ImportReport.PlanPart(part.id(), part.title(), part.organisation(), part.period(), part.status(),
                status, part.commands(), part.warnings());
    }

    private static ImportReport report(ImportOptions options, ImportReport.Outcome outcome,
                                       ImportReport.PlanPart plan, List<ImportReport.RowReport> rows, Long position) {
        int aims = 0;
        int actions = 0;
        int progress = 0;
        int alreadyThere = 0;
        int unreadable = 0;
        int skipped = 0;
        int conflicts = 0;
        int ignored = 0;
        for (ImportReport.RowReport row : rows) {
            switch (row.status()) {
                case CREATE, CREATED -> {
                    aims += row.commands().contains("AddStrategicAim") ? 1 : 0;
                    actions += row.commands().contains("AddAction") ? 1 : 0;
                    progress += row.commands().contains("RecordProgress") ? 1 : 0;
                }
                case ALREADY_THERE -> alreadyThere++;
                case UNREADABLE -> unreadable++;
                case SKIPPED -> skipped++;
                case CONFLICT -> conflicts++;
                case IGNORED -> ignored++;
                case HEADER -> { }
            }
        }
        return new ImportReport("plan", options.dryRun(), outcome, plan,
                new ImportReport.Totals(aims, actions, progress, alreadyThere, unreadable, skipped, conflicts, ignored),
                List.copyOf(rows), position);
    }
}
