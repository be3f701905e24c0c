package io.plantrail.local;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole of Plantrail on one machine: one database and both services as their own processes. Used by the
 * run command and by the end-to-end tests, so the tests exercise what a newcomer runs.
 */
final class LocalSystem implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Settings settings;
    private final Database database;
    private final LocalUsers users;
    private ServiceProcess commandService;
    private final ServiceProcess queryService;
    private final List<ServiceProcess> moreQueryServices = new ArrayList<>();

    private LocalSystem(Settings settings, Database database, LocalUsers users, ServiceProcess commandService,
                        ServiceProcess queryService) {
        this.settings = settings;
        this.database = database;
        this.users = users;
        this.commandService = commandService;
        this.queryService = queryService;
    }

    /** {@code signingKey}: the file with the key that signs evidence checkpoints, given to query-service; may be null. */
    record Settings(Path commandJar, Path queryJar, int commandPort, int queryPort, Path dataDir, Path logDir,
                    Path signingKey) {

        Settings(Path commandJar, Path queryJar, int commandPort, int queryPort, Path dataDir, Path logDir) {
            this(commandJar, queryJar, commandPort, queryPort, dataDir, logDir, null);
        }

        /** An operator's own key, set in the environment, wins over the generated one. */
        Map<String, String> queryEnv() {
            boolean ownKey = System.getenv("PLANTRAIL_EVIDENCE_SIGNING_KEY") != null
                    || System.getenv("PLANTRAIL_EVIDENCE_SIGNING_KEY_FILE") != null;
            return signingKey == null || ownKey ? Map.of()
                    : Map.of("PLANTRAIL_EVIDENCE_SIGNING_KEY_FILE", signingKey.toAbsolutePath().toString());
        }
    }

    static LocalSystem start(Settings settings) throws IOException, InterruptedException {
        return start(settings, Database.resolve(settings.dataDir()));
    }

    /** Both services on a database someone else provides (and stops, if it is not embedded here). */
    static LocalSystem start(Settings settings, Database database) throws IOException, InterruptedException {
        ServiceProcess command = null;
        ServiceProcess query = null;
        try {
            LocalUsers users = LocalUsers.loadOrCreate(usersFile(settings));
            command = ServiceProcess.start("command-service", settings.commandJar(), settings.commandPort(),
                    database, settings.logDir(), users.environment());
            query = ServiceProcess.start("query-service", settings.queryJar(), settings.queryPort(),
                    database, settings.logDir(), queryEnvironment(users, settings));
            command.awaitReady(START_TIMEOUT);
            query.awaitReady(START_TIMEOUT);
            return new LocalSystem(settings, database, users, command, query);
        } catch (IOException | InterruptedException | RuntimeException e) {
            stopAll(database, command, query);
            throw e;
        }
    }

    /** Stops command-service and starts a fresh process of it on the same port and database. */
    void restartCommandService() throws IOException, InterruptedException {
        commandService.stop();
        commandService = ServiceProcess.start("command-service", settings.commandJar(), settings.commandPort(),
                database, settings.logDir(), users.environment());
        commandService.awaitReady(START_TIMEOUT);
    }

    /** Starts one more query-service instance on the same database, sharing the projections' segments. */
    ServiceProcess startAnotherQueryService(int port) throws IOException, InterruptedException {
        ServiceProcess another = ServiceProcess.start("query-service-" + (moreQueryServices.size() + 2),
                settings.queryJar(), port, database, settings.logDir(), queryEnvironment(users, settings));
        moreQueryServices.add(another);
        another.awaitReady(START_TIMEOUT);
        return another;
    }

    /** The demo users, and the evidence signing key that only query-service holds. */
    private static Map<String, String> queryEnvironment(LocalUsers users, Settings settings) {
        Map<String, String> environment = new HashMap<>(users.environment());
        environment.putAll(settings.queryEnv());
        return environment;
    }

    /**
     * The demo users' passwords live beside the database's data, {@code .plantrail/demo-users.properties} for the
     * run command, or beside the logs where there is no data directory of its own.
     */
    static Path usersFile(Settings settings) {
        Path beside = settings.dataDir() != null ? settings.dataDir() : settings.logDir();
        return beside.toAbsolutePath().resolveSibling("demo-users.properties");
    }

    Database database() {
        return database;
    }

    LocalUsers users() {
        return users;
    }

    Path usersFile() {
        return usersFile(settings);
    }

    /** A client of the service that signs in as the demo user. */
    PlantrailClient client(ServiceProcess service, String user) {
        return new PlantrailClient(service.baseUrl(), users.authorization(user));
    }

    ServiceProcess commandService() {
        return commandService;
    }

    ServiceProcess queryService() {
        return queryService;
    }

    @Override
    public void close() {
        moreQueryServices.forEach(ServiceProcess::stop);
        stopAll(database, commandService, queryService);
    }

    private static void stopAll(Database database, ServiceProcess command, ServiceProcess query) {
        if (query != null) {
            query.stop();
        }
        if (command != null) {
            command.stop();
        }
        database.stop();
    }
}
