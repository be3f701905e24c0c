package io.plantrail.events;

/** What a piece of evidence backs: the action as a whole, one of its progress updates, or its closure. */
public enum EvidenceSubject {
    ACTION, PROGRESS, CLOSURE
}
