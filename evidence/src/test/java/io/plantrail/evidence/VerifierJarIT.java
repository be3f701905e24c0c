package io.plantrail.evidence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar plantrail-verify.jar}, as the README tells an inspector to run it: its own process, with only the
 * JDK, the jar and the files. Runs after {@code package}, which builds the jar.
 */
class VerifierJarIT {

    private static final Path JAR = Path.of("target", "plantrail-verify.jar");

    @TempDir
    Path dir;

    @Test
    void theJarVerifiesABundleAndNamesTheFirstBadEvent() throws Exception {
        List<StoredEvent> events = new ArrayList<>(Samples.streams());
        List<EventLink> links = Samples.link(events);
        Path good = Files.write(dir.resolve("good.json"), BundleJson.bytes(bundle(events, links)));
        Path minutes = Files.writeString(dir.resolve("minutes.txt"), "minutes 2");

        Run ok = run(good.toString(), "--document", minutes.toString());
        assertThat(ok.code()).as(ok.out()).isZero();
        assertThat(ok.out()).contains("matches evidence \"Minutes\"").endsWith("VERIFIED\n");

        events.remove(2);
        Path bad = Files.write(dir.resolve("bad.json"), BundleJson.bytes(bundle(events, links)));
        Run failed = run(bad.toString());
        assertThat(failed.code()).isEqualTo(1);
        assertThat(failed.out()).contains("REMOVED at position 3").contains("event-3").endsWith("NOT VERIFIED\n");

        assertThat(run(dir.resolve("absent.json").toString()).code()).isEqualTo(2);
    }

    private static Bundle bundle(List<StoredEvent> events, List<EventLink> links) {
        List<Bundle.Event> bundled = new ArrayList<>();
        List<Bundle.Link> removed = new ArrayList<>();
        for (EventLink link : links) {
            events.stream().filter(e -> e.position() == link.position()).findFirst()
                    .ifPresentOrElse(e -> bundled.add(Bundle.Event.of(e, link)), () -> removed.add(Bundle.Link.of(link)));
        }
        return new Bundle(Bundle.FORMAT, new Bundle.Subject("action", Samples.ACTION), "2026-11-22T08:00:00Z",
                bundled, removed, null, null, List.of());
    }

    private record Run(int code, String out) {
    }

    private static Run run(String... args) throws IOException, InterruptedException {
        assertThat(JAR).as("built by ./mvnw package").isRegularFile();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out);
    }
}
