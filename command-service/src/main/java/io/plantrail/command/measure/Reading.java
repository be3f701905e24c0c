package io.plantrail.command.measure;

import io.plantrail.events.Rag;

import java.math.BigDecimal;

/** One value of a measure: a number, or a RAG for a measure rated by colour. Exactly one is set. Public for
 * imports, whose commands carry it. */
public record Reading(BigDecimal number, Rag rag) {

    public static Reading of(BigDecimal number, Rag rag) {
        return number == null && rag == null ? null : new Reading(number, rag);
    }

    /** 85.9 and 85.90 are the same value. */
    public boolean sameAs(Reading other) {
        if (other == null) {
            return false;
        }
        return rag == other.rag && (number == null ? other.number == null
                : other.number != null && number.compareTo(other.number) == 0);
    }

    @Override
    public String toString() {
        return rag != null ? rag.name() : number.toPlainString();
    }
}
