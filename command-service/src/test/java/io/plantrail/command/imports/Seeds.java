package io.plantrail.command.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The seed papers as the run command ships them for demo data, byte for byte as in shared/seeds. */
final class Seeds {

    static final Path PLAN_2009 = Path.of("../local-run/src/main/resources/demo/improvement-plan-2009-10.txt");
    static final Path SCORECARD_2011 = Path.of("../local-run/src/main/resources/demo/scorecard-2011-12-q2.txt");

    private Seeds() {
    }

    static String text(Path seed) {
        try {
            return Files.readString(seed, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The seed is read from " + seed.toAbsolutePath(), e);
        }
    }
}
