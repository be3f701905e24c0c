package io.plantrail.query.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One event as the audit log shows it. {@code position} orders the whole log; {@code sequence} orders the events of
 * one plan or action. {@code actionId} is null for the plan's own events; {@code aggregateId} names the plan, action,
 * measure or inspection the event belongs to, and {@code planId} is null only for an inspection that informs no plan.
 */
record AuditEntry(long position,
                  String type,
                  Instant recorded,
                  String actor,
                  String reason,
                  List<Change> changes,
                  UUID planId,
                  UUID actionId,
                  long sequence,
                  String eventId,
                  String correlationId,
                  String idempotencyKey,
                  String aggregateId) {
}
