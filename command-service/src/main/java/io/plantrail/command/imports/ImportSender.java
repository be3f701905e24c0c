package io.plantrail.command.imports;

import io.plantrail.command.action.AddAction;
import io.plantrail.command.measure.RecordMeasureValue;
import io.plantrail.command.measure.SetMeasureTarget;
import io.plantrail.command.plan.AddStrategicAim;
import io.plantrail.command.plan.CreatePlan;
import io.plantrail.command.web.CommandAnswer;
import io.plantrail.command.web.Commands;
import io.plantrail.command.web.DomainRuleViolation;
import io.plantrail.events.PlanId;
import io.plantrail.events.plan.PlanCreated;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a plan import and a scorecard import do alike: the plan part of the report, compared with the plan the store
 * has; once the whole file is compared, where a run stops before the first command (a dry run, a refusal, nothing
 * missing); then sending the steps one by one through {@link Commands} and marking each row by what its commands
 * did.
 */
@Component
class ImportSender {

    /** Refusals that mean another run of the same import got there first: the thing is there, as wanted. */
    private static final Set<String> LOST_RACE = Set.of("aim-already-exists", "duplicate-ref", "same-target",
            "same-measure-value");

    private final Commands commands;
    private final ExistingState existing;

    ImportSender(Commands commands, ExistingState existing) {
        this.commands = commands;
        this.existing = existing;
    }

    /** A command to send for the row at {@code row} of the report (-1: the plan, or a scorecard's aim). */
    record Step(int row, Object command) {
    }

    /**
     * What sending did: the global position of the last event appended (null: none), and the commands of row -1
     * that created something.
     */
    record Sent(Long position, List<Object> created) {

        ImportReport.Outcome outcome() {
            return position == null ? ImportReport.Outcome.ALREADY_THERE : ImportReport.Outcome.IMPORTED;
        }

        /** A part that was to be created by a {@code command} is CREATED if it was, else made first by another run. */
        ImportReport.Status outcome(ImportReport.Status planned, Class<?> command) {
            if (planned != ImportReport.Status.CREATE) {
                return planned;
            }
            return created.stream().anyMatch(command::isInstance) ? ImportReport.Status.CREATED
                    : ImportReport.Status.ALREADY_THERE;
        }
    }

    /** The plan part of the report for a plan the import creates; its CreatePlan is the first step. */
    static ImportReport.PlanPart newPlan(CreatePlan create, List<Step> steps) {
        steps.add(new Step(-1, create));
        return new ImportReport.PlanPart(create.planId().toString(), create.title(), create.organisation(),
                create.period(), create.status().name(), ImportReport.Status.CREATE, List.of("CreatePlan"), List.of());
    }

    /**
     * The plan part of the report for a plan already there, which the import leaves as it is: notes where the file
     * names it otherwise or it is closed, then the import's own {@code notes}.
     */
    static ImportReport.PlanPart planThere(PlanId planId, ExistingState.PlanState plan, boolean namedOtherwise,
                                           List<String> notes) {
        List<String> warnings = new ArrayList<>();
        PlanCreated created = plan.created();
        if (namedOtherwise) {
            warnings.add("the plan already exists as '" + created.title() + "', " + created.organisation() + ", "
                    + created.period() + "; it is left as it is");
        }
        if (plan.closed()) {
            warnings.add("the plan is closed: it takes no more aims or actions");
        }
        warnings.addAll(notes);
        return new ImportReport.PlanPart(planId.toString(), created.title(), created.organisation(),
                created.period(), plan.status().name(), ImportReport.Status.ALREADY_THERE, List.of(), warnings);
    }

    /**
     * Where a run ends before its first command: a dry run; REFUSED when rows cannot be imported and the run was not
     * told to skip them; ALREADY_THERE when nothing is missing. Empty when the steps are to be sent. Past a refusal,
     * the rows that cannot be read are marked SKIPPED.
     */
    static <R extends ImportReport.ReportRow<R>> Optional<ImportReport.Outcome> endBeforeSending(
            ImportOptions options, List<Step> steps, List<R> rows) {
        if (options.dryRun()) {
            return Optional.of(ImportReport.Outcome.DRY_RUN);
        }
        if (rows.stream().anyMatch(ImportReport.ReportRow::hasProblems) && !options.skipUnreadable()) {
            return Optional.of(ImportReport.Outcome.REFUSED);
        }
        rows.replaceAll(row -> row.status() == ImportReport.Status.UNREADABLE
                ? row.withStatus(ImportReport.Status.SKIPPED) : row);
        return steps.isEmpty() ? Optional.of(ImportReport.Outcome.ALREADY_THERE) : Optional.empty();
    }

    /**
     * Sends the steps in order and marks each one's row CREATED or ALREADY_THERE. With {@code rowDoneWhenRaced},
     * a row whose command another run made first sends no more: that run sends the rest of the row too.
     */
    <R extends ImportReport.ReportRow<R>> Sent send(List<Step> steps, List<R> rows, boolean rowDoneWhenRaced) {
        Long position = null;
        List<Object> created = new ArrayList<>();
        Set<Integer> racedRows = new HashSet<>();
        for (Step step : steps) {
            if (rowDoneWhenRaced && racedRows.contains(step.row())) {
                continue;
            }
            Optional<CommandAnswer> answer = send(step.command());
            if (answer.isEmpty()) {
                racedRows.add(step.row());
            } else {
                position = answer.get().position();
            }
            if (step.row() < 0) {
                answer.ifPresent(made -> created.add(step.command()));
                continue;
            }
            R row = rows.get(step.row());
            // A row with several commands was created if any was; it is only "already there" if all raced.
            if (answer.isPresent() || row.status() != ImportReport.Status.CREATED) {
                rows.set(step.row(), row.withStatus(answer.isPresent() ? ImportReport.Status.CREATED
                        : ImportReport.Status.ALREADY_THERE));
            }
        }
        return new Sent(position, created);
    }

    /**
     * Sends one command. A create or a step that another run of the same import made first is not a failure: the
     * thing is there, which is all the import wants.
     */
    private Optional<CommandAnswer> send(Object command) {
        try {
            return Optional.of(commands.send(command));
        } catch (AggregateStreamCreationException raced) {
            return Optional.empty();
        } catch (DomainRuleViolation refused) {
            if (LOST_RACE.contains(refused.code()) && createdMeanwhile(command)) {
                return Optional.empty();
            }
            throw refused;
        }
    }

    private boolean createdMeanwhile(Object command) {
        if (command instanceof AddAction add) {
            return existing.action(add.actionId()).isPresent();
        }
        return command instanceof AddStrategicAim || command instanceof SetMeasureTarget
                || command instanceof RecordMeasureValue;
    }
}
