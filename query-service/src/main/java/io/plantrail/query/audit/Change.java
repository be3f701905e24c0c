package io.plantrail.query.audit;

/**
 * One field an event changed, with its value before and after. Values are written as the events write them
 * (enums by name, dates ISO, leads and timescales as objects); null means the field had or has no value.
 */
record Change(String field, Object before, Object after) {
}
