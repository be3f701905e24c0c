package io.plantrail.command;

import java.util.Map;
import java.util.Optional;

/** Reads one sample out of a Prometheus text scrape. */
final class Prometheus {

    private Prometheus() {
    }

    /** The value of the sample named {@code name} whose labels include every one of {@code labels}. */
    static Optional<Double> value(String scrape, String name, Map<String, String> labels) {
        return scrape.lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> labels.entrySet().stream()
                        .allMatch(label -> line.contains(label.getKey() + "=\"" + label.getValue() + "\"")))
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst();
    }
}
