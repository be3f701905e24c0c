package io.plantrail.events;

import io.plantrail.events.action.ActionAdded;
import io.plantrail.events.action.ActionClosed;
import io.plantrail.events.action.ActionReopened;
import io.plantrail.events.action.ActionRescheduled;
import io.plantrail.events.action.EvidenceAttached;
import io.plantrail.events.action.LeadChanged;
import io.plantrail.events.action.ProgressRecorded;
import io.plantrail.events.inspection.AreaForDevelopmentIdentified;
import io.plantrail.events.inspection.AreaForDevelopmentLinked;
import io.plantrail.events.inspection.InspectionRecorded;
import io.plantrail.events.inspection.JudgementRecorded;
import io.plantrail.events.measure.MeasureDefined;
import io.plantrail.events.measure.MeasureTargetSet;
import io.plantrail.events.measure.MeasureValueRecorded;
import io.plantrail.events.measure.MeasureValueRevised;
import io.plantrail.events.plan.PlanActivated;
import io.plantrail.events.plan.PlanClosed;
import io.plantrail.events.plan.PlanCreated;
import io.plantrail.events.plan.StrategicAimAdded;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One fully populated instance of every event, taken from the 2009/10 seed plan, the Q2 2011/12 scorecard and the
 * 2008 annual performance assessment.
 */
final class EventSamples {

    static final PlanId PLAN = new PlanId(UUID.fromString("6f1c2a0e-3b7d-4c55-9a10-2d8e4f6b9c01"));
    static final ActionId ACTION = new ActionId(UUID.fromString("0b9e7d44-51a2-4f3c-8e6d-7c1a2b3d4e5f"));
    static final MeasureId MEASURE = new MeasureId(UUID.fromString("3c2d1e0f-7a6b-4c5d-9e8f-1a2b3c4d5e6f"));
    static final InspectionId INSPECTION = new InspectionId(UUID.fromString("8a7b6c5d-4e3f-4a2b-9c1d-0e1f2a3b4c5d"));
    static final UUID AREA = UUID.fromString("2f3e4d5c-6b7a-4988-8776-655443322110");

    private EventSamples() {
    }

    static List<Object> all() {
        return List.of(
                new PlanCreated(PLAN, "Improvement Action Plan", "Doncaster Council", "2009/10", PlanStatus.DRAFT),
                new StrategicAimAdded(PLAN, 1, "Safeguarding children and young people"),
                new ActionAdded(ACTION, PLAN, "1.1", 1, "Review the Local Safeguarding Children Board",
                        List.of(new Lead("Interim DCS", LeadKind.POST), new Lead("Jackie Wilson", LeadKind.PERSON)),
                        new Timescale("Jan 2010 - Interim Summer 2010 - Permanent", LocalDate.of(2010, 8, 31),
                                TimescalePrecision.SEASON,
                                List.of(new Milestone("Interim", LocalDate.of(2010, 1, 31), TimescalePrecision.MONTH),
                                        new Milestone("Permanent", LocalDate.of(2010, 8, 31), TimescalePrecision.SEASON)))),
                new ProgressRecorded(ACTION, PLAN, "Independent chair appointed; business manager in post.",
                        Rag.AMBER, LocalDate.of(2009, 11, 25), "2009/10 Q3"),
                new PlanActivated(PLAN),
                new PlanClosed(PLAN, "Superseded by the 2010/11 plan"),
                new LeadChanged(ACTION, PLAN, List.of(new Lead("Interim DCS", LeadKind.POST)),
                        List.of(new Lead("Children's Trust Board", LeadKind.BODY)), "DCS retired on 31 Dec 2009"),
                new ActionRescheduled(ACTION, PLAN,
                        new Timescale("Aug 2010", LocalDate.of(2010, 8, 31), TimescalePrecision.MONTH, List.of()),
                        new Timescale("Q3 2010/11", LocalDate.of(2010, 12, 31), TimescalePrecision.QUARTER, List.of()),
                        "Recruitment campaign extended"),
                new ActionClosed(ACTION, PLAN, ClosureOutcome.COMPLETED, "Permanent chair in post",
                        LocalDate.of(2010, 9, 1)),
                new ActionReopened(ACTION, PLAN, "Chair resigned in October"),
                new EvidenceAttached(ACTION, PLAN, UUID.fromString("5e0c1a7b-9d2f-4c3e-8a61-0f2b3c4d5e6f"),
                        "LSCB minutes, 14 January 2010", "https://example.org/lscb/2010-01-14.pdf",
                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", LocalDate.of(2010, 1, 14),
                        EvidenceSubject.PROGRESS, 1L),
                new MeasureDefined(MEASURE, PLAN,
                        "Maintain percentage of initial assessments carried out by social care within timescale",
                        MeasureDirection.MAINTAIN, MeasureUnit.PERCENT, new BigDecimal("2.5"), 1, ACTION),
                new MeasureTargetSet(MEASURE, PLAN, "2011/12 Q2", new BigDecimal("85"), null, new BigDecimal("80"),
                        null, "Target raised by the Children's Trust Board"),
                new MeasureValueRecorded(MEASURE, PLAN, "2011/12 Q2", MeasureValueStatus.PENDING, null, null, "Dec 2011",
                        "Can only be calculated 20 working days after the end of September."),
                new MeasureValueRevised(MEASURE, PLAN, "2011/12 Q1", new BigDecimal("85.9"), null, new BigDecimal("86.1"),
                        Rag.GREEN, MeasureValueStatus.FINAL, "Snapshot indicator, as at 30 June 2011.",
                        "Late returns from two teams"),
                new InspectionRecorded(INSPECTION, PLAN, "APA", 2008, "Ofsted", LocalDate.of(2008, 12, 10),
                        "Leeds City Council"),
                new JudgementRecorded(INSPECTION, PLAN, "Be Healthy", 2, 3, "Grade corrected after the final letter"),
                new AreaForDevelopmentIdentified(INSPECTION, PLAN, AREA, "Be Healthy", "Teenage conception",
                        List.of(ACTION)),
                new AreaForDevelopmentLinked(INSPECTION, PLAN, AREA, ACTION));
    }
}
