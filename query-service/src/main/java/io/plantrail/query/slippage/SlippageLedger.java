package io.plantrail.query.slippage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Every action that was ever rescheduled, sorted by plan, aim and ref, each with its reschedules in order. */
record SlippageLedger(UUID plan, List<Action> actions) {

    /**
     * One rescheduled action: the timescale it was added with, the one it has now, and how far its due date
     * moved in all ({@code daysSlipped}, null when either end has no due date).
     */
    record Action(UUID planId,
                  String planTitle,
                  int aim,
                  String ref,
                  UUID actionId,
                  String title,
                  String originalTimescale,
                  LocalDate originalDue,
                  String currentTimescale,
                  LocalDate currentDue,
                  Long daysSlipped,
                  int rescheduleCount,
                  List<Reschedule> reschedules) {
    }

    /** One reschedule: when it was recorded, by whom, why, and the due date before and after. */
    record Reschedule(Instant recorded,
                      String previousTimescale,
                      LocalDate previousDue,
                      String newTimescale,
                      LocalDate newDue,
                      Long daysMoved,
                      String reason,
                      String actor) {
    }
}
