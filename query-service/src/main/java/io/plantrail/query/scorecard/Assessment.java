package io.plantrail.query.scorecard;

import io.plantrail.events.MeasureDirection;
import io.plantrail.events.Rag;

import java.math.BigDecimal;

/**
 * How a measure did, in the direction it should move: against the previous period ({@link Trend}) and against its
 * target ({@link AgainstTarget}). A colour counts as a number, Red below Amber below Green. A MAINTAIN measure holds
 * while it stays within its tolerance of the previous value (none: it must stay exactly); beyond it, it is taken to
 * be a level worth keeping up, so a rise improves and a fall worsens it, as with every MAINTAIN measure the
 * scorecards show ("Maintain percentage of assessments carried out within timescale").
 */
final class Assessment {

    enum Trend { IMPROVED, HELD, WORSENED }

    enum AgainstTarget { MET, MISSED }

    /** A measure's value or target: a number, or a colour. */
    record Value(BigDecimal number, Rag rag) {

        static Value of(BigDecimal number, Rag rag) {
            return number == null && rag == null ? null : new Value(number, rag);
        }

        BigDecimal amount() {
            return rag != null ? BigDecimal.valueOf(rag.ordinal()) : number;
        }
    }

    private Assessment() {
    }

    /** Null when either value is missing, as a pending value is. */
    static Trend trend(MeasureDirection direction, BigDecimal tolerance, Value previous, Value current) {
        if (previous == null || current == null) {
            return null;
        }
        BigDecimal change = current.amount().subtract(previous.amount());
        return switch (direction) {
            case INCREASE -> byBetter(change.signum());
            case REDUCE -> byBetter(-change.signum());
            case MAINTAIN -> change.abs().compareTo(tolerance(tolerance)) <= 0 ? Trend.HELD : byBetter(change.signum());
        };
    }

    /** Null when there is no target or no value. A MAINTAIN measure meets its target within its tolerance below it. */
    static AgainstTarget againstTarget(MeasureDirection direction, BigDecimal tolerance, Value target, Value current) {
        if (target == null || current == null) {
            return null;
        }
        BigDecimal value = current.amount();
        boolean met = switch (direction) {
            case INCREASE -> value.compareTo(target.amount()) >= 0;
            case REDUCE -> value.compareTo(target.amount()) <= 0;
            case MAINTAIN -> value.compareTo(target.amount().subtract(tolerance(tolerance))) >= 0;
        };
        return met ? AgainstTarget.MET : AgainstTarget.MISSED;
    }

    private static Trend byBetter(int signum) {
        return signum > 0 ? Trend.IMPROVED : signum < 0 ? Trend.WORSENED : Trend.HELD;
    }

    private static BigDecimal tolerance(BigDecimal tolerance) {
        return tolerance == null ? BigDecimal.ZERO : tolerance;
    }
}
