package io.plantrail.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Checks docker-compose.yml and the Dockerfile at the repository root by reading them: no Docker engine runs where
 * the tests run, so this is what stands between a typo and a {@code docker compose up} that fails for someone else.
 */
class DockerComposeTest {

    private static final String POSTGRES = "postgres";
    /** Application service name → the port it must listen on and publish. */
    private static final Map<String, Integer> APP_PORTS = Map.of("command-service", 8080, "query-service", 8081);

    private static final Pattern JDBC_POSTGRES_URL =
            Pattern.compile("jdbc:postgresql://([^/:?]+)(?::(\\d+))?/([^?]+)(?:\\?.*)?");
    private static final Pattern READINESS_URL =
            Pattern.compile("https?://(?:localhost|127\\.0\\.0\\.1)(?::(\\d+))?/actuator/health/readiness\\b");
    /** {@code ${NAME}}, {@code ${NAME:-default}} or {@code ${NAME-default}}; {@code $$} is an escaped dollar. */
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\$|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?}");

    private static Path root;
    private static Map<String, Object> services;

    @BeforeAll
    static void readComposeFile() throws IOException {
        root = repositoryRoot();
        try (Reader reader = Files.newBufferedReader(root.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            assertThat(compose).as("docker-compose.yml is empty").isNotNull();
            services = map(compose.get("services"), "services");
        }
    }

    @Test
    void definesPostgresAndBothServicesWithPostgresMajorVersion15() {
        assertThat(services).containsKeys(POSTGRES, "command-service", "query-service");
        // The embedded PostgreSQL the tests use is 15; the compose database must not drift to another major.
        assertThat(string(service(POSTGRES).get("image"), "postgres image"))
                .as("postgres image must pin major version 15 (as the tests' embedded PostgreSQL)")
                .matches("postgres:15(\\.\\d+)*");
    }

    @Test
    void applicationServicesBuildTheirOwnModuleFromTheRepositoryRootWithTheDockerfile() throws IOException {
        String dockerfile = Files.readString(root.resolve("Dockerfile"));
        assertThat(dockerfile).as("Dockerfile must declare the SERVICE build arg").containsPattern("(?m)^ARG\\s+SERVICE\\b");
        for (String name : APP_PORTS.keySet()) {
            Map<String, Object> build = map(service(name).get("build"), name + ".build");
            assertThat(string(build.get("context"), name + " build context")).as(name + " build context").isIn(".", "./");
            Object dockerfileName = build.getOrDefault("dockerfile", "Dockerfile");
            assertThat(string(dockerfileName, name + " dockerfile")).as(name + " dockerfile").isIn("Dockerfile", "./Dockerfile");
            String module = keyValues(build.get("args"), name + ".build.args").get("SERVICE");
            assertThat(module).as(name + " build arg SERVICE").isEqualTo(name);
            assertThat(root.resolve(module).resolve("pom.xml"))
                    .as(name + ": SERVICE must name a module directory with a pom.xml").isRegularFile();
        }
    }

    @Test
    void eachServicePublishesTheSamePortItListensOnThroughPort() {
        APP_PORTS.forEach((name, port) -> {
            Map<String, Object> service = service(name);
            assertThat(publishedPorts(service.get("ports"), name))
                    .as(name + " must publish host port %d to container port %d", port, port)
                    .contains(port + ":" + port);
            assertThat(interpolate(environment(service).get("PORT"))).as(name + " PORT").isEqualTo(String.valueOf(port));
        });
    }

    @Test
    void eachServiceConnectsToThePostgresServiceDatabaseWithItsCredentials() {
        Map<String, String> postgres = environment(service(POSTGRES));
        String database = interpolate(postgres.getOrDefault("POSTGRES_DB", postgres.get("POSTGRES_USER")));
        assertThat(database).as("postgres POSTGRES_DB").isNotBlank();
        for (String name : APP_PORTS.keySet()) {
            Map<String, String> env = environment(service(name));
            String url = interpolate(env.get("DATABASE_URL"));
            assertThat(url).as(name + " DATABASE_URL").isNotNull();
            Matcher jdbc = JDBC_POSTGRES_URL.matcher(url);
            assertThat(jdbc.matches()).as(name + " DATABASE_URL is a JDBC PostgreSQL URL: " + url).isTrue();
            assertThat(jdbc.group(1)).as(name + " database host").isEqualTo(POSTGRES);
            assertThat(jdbc.group(2)).as(name + " database port").isIn(null, "5432");
            assertThat(jdbc.group(3)).as(name + " database name").isEqualTo(database);
            // Compared as written, so that they agree whatever POSTGRES_USER / POSTGRES_PASSWORD are set to.
            assertThat(env.get("DATABASE_USER")).as(name + " DATABASE_USER")
                    .isNotBlank().isEqualTo(postgres.get("POSTGRES_USER"));
            assertThat(env.get("DATABASE_PASSWORD")).as(name + " DATABASE_PASSWORD")
                    .isNotBlank().isEqualTo(postgres.get("POSTGRES_PASSWORD"));
        }
    }

    @Test
    void servicesWaitForAHealthyPostgres() {
        for (String name : APP_PORTS.keySet()) {
            Map<String, Object> dependsOn = map(service(name).get("depends_on"), name + ".depends_on (long form)");
            Map<String, Object> onPostgres = map(dependsOn.get(POSTGRES), name + ".depends_on.postgres");
            assertThat(onPostgres.get("condition")).as(name + " depends_on postgres condition").isEqualTo("service_healthy");
        }
    }

    @Test
    void everyServiceHasAHealthcheckAndTheServicesCheckReadinessOnTheirOwnPort() {
        assertThat(healthcheck(POSTGRES)).as("postgres healthcheck").contains("pg_isready");
        APP_PORTS.forEach((name, port) -> {
            String check = healthcheck(name);
            Matcher url = READINESS_URL.matcher(check);
            assertThat(url.find()).as(name + " healthcheck must call /actuator/health/readiness: " + check).isTrue();
            assertThat(url.group(1)).as(name + " healthcheck port").isEqualTo(String.valueOf(port));
        });
    }

    @Test
    void dockerfileBuildsWithJava17AndRunsTheExecutableJar() throws IOException {
        List<List<String>> stages = stages(Files.readString(root.resolve("Dockerfile")));
        assertThat(stages).as("Dockerfile stages (multi-stage: build, then runtime)").hasSizeGreaterThanOrEqualTo(2);

        List<String> build = stages.get(0);
        assertThat(build.get(0)).as("build stage base image: a JDK 17 (eclipse-temurin or maven on temurin)")
                .matches("(?i)FROM\\s+(eclipse-temurin:17[-.][^\\s]*jdk[^\\s]*|maven:[^\\s]*eclipse-temurin-17\\b[^\\s]*)\\s+AS\\s+\\S+");
        assertThat(String.join("\n", build)).as("build stage runs the Maven wrapper for the SERVICE module")
                .containsPattern("mvnw\\b[^\\n]*\\bpackage\\b[^\\n]*-pl\\s+\\$\\{?SERVICE\\b");
        String buildName = build.get(0).replaceAll("(?is).*\\bAS\\s+(\\S+)\\s*$", "$1");

        List<String> runtime = stages.get(stages.size() - 1);
        assertThat(runtime).as("runtime stage copies the repackaged *-exec.jar from the build stage to /app/app.jar")
                .anyMatch(line -> line.matches("(?i)COPY\\s+--from=" + Pattern.quote(buildName) + "\\s+\\S*-exec\\.jar\\s+/app/app\\.jar"));
        assertThat(runtime).as("runtime ENTRYPOINT")
                .anyMatch(line -> line.matches("ENTRYPOINT\\s+\\[\\s*\"java\",\\s*\"-jar\",\\s*\"/app/app\\.jar\"\\s*]"));
    }

    @Test
    void dockerfileRuntimeIsAJava17JreWithCurlRunningAsNonRoot() throws IOException {
        List<List<String>> stages = stages(Files.readString(root.resolve("Dockerfile")));
        List<String> runtime = stages.get(stages.size() - 1);
        // The compose healthchecks call curl: the Ubuntu-based Temurin images install it, Alpine and UBI ones do not.
        assertThat(runtime.get(0)).as("runtime base image: an Ubuntu-based Temurin 17 JRE")
                .matches("(?i)FROM\\s+eclipse-temurin:17[-.][^\\s]*jre[^\\s]*").doesNotContainPattern("(?i)alpine|ubi");
        assertThat(APP_PORTS.keySet()).allSatisfy(name -> assertThat(healthcheck(name)).containsPattern("\\bcurl\\b"));
        List<String> users = runtime.stream().filter(line -> line.matches("(?i)USER\\s+.*")).toList();
        assertThat(users).as("runtime stage must switch to a non-root USER").isNotEmpty();
        assertThat(users.get(users.size() - 1)).as("runtime USER").doesNotMatch("(?i)USER\\s+(root|0)(:.*)?");
    }

    @Test
    void prometheusScrapesBothServicesOnTheirActuatorEndpoint() throws IOException {
        Map<String, Object> prometheus = service("prometheus");
        assertThat(string(prometheus.get("image"), "prometheus image")).startsWith("prom/prometheus:v");
        assertThat(mountedFiles(prometheus)).contains("./ops/prometheus/prometheus.yml");
        Map<String, Object> config = yaml(root.resolve("ops/prometheus/prometheus.yml"));
        Map<String, String> targets = new LinkedHashMap<>();
        for (Object job : (List<?>) config.get("scrape_configs")) {
            Map<String, Object> scrape = map(job, "scrape config");
            assertThat(scrape.get("metrics_path")).as("metrics path of " + scrape.get("job_name"))
                    .isEqualTo("/actuator/prometheus");
            for (Object staticConfig : (List<?>) scrape.get("static_configs")) {
                for (Object target : (List<?>) map(staticConfig, "static config").get("targets")) {
                    String[] hostPort = String.valueOf(target).split(":");
                    targets.put(hostPort[0], hostPort[1]);
                }
            }
        }
        APP_PORTS.forEach((name, port) -> assertThat(targets).containsEntry(name, String.valueOf(port)));
        for (Object job : (List<?>) config.get("scrape_configs")) {
            Map<String, Object> auth = map(map(job, "scrape config").get("basic_auth"), "basic_auth");
            assertThat(auth.get("username")).as("metrics are for the admin user").isEqualTo("admin");
        }
        assertThat(environment(prometheus).get("PLANTRAIL_ADMIN_PASSWORD")).startsWith("${PLANTRAIL_ADMIN_PASSWORD:?");
        healthcheck("prometheus");
    }

    /** Only query-service signs checkpoints, so only it is given the signing key, from the environment. */
    @Test
    void queryServiceAloneTakesTheEvidenceSigningKeyFromTheEnvironment() {
        assertThat(environment(service("query-service")).get("PLANTRAIL_EVIDENCE_SIGNING_KEY"))
                .isEqualTo("${PLANTRAIL_EVIDENCE_SIGNING_KEY:-}");
        assertThat(environment(service("command-service"))).doesNotContainKey("PLANTRAIL_EVIDENCE_SIGNING_KEY");
    }

    /** Demo users on a configured database need passwords of their own: compose insists on each, with no default. */
    @Test
    void bothServicesSignInDemoUsersWithPasswordsFromTheEnvironmentOnly() {
        for (String name : APP_PORTS.keySet()) {
            Map<String, String> env = environment(service(name));
            assertThat(env.get("PLANTRAIL_SECURITY_DEMO_ENABLED")).as(name).isEqualTo("true");
            for (String user : List.of("MANAGER", "LEAD", "AUDITOR", "INSPECTOR", "ADMIN")) {
                assertThat(env.get("PLANTRAIL_SECURITY_DEMO_USERS_" + user + "_PASSWORD")).as(name + " " + user)
                        .startsWith("${PLANTRAIL_" + user + "_PASSWORD:?");
            }
        }
    }

    @Test
    void grafanaIsProvisionedWithPrometheusAndADashboardOfMetricsTheServicesExport() throws IOException {
        Map<String, Object> grafana = service("grafana");
        assertThat(mountedFiles(grafana)).contains("./ops/grafana/provisioning", "./ops/grafana/dashboards");
        Map<String, Object> datasources = yaml(root.resolve("ops/grafana/provisioning/datasources/prometheus.yml"));
        Map<String, Object> datasource = map(((List<?>) datasources.get("datasources")).get(0), "datasource");
        assertThat(datasource.get("url")).isEqualTo("http://prometheus:9090");
        String dashboard = Files.readString(root.resolve("ops/grafana/dashboards/plantrail.json"));
        JsonNode panels = new ObjectMapper().readTree(dashboard).get("panels");
        assertThat(panels).isNotEmpty();
        // The names the services register (CommandMetrics, ProjectionMetrics): a renamed metric empties a panel.
        assertThat(dashboard).contains("plantrail_commands_seconds_count", "plantrail_projection_lag_events",
                "plantrail_projection_lag_ms", "plantrail_projection_dead_letters", "hikaricp_connections_active");
        healthcheck("grafana");
    }

    // --- reading the files

    private static Map<String, Object> yaml(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return map(new Yaml().load(reader), file.toString());
        }
    }

    /** The host side of each volume a service mounts. */
    private static List<String> mountedFiles(Map<String, Object> service) {
        return ((List<?>) service.get("volumes")).stream().map(volume -> String.valueOf(volume).split(":")[0]).toList();
    }

    private static Path repositoryRoot() {
        Path workingDirectory = Path.of("").toAbsolutePath();
        // Maven runs the tests in local-run/, an IDE may run them at the root.
        for (Path candidate : new Path[] {workingDirectory, workingDirectory.getParent()}) {
            if (candidate != null && Files.isRegularFile(candidate.resolve("docker-compose.yml"))) {
                return candidate;
            }
        }
        return fail("docker-compose.yml not found in the working directory %s or its parent; run the test from the"
                + " repository root or from local-run/", workingDirectory);
    }

    private static Map<String, Object> service(String name) {
        return map(services.get(name), "service " + name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String what) {
        assertThat(value).as(what + " must be a mapping").isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static String string(Object value, String what) {
        assertThat(value).as(what).isNotNull();
        return String.valueOf(value);
    }

    /** A compose key/value section ({@code environment}, {@code args}) in either of its forms: mapping or KEY=VALUE list. */
    private static Map<String, String> keyValues(Object section, String what) {
        Map<String, String> result = new LinkedHashMap<>();
        if (section instanceof Map<?, ?> entries) {
            entries.forEach((key, value) -> result.put(String.valueOf(key), value == null ? null : String.valueOf(value)));
        } else if (section instanceof List<?> lines) {
            for (Object line : lines) {
                String[] parts = String.valueOf(line).split("=", 2);
                result.put(parts[0], parts.length == 2 ? parts[1] : null);
            }
        } else {
            fail("%s must be a mapping or a list of KEY=VALUE, was %s", what, section);
        }
        return result;
    }

    private static Map<String, String> environment(Map<String, Object> service) {
        return keyValues(service.get("environment"), "environment");
    }

    /** Ports as "published:target", from the short ("[ip:]8080:8080") or the long (target/published) syntax. */
    private static List<String> publishedPorts(Object ports, String name) {
        assertThat(ports).as(name + " ports").isInstanceOf(List.class);
        List<String> result = new ArrayList<>();
        for (Object port : (List<?>) ports) {
            if (port instanceof Map<?, ?> longForm) {
                result.add(longForm.get("published") + ":" + longForm.get("target"));
            } else {
                String[] parts = String.valueOf(port).replaceAll("/(tcp|udp)$", "").split(":");
                result.add(parts.length >= 2 ? parts[parts.length - 2] + ":" + parts[parts.length - 1] : parts[0]);
            }
        }
        return result;
    }

    private static String healthcheck(String name) {
        Map<String, Object> healthcheck = map(service(name).get("healthcheck"), name + ".healthcheck");
        assertThat(healthcheck.get("disable")).as(name + " healthcheck disabled").isNotEqualTo(Boolean.TRUE);
        Object test = healthcheck.get("test");
        assertThat(test).as(name + " healthcheck test").isNotNull();
        String command = test instanceof List<?> parts
                ? String.join(" ", parts.stream().map(String::valueOf).toList())
                : String.valueOf(test);
        assertThat(command).as(name + " healthcheck test").doesNotStartWith("NONE");
        return command;
    }

    /** The value compose would use with none of the variables set: defaults applied, {@code $$} unescaped. */
    private static String interpolate(String value) {
        if (value == null) {
            return null;
        }
        Matcher matcher = INTERPOLATION.matcher(value);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String replacement = matcher.group().equals("$$") ? "$" : matcher.group(2) == null ? "" : matcher.group(2);
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        return matcher.appendTail(result).toString();
    }

    /** Dockerfile instructions (continuation lines joined, comments dropped), grouped by stage; each starts with FROM. */
    private static List<List<String>> stages(String dockerfile) {
        List<List<String>> stages = new ArrayList<>();
        String joined = dockerfile.replaceAll("(?m)^\\s*#.*\\R", "").replaceAll("\\\\\\R", " ");
        for (String line : joined.split("\\R")) {
            String instruction = line.strip().replaceAll("\\s+", " ");
            if (instruction.isEmpty()) {
                continue;
            }
            if (instruction.regionMatches(true, 0, "FROM ", 0, 5)) {
                stages.add(new ArrayList<>());
            }
            assertThat(stages).as("Dockerfile must start with FROM (before: " + instruction + ")").isNotEmpty();
            stages.get(stages.size() - 1).add(instruction);
        }
        return stages;
    }
}
