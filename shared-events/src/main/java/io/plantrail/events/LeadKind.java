package io.plantrail.events;

/** Whether a lead is a named person ("Jackie Wilson"), a post ("Interim DCS") or a body ("Children's Trust Board"). */
public enum LeadKind {
    PERSON, POST, BODY
}
