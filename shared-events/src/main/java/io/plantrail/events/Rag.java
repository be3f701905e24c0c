package io.plantrail.events;

/** The Red/Amber/Green rating that councils give a priority each quarter. */
public enum Rag {
    RED, AMBER, GREEN
}
