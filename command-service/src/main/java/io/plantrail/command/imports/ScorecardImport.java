package io.plantrail.command.imports;

import io.plantrail.command.action.ActingFor;
import io.plantrail.command.action.AddAction;
import io.plantrail.command.action.RecordProgress;
import io.plantrail.command.action.timescale.TimescaleParser;
import io.plantrail.command.imports.ImportSender.Step;
import io.plantrail.command.measure.DefineMeasure;
import io.plantrail.command.measure.Reading;
import io.plantrail.command.measure.RecordMeasureValue;
import io.plantrail.command.measure.SetMeasureTarget;
import io.plantrail.command.plan.AddStrategicAim;
import io.plantrail.command.plan.CreatePlan;
import io.plantrail.command.web.Commands;
import io.plantrail.command.web.InvalidInput;
import io.plantrail.events.ActionId;
import io.plantrail.events.MeasureDirection;
import io.plantrail.events.MeasureId;
import io.plantrail.events.MeasureUnit;
import io.plantrail.events.MeasureValueStatus;
import io.plantrail.events.PlanId;
import io.plantrail.events.Rag;
import io.plantrail.events.measure.MeasureDefined;
import io.plantrail.events.measure.MeasureTargetSet;
import io.plantrail.events.plan.PlanCreated;
import io.plantrail.platform.security.Caller;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports a directorate scorecard as ordinary commands sent through {@link Commands}, so every event carries the
 * importing user like any other change. The scorecard's priorities become actions of one aim, "Directorate
 * Priorities", each with its progress for the reporting quarter (narrative, RAG, {@code period}); a priority the
 * plan already has, under whatever ref, is found by its title. Its supporting measures become measures of the plan
 * (by an id derived from their name), with the quarter's target where the table gives one and a value per quarter.
 * As for plans, the whole file is read and compared with the store before the first command: a real run with a
 * line it cannot import sends nothing unless told to skip such lines, a second run sends nothing, and a retry after
 * a run that stopped half-way sends only what is missing. An import never changes what is there: a value that
 * differs from the one reported is a note, never a revision.
 */
@Component
class ScorecardImport {

    static final String PRIORITIES_AIM = "Directorate Priorities";

    /** Each command of a row is sent even when another run made the one before it first. */
    private static final boolean ROW_DONE_WHEN_RACED = false;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private final ImportSender sender;
    private final ExistingState existing;
    private final Clock clock;

    ScorecardImport(ImportSender sender, ExistingState existing, Clock clock) {
        this.sender = sender;
        this.existing = existing;
        this.clock = clock;
    }

    /** What the run knows while it goes through the file. */
    private static final class Run {
        final Scorecard scorecard;
        final ImportOptions options;
        final PlanId planId;
        final Optional<ExistingState.PlanState> plan;
        final boolean closed;
        final int aim;
        final List<Step> steps = new ArrayList<>();
        final Map<String, ExistingState.ActionState> actionsByTitle = new HashMap<>();
        final Set<String> refsTaken = new HashSet<>();
        /** Each priority's action, by the priority's name as the measures on its row name it. */
        final Map<String, ActionId> priorityActions = new HashMap<>();
        final Map<Integer, List<String>> problems = new HashMap<>();

        Run(Scorecard scorecard, ImportOptions options, PlanId planId, Optional<ExistingState.PlanState> plan,
            int aim) {
            this.scorecard = scorecard;
            this.options = options;
            this.planId = planId;
            this.plan = plan;
            this.closed = plan.map(ExistingState.PlanState::closed).orElse(false);
            this.aim = aim;
        }
    }

    ScorecardReport run(Scorecard scorecard, ImportOptions options) {
        if (scorecard.period() == null) {
            throw new InvalidInput("body", "has no 'Reporting Period : Quarter N YYYY/YY' line, so the quarters "
                    + "its values are for are not known");
        }
        if (scorecard.priorities().isEmpty() && scorecard.measures().isEmpty()) {
            throw new InvalidInput("body", "has no row with a directorate priority or a supporting measure under "
                    + "a header such as Directorate Priorities | Progress Summary | Overall Progress | "
                    + "Supporting Measures | Q1 | Q2 | Q3 | Q4");
        }
        String title = options.title() != null ? options.title() : planTitle(scorecard.title());
        if (title == null) {
            throw new InvalidInput("title", "is required: the scorecard has no title line that says it");
        }
        String year = financialYear(scorecard.period());
        String period = options.period() != null ? options.period() : year;
        if (options.planId() == null && options.organisation() == null) {
            throw new InvalidInput("organisation", "is required: the scorecard does not say it");
        }
        PlanId planId = options.planId() != null ? options.planId()
                : ImportIds.plan(options.organisation(), period, title);
        Optional<ExistingState.PlanState> plan = existing.plan(planId);
        if (plan.isEmpty() && options.organisation() == null) {
            throw new InvalidInput("organisation", "is required to create the plan " + planId
                    + ": the scorecard does not say it");
        }

        List<Step> planSteps = new ArrayList<>();
        ImportReport.PlanPart planPart = planPart(planId, title, period, plan, options, planSteps);
        int aim = prioritiesAim(plan);
        boolean aimThere = plan.map(state -> state.aims().containsKey(aim)).orElse(false);
        Run run = new Run(scorecard, options, planId, plan, aim);
        run.steps.addAll(planSteps);
        ScorecardReport.AimPart aimPart;
        if (aimThere) {
            aimPart = new ScorecardReport.AimPart(aim, plan.get().aims().get(aim), ImportReport.Status.ALREADY_THERE);
        } else if (run.closed) {
            aimPart = new ScorecardReport.AimPart(aim, PRIORITIES_AIM, ImportReport.Status.CONFLICT);
        } else {
            aimPart = new ScorecardReport.AimPart(aim, PRIORITIES_AIM, ImportReport.Status.CREATE);
            run.steps.add(new Step(-1, new AddStrategicAim(planId, aim, PRIORITIES_AIM, null)));
        }
        if (plan.isPresent()) {
            existing.actionsOf(planId).forEach((ref, id) -> {
                run.refsTaken.add(ref);
                existing.action(id).ifPresent(state -> run.actionsByTitle.putIfAbsent(
                        ImportIds.normal(state.added().title()), state));
            });
        }
        scorecard.problems().forEach(problem -> run.problems
                .computeIfAbsent(problem.line(), line -> new ArrayList<>()).add(problem.reason()));
        tooLongOrOutOfRange(run);

        List<ScorecardReport.Row> rows = rows(run);
        Optional<ImportReport.Outcome> unsent = ImportSender.endBeforeSending(options, run.steps, rows);
        if (unsent.isPresent()) {
            ScorecardReport report = report(run, unsent.get(), planPart, aimPart, rows, null);
            if (unsent.get() == ImportReport.Outcome.REFUSED) {
                throw new ImportRefused(report);
            }
            return report;
        }
        ImportSender.Sent sent = sender.send(run.steps, rows, ROW_DONE_WHEN_RACED);
        planPart = planPart.withOutcome(sent.outcome(planPart.outcome(), CreatePlan.class));
        aimPart = new ScorecardReport.AimPart(aim, aimPart.title(),
                sent.outcome(aimPart.outcome(), AddStrategicAim.class));
        return report(run, sent.outcome(), planPart, aimPart, rows, sent.position());
    }

    /**
     * What the commands would refuse half-way through the run, found before the first is sent: text longer than the
     * API takes, a percentage beyond 0..100, a negative number.
     */
    private static void tooLongOrOutOfRange(Run run) {
        for (Scorecard.Priority priority : run.scorecard.priorities()) {
            tooLong(run, priority.line(), "the priority", priority.name(), 1000);
            tooLong(run, priority.line(), "the progress summary", priority.summary(), 10_000);
        }
        for (Scorecard.Measure measure : run.scorecard.measures()) {
            tooLong(run, measure.line(), "the measure's name", measure.name(), 500);
            List<Scorecard.QuarterValue> values = new ArrayList<>(measure.values());
            if (measure.target() != null) {
                values.add(measure.target());
            }
            for (Scorecard.QuarterValue value : values) {
                tooLong(run, measure.line(), "the note of " + value.period(), note(run.scorecard, value), 2000);
                boolean outOfRange = value.value() != null && (value.value().signum() < 0
                        || measure.unit() == Scorecard.Unit.PERCENT && value.value().compareTo(HUNDRED) > 0);
                if (outOfRange) {
                    run.problems.computeIfAbsent(measure.line(), line -> new ArrayList<>()).add("the value '"
                            + value.text() + "' for " + value.period() + " is out of range"
                            + (measure.unit() == Scorecard.Unit.PERCENT ? " for a percentage" : ""));
                }
            }
        }
    }

    private static void tooLong(Run run, int line, String what, String text, int max) {
        if (text != null && text.length() > max) {
            run.problems.computeIfAbsent(line, n -> new ArrayList<>()).add(what + " is longer than " + max
                    + " characters");
        }
    }

    /** Priorities, measures and lines not imported, in the file's order; a priority before a measure on its row. */
    private List<ScorecardReport.Row> rows(Run run) {
        record Item(int line, int order, Object what) {
        }
        List<Item> items = new ArrayList<>();
        Set<Integer> lines = new HashSet<>();
        for (int i = 0; i < run.scorecard.priorities().size(); i++) {
            Scorecard.Priority priority = run.scorecard.priorities().get(i);
            items.add(new Item(priority.line(), 0, i));
            lines.add(priority.line());
        }
        for (Scorecard.Measure measure : run.scorecard.measures()) {
            items.add(new Item(measure.line(), 1, measure));
            lines.add(measure.line());
        }
        for (Scorecard.Line ignored : run.scorecard.ignored()) {
            items.add(new Item(ignored.line(), 2, ignored));
        }
        for (Scorecard.Line problem : run.scorecard.problems()) {
            if (!lines.contains(problem.line()) && lines.add(problem.line())) {
                items.add(new Item(problem.line(), 2, problem.line()));
            }
        }
        items.sort(Comparator.comparingInt(Item::line).thenComparingInt(Item::order));
        List<ScorecardReport.Row> rows = new ArrayList<>();
        for (Item item : items) {
            int index = rows.size();
            if (item.what() instanceof Integer priorityIndex && item.order() == 0) {
                rows.add(priority(run, priorityIndex, index));
            } else if (item.what() instanceof Scorecard.Measure measure) {
                rows.add(measure(run, measure, index));
            } else if (item.what() instanceof Scorecard.Line ignored) {
                rows.add(new ScorecardReport.Row(ignored.line(), "TEXT", ImportReport.Status.IGNORED, ignored.text(),
                        null, null, null, null, null, List.of(), List.of(), List.of(ignored.reason())));
            } else {
                rows.add(new ScorecardReport.Row(item.line(), "ROW", ImportReport.Status.UNREADABLE, null, null,
                        null, null, null, null, List.of(), List.copyOf(run.problems.get(item.line())), List.of()));
            }
        }
        return rows;
    }

    private ScorecardReport.Row priority(Run run, int position, int index) {
        Scorecard.Priority priority = run.scorecard.priorities().get(position);
        List<String> problems = run.problems.getOrDefault(priority.line(), List.of());
        if (!problems.isEmpty()) {
            return new ScorecardReport.Row(priority.line(), "PRIORITY", ImportReport.Status.UNREADABLE, null, null,
                    null, null, priority.name(), null, List.of(), List.copyOf(problems), List.of());
        }
        List<String> warnings = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Object> toSend = new ArrayList<>();
        ExistingState.ActionState there = run.actionsByTitle.get(ImportIds.normal(priority.name()));
        ActionId actionId;
        String ref;
        int aim;
        if (there != null) {
            actionId = there.added().actionId();
            ref = there.added().ref();
            aim = there.added().aim();
        } else if (run.closed) {
            return new ScorecardReport.Row(priority.line(), "PRIORITY", ImportReport.Status.CONFLICT, null, null,
                    run.aim, null, priority.name(), null, List.of(),
                    List.of("the plan is closed: it takes no more actions"), List.of());
        } else {
            ref = freeRef(run, position + 1);
            actionId = ImportIds.action(run.planId, ref);
            aim = run.aim;
            toSend.add(new AddAction(actionId, run.planId, ref, aim, priority.name(), List.of(),
                    TimescaleParser.parse(financialYear(run.scorecard.period()))));
            names.add("AddAction");
        }
        run.priorityActions.put(priority.name(), actionId);
        String narrative = narrative(priority);
        if (narrative != null) {
            String update = ExistingState.ActionState.update(run.scorecard.period(), priority.overall(), narrative);
            if (there != null && there.closed()) {
                warnings.add("the action is closed, so the quarter's progress is not recorded on it");
            } else if (there == null || !there.updates().contains(update)) {
                LocalDate today = LocalDate.now(clock);
                LocalDate quarterEnd = quarterEnd(run.scorecard.period());
                toSend.add(new RecordProgress(actionId, narrative, priority.overall(),
                        quarterEnd.isAfter(today) ? today : quarterEnd, run.scorecard.period(), List.of(), today,
                        ActingFor.of(Caller.current()), null));
                names.add("RecordProgress");
            }
        }
        toSend.forEach(command -> run.steps.add(new Step(index, command)));
        return new ScorecardReport.Row(priority.line(), "PRIORITY",
                toSend.isEmpty() ? ImportReport.Status.ALREADY_THERE : ImportReport.Status.CREATE, null, ref, aim,
                actionId.toString(), priority.name(), null, List.copyOf(names), List.of(), List.copyOf(warnings));
    }

    private ScorecardReport.Row measure(Run run, Scorecard.Measure measure, int index) {
        MeasureId measureId = new MeasureId(ImportIds.measure(run.planId, measure.name()));
        List<String> problems = run.problems.getOrDefault(measure.line(), List.of());
        if (!problems.isEmpty()) {
            return new ScorecardReport.Row(measure.line(), "MEASURE", ImportReport.Status.UNREADABLE, null, null,
                    null, measureId.toString(), measure.name(), null, List.of(), List.copyOf(problems), List.of());
        }
        ActionId action = measure.priority() == null ? null : run.priorityActions.get(measure.priority());
        if (measure.priority() != null && action == null) {
            return new ScorecardReport.Row(measure.line(), "MEASURE", ImportReport.Status.CONFLICT, null, null,
                    null, measureId.toString(), measure.name(), null, List.of(),
                    List.of("its priority '" + measure.priority() + "' cannot be added"), List.of());
        }
        MeasureDirection direction = MeasureDirection.valueOf(measure.direction().name());
        MeasureUnit unit = MeasureUnit.valueOf(measure.unit().name());
        Optional<ExistingState.MeasureState> there = existing.measure(measureId);
        List<String> warnings = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Object> toSend = new ArrayList<>();
        if (there.isEmpty()) {
            toSend.add(new DefineMeasure(measureId, run.planId, measure.name(), direction, unit, null, null, action));
            names.add("DefineMeasure");
        } else {
            MeasureDefined defined = there.get().defined();
            if (defined.direction() != direction || defined.unit() != unit
                    || !Objects.equals(defined.actionId(), action)) {
                warnings.add("the measure is already there as " + defined.direction() + " in " + defined.unit()
                        + (defined.actionId() == null ? "" : " for action " + defined.actionId())
                        + "; it is left as it is");
            }
        }
        if (measure.target() != null) {
            Reading target = reading(measure.target());
            MeasureTargetSet set = there.map(state -> state.targets().get(run.scorecard.period())).orElse(null);
            if (set == null) {
                toSend.add(new SetMeasureTarget(measureId, run.scorecard.period(), target, null, null));
                names.add("SetMeasureTarget");
            } else if (!target.sameAs(Reading.of(set.value(), set.rag()))) {
                warnings.add("the target for " + run.scorecard.period() + " is already "
                        + Reading.of(set.value(), set.rag()) + "; it is left as it is");
            }
        }
        for (Scorecard.QuarterValue value : measure.values()) {
            ExistingState.PeriodValue current = there.map(state -> state.values().get(value.period())).orElse(null);
            Optional<String> left = leftAsItIs(value, current);
            if (left.isPresent()) {
                left.filter(reason -> !reason.isEmpty()).ifPresent(warnings::add);
                continue;
            }
            toSend.add(new RecordMeasureValue(measureId, value.period(),
                    MeasureValueStatus.valueOf(value.status().name()), reading(value),
                    value.expected() == null ? null : MONTH_YEAR.format(value.expected()),
                    note(run.scorecard, value), null));
            names.add("RecordMeasureValue");
        }
        toSend.forEach(command -> run.steps.add(new Step(index, command)));
        return new ScorecardReport.Row(measure.line(), "MEASURE",
                toSend.isEmpty() ? ImportReport.Status.ALREADY_THERE : ImportReport.Status.CREATE, null, null, null,
                measureId.toString(), measure.name(), action == null ? null : action.toString(), List.copyOf(names),
                List.of(), List.copyOf(warnings));
    }

    /**
     * Why a quarter's value in the file is not sent: empty when it is sent (nothing there yet, or a step forward a
     * measure takes without a reason: pending to a value or to a later month, provisional confirmed final); "" when
     * it is already there; a note when the store has moved on or differs, since an import never revises a value.
     */
    private static Optional<String> leftAsItIs(Scorecard.QuarterValue value, ExistingState.PeriodValue current) {
        if (current == null) {
            return Optional.empty();
        }
        Reading file = reading(value);
        Reading stored = Reading.of(current.number(), current.rag());
        boolean filePending = value.status() == Scorecard.ValueStatus.PENDING;
        if (current.status() == MeasureValueStatus.PENDING) {
            if (!filePending) {
                return Optional.empty();
            }
            String expected = value.expected() == null ? null : MONTH_YEAR.format(value.expected());
            return Objects.equals(expected, current.expected()) ? Optional.of("") : Optional.empty();
        }
        String period = value.period();
        if (filePending) {
            return Optional.of(period + " already has the value " + stored + "; it is left as it is");
        }
        if (!file.sameAs(stored)) {
            return Optional.of(period + " already has the value " + stored + ", not " + file + "; an import never "
                    + "revises a value: send it with a reason to POST /api/measures/{id}/values");
        }
        boolean confirms = current.status() == MeasureValueStatus.PROVISIONAL
                && value.status() == Scorecard.ValueStatus.FINAL;
        return confirms ? Optional.empty() : Optional.of("");
    }

    private static Reading reading(Scorecard.QuarterValue value) {
        return Reading.of(value.value(), value.rag());
    }

    /** The notes a value's footnote marks point at, in their own words. */
    private static String note(Scorecard scorecard, Scorecard.QuarterValue value) {
        String notes = value.footnotes().stream()
                .filter(scorecard.notes()::containsKey)
                .map(scorecard.notes()::get)
                .collect(Collectors.joining(" "));
        return notes.isEmpty() ? null : notes;
    }

    /** The summary; a priority rated by colour alone still says so in words, as a progress update must. */
    private static String narrative(Scorecard.Priority priority) {
        if (priority.summary() != null) {
            return priority.summary();
        }
        return priority.overall() == null ? null : "Overall progress " + colour(priority.overall());
    }

    private static String colour(Rag rag) {
        return rag.name().charAt(0) + rag.name().substring(1).toLowerCase(Locale.ROOT);
    }

    /** The aim titled Directorate Priorities if the plan has one, else the next aim number. */
    private static int prioritiesAim(Optional<ExistingState.PlanState> plan) {
        if (plan.isEmpty()) {
            return 1;
        }
        Map<Integer, String> aims = plan.get().aims();
        return aims.entrySet().stream()
                .filter(aim -> ImportIds.normal(aim.getValue()).equals(ImportIds.normal(PRIORITIES_AIM)))
                .map(Map.Entry::getKey)
                .min(Integer::compare)
                .orElse(aims.keySet().stream().max(Integer::compare).orElse(0) + 1);
    }

    /** The priority's place in the table under the aim ({@code 1.3} for the third), or the next free ref after it. */
    private static String freeRef(Run run, int place) {
        int n = place;
        while (run.refsTaken.contains(run.aim + "." + n)) {
            n++;
        }
        String ref = run.aim + "." + n;
        run.refsTaken.add(ref);
        return ref;
    }

    private static ImportReport.PlanPart planPart(PlanId planId, String title, String period,
                                                  Optional<ExistingState.PlanState> plan, ImportOptions options,
                                                  List<Step> steps) {
        if (plan.isEmpty()) {
            return ImportSender.newPlan(new CreatePlan(planId, title, options.organisation(), period,
                    options.status()), steps);
        }
        PlanCreated created = plan.get().created();
        return ImportSender.planThere(planId, plan.get(),
                !created.title().equals(title) || !created.period().equals(period), List.of());
    }

    /**
     * The scorecard's title without the board pack's "Appendix 1b": the next quarter's paper is another appendix of
     * another pack, and must name the same plan.
     */
    static String planTitle(String title) {
        if (title == null) {
            return null;
        }
        String bare = title.replaceFirst("(?i)^appendix\\s+\\S+\\s*[-–:.]?\\s*", "").strip();
        return bare.isEmpty() ? title.strip() : bare;
    }

    /** "2011/12 Q2" is a quarter of the financial year 2011/12. */
    static String financialYear(String quarter) {
        return quarter.substring(0, quarter.indexOf(' '));
    }

    /** "2011/12 Q2" ends on 30 September 2011. */
    static LocalDate quarterEnd(String quarter) {
        int startYear = Integer.parseInt(quarter.substring(0, 4));
        int n = quarter.charAt(quarter.length() - 1) - '0';
        return YearMonth.of(startYear, Month.JUNE).plusMonths(3L * (n - 1)).atEndOfMonth();
    }

    private static ScorecardReport report(Run run, ImportReport.Outcome outcome, ImportReport.PlanPart plan,
                                          ScorecardReport.AimPart aim, List<ScorecardReport.Row> rows,
                                          Long position) {
        ImportReport.Tally tally = new ImportReport.Tally(rows);
        return new ScorecardReport("scorecard", run.options.dryRun(), outcome, plan, run.scorecard.period(), aim,
                new ScorecardReport.Totals(tally.commands("AddAction"), tally.commands("RecordProgress"),
                        tally.commands("DefineMeasure"), tally.commands("SetMeasureTarget"),
                        tally.commands("RecordMeasureValue"), tally.rows(ImportReport.Status.ALREADY_THERE),
                        tally.rows(ImportReport.Status.UNREADABLE), tally.rows(ImportReport.Status.SKIPPED),
                        tally.rows(ImportReport.Status.CONFLICT), tally.rows(ImportReport.Status.IGNORED)),
                List.copyOf(rows), run.options.dryRun() ? run.scorecard : null, position);
    }
}
