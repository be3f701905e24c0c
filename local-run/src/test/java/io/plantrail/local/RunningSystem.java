package io.plantrail.local;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/** Starts the whole system the way the run command does, on free ports, for a test class. */
final class RunningSystem {

    private RunningSystem() {
    }

    static LocalSystem start() throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("plantrail.root", "..")).toAbsolutePath().normalize();
        Path work = Files.createTempDirectory("plantrail-it");
        return LocalSystem.start(new LocalSystem.Settings(
                PlantrailLocal.executableJar(root, "command-service"), PlantrailLocal.executableJar(root, "query-service"),
                freePort(), freePort(), null, work.resolve("logs")));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
