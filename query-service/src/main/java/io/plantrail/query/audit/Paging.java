package io.plantrail.query.audit;

import io.plantrail.query.web.InvalidParameter;

/** Which page of the audit log to answer: pages count from 0; a page holds 50 rows unless asked, at most 500. */
record Paging(int page, int size) {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 500;

    static Paging parse(String page, String size) {
        return new Paging(number("page", page, 0, 0, Integer.MAX_VALUE),
                number("size", size, DEFAULT_SIZE, 1, MAX_SIZE));
    }

    long offset() {
        return (long) page * size;
    }

    private static int number(String name, String raw, int absent, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below, like a number out of range
        }
        throw new InvalidParameter(name, "must be a whole number from " + min + " to " + max);
    }
}
