package io.plantrail.command.measure;

import io.plantrail.command.web.InvalidInput;
import io.plantrail.events.MeasureUnit;
import io.plantrail.events.MeasureValueStatus;

import java.math.BigDecimal;

/** What a value must look like for a measure's unit, and for the step it is recorded at. */
final class MeasureValues {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private MeasureValues() {
    }

    /** Pending names when the value is expected and has none; provisional and final carry a value. */
    static void checkStep(MeasureUnit unit, MeasureValueStatus status, Reading value, String expected) {
        if (status == MeasureValueStatus.REVISED) {
            throw new InvalidInput("status", "REVISED is not recorded: send the new value with a reason to revise");
        }
        if (status == MeasureValueStatus.PENDING) {
            if (value != null) {
                throw new InvalidInput("value", "a pending value has no value yet; give it when it is PROVISIONAL or FINAL");
            }
            if (expected == null) {
                throw new InvalidInput("expected", "required for a pending value: when it is expected, such as Dec 2011");
            }
            return;
        }
        if (expected != null) {
            throw new InvalidInput("expected", "only a PENDING value is expected later");
        }
        check(unit, "value", value);
    }

    static void check(MeasureUnit unit, String field, Reading value) {
        if (value == null) {
            throw new InvalidInput(field, "required");
        }
        if (unit == MeasureUnit.RAG) {
            if (value.rag() == null) {
                throw new InvalidInput(field, "must be RED, AMBER or GREEN for a measure rated by colour");
            }
            return;
        }
        BigDecimal number = value.number();
        if (number == null) {
            throw new InvalidInput(field, "must be a number for a measure in " + unit);
        }
        switch (unit) {
            case PERCENT -> require(field, number.signum() >= 0 && number.compareTo(HUNDRED) <= 0,
                    "must be a percentage from 0 to 100");
            case COUNT -> require(field, number.signum() >= 0 && isWhole(number), "must be a whole number, 0 or more");
            case GRADE -> require(field, isWhole(number) && number.intValue() >= 1 && number.intValue() <= 4,
                    "must be a grade from 1 to 4");
            case RATE -> require(field, number.signum() >= 0, "must be 0 or more");
            default -> throw new IllegalStateException("Unit " + unit);
        }
    }

    private static boolean isWhole(BigDecimal number) {
        return number.stripTrailingZeros().scale() <= 0;
    }

    private static void require(String field, boolean ok, String message) {
        if (!ok) {
            throw new InvalidInput(field, message);
        }
    }
}
