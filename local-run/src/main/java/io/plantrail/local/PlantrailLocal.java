package io.plantrail.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * The README's run command: starts the database (embedded unless DATABASE_URL is set), both services and the
 * demo plan and scorecard, prints where everything is, and on Ctrl-C stops all of it. With {@code import} as its first
 * argument it is instead the command-line import, a client of a command-service already running.
 */
public final class PlantrailLocal {

    private PlantrailLocal() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(ImportCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        Path root = Path.of(System.getProperty("plantrail.root", ".")).toAbsolutePath().normalize();
        LocalSystem.Settings settings = new LocalSystem.Settings(
                executableJar(root, "command-service"), executableJar(root, "query-service"),
                port("COMMAND_PORT", 8080), port("QUERY_PORT", 8081),
                root.resolve(".plantrail/pgdata"), root.resolve(".plantrail/logs"),
                EvidenceKey.ensure(root.resolve(".plantrail")));

        System.out.println("Starting Plantrail: database, command-service, query-service ...");
        LocalSystem system = LocalSystem.start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean stopping = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            System.out.println("\nStopping Plantrail ...");
            system.close();
            stopped.countDown();
        }, "plantrail-stop"));

        String demo;
        if (DemoData.storeIsEmpty(system.database())) {
            PlantrailClient manager = system.client(system.commandService(), "manager");
            int actions = DemoData.load(manager);
            DemoData.ScorecardLoaded scorecard = DemoData.loadScorecard(manager);
            demo = "loaded the 2009/10 improvement action plan (" + actions + " actions) and the Q2 2011/12 "
                    + "scorecard (" + scorecard.priorities() + " priorities, " + scorecard.measures() + " measures)";
        } else {
            demo = "the store already holds events, so no demo data was loaded";
        }
        printWelcome(system, settings, demo);
        watchServices(system, stopping);
        stopped.await();
    }

    private static void printWelcome(LocalSystem system, LocalSystem.Settings settings, String demo) {
        String commands = system.commandService().baseUrl().toString();
        String queries = system.queryService().baseUrl().toString();
        System.out.println("""

                Plantrail is running.
                  command-service  %1$s   (API docs %1$s/swagger-ui.html)
                  query-service    %2$s   (API docs %2$s/swagger-ui.html)
                  database         %3$s
                  demo data        %4$s
                  demo plan        %2$s/api/plans/%5$s
                  demo scorecard   %2$s%12$s
                  logs             %6$s
                  evidence         checkpoints signed with key %10$s; public key in %11$s
                                   verify a bundle: java -jar evidence/target/plantrail-verify.jar BUNDLE.json

                Demo users (HTTP Basic; passwords made up on the first run, kept in %7$s):
                %8$s
                  try: curl -u auditor:%9$s %2$s/api/plans

                Press Ctrl-C to stop everything.
                """.formatted(commands, queries,
                system.database().isEmbedded() ? "embedded PostgreSQL 15, data in " + settings.dataDir()
                        : system.database().jdbcUrl(),
                demo, DemoData.PLAN_ID, settings.logDir(), LocalSystem.usersFile(settings), users(system.users()),
                system.users().passwords().get("auditor"), EvidenceKey.keyId(settings.signingKey()),
                EvidenceKey.publicKeyFile(settings.signingKey()), DemoData.scorecardPath()));
    }

    private static String users(LocalUsers users) {
        StringBuilder table = new StringBuilder();
        for (String name : LocalUsers.NAMES) {
            table.append("  %-10s %-18s %s%n".formatted(name, users.passwords().get(name), LocalUsers.ROLES.get(name)));
        }
        return table.toString().stripTrailing();
    }

    /**
     * If a service dies on its own, say so and stop the rest rather than leave a half-running system. Ctrl-C
     * reaches the services too, so while stopping, their exit is expected.
     */
    private static void watchServices(LocalSystem system, AtomicBoolean stopping) {
        Thread watcher = new Thread(() -> {
            while (!stopping.get()) {
                for (ServiceProcess service : new ServiceProcess[]{system.commandService(), system.queryService()}) {
                    if (!service.isAlive() && !stopping.get()) {
                        System.err.println(service.name() + " stopped unexpectedly:\n" + service.logTail());
                        System.exit(1);
                    }
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "plantrail-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    static Path executableJar(Path root, String module) throws java.io.IOException {
        Path target = root.resolve(module).resolve("target");
        try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
            return files.filter(file -> file.getFileName().toString().matches(module + "-.*-exec\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No executable jar in " + target
                            + "; build it with ./mvnw -DskipTests package"));
        }
    }

    private static int port(String variable, int fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }
}
