package io.plantrail.query.planstatus;

import io.plantrail.events.Lead;
import io.plantrail.events.Timescale;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A plan as it stands: its aims with their actions, and totals by status and RAG. */
record PlanStatusView(UUID id,
                      String title,
                      String organisation,
                      String period,
                      String status,
                      List<Aim> aims,
                      Totals totals,
                      LocalDate today) {

    record Aim(int number, String title, List<Action> actions) {
    }

    record Action(UUID id,
                  String ref,
                  int aim,
                  String title,
                  List<Lead> leads,
                  Timescale timescale,
                  LocalDate due,
                  String status,
                  String outcome,
                  LocalDate closedOn,
                  String rag,
                  LastUpdate lastUpdate,
                  Long daysOverdue) {
    }

    record LastUpdate(String narrative, LocalDate asOf, Instant recorded) {
    }

    /** {@code byRag} counts open and closed actions; {@code NONE} is an action never rated. */
    record Totals(int actions, Map<String, Integer> byStatus, Map<String, Integer> byRag, int overdue) {
    }
}
