package io.plantrail.events;

/** What a measure's values are: a number of some kind, or (RAG) a Red/Amber/Green rating. */
public enum MeasureUnit {
    PERCENT, COUNT, RATE, GRADE, RAG
}
