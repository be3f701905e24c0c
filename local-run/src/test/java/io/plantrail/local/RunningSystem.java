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
        Path work = Files.createTempDirectory("plantrail-it");
        return LocalSystem.start(new LocalSystem.Settings(jar("command-service"), jar("query-service"),
                freePort(), freePort(), null, work.resolve("logs")));
    }

    /** A service's executable jar, as the build made it. */
    static Path jar(String module) throws IOException {
        Path root = Path.of(System.getProperty("plantrail.root", "..")).toAbsolutePath().normalize();
        return PlantrailLocal.executableJar(root, module);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
