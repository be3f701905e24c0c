package io.plantrail.platform.security;

import org.junit.jupiter.api.DynamicTest;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test matrix of issue 5, shared by both services: every endpoint a service exposes, sent by every kind of
 * caller, with the exact status each must get. A service's table lists each endpoint once with the roles that may
 * call it and what an allowed call answers; {@link #exposed} finds every endpoint the running service really has,
 * so an endpoint added without a row fails the test.
 */
public final class AccessMatrix {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private AccessMatrix() {
    }

    /** Who knocks: no credentials, broken credentials of every kind, and a signed-in user per role. */
    public enum Knock {
        NO_CREDENTIALS(null, null),
        WRONG_PASSWORD(TestIdentity.basic("manager", "not-the-password"), null),
        UNKNOWN_USER(TestIdentity.basic("nobody", "test-nobody"), null),
        EXPIRED_TOKEN(TestIdentity.expiredBearer("r.jones", List.of("PLAN_MANAGER")), null),
        TOKEN_OF_ANOTHER_ISSUER(TestIdentity.otherIssuerBearer("r.jones", List.of("PLAN_MANAGER")), null),
        TOKEN_SIGNED_BY_ANOTHER_KEY(TestIdentity.strangerSignedBearer("r.jones", List.of("PLAN_MANAGER")), null),
        GARBLED_TOKEN("Bearer not.a.token", null),
        PLAN_MANAGER_BY_TOKEN(TestIdentity.bearer("r.jones", List.of("PLAN_MANAGER"), List.of()), Role.PLAN_MANAGER),
        PLAN_MANAGER(TestIdentity.basic("manager"), Role.PLAN_MANAGER),
        LEAD_BY_TOKEN(TestIdentity.bearer("j.wilson", List.of("LEAD"), List.of("Jackie Wilson")), Role.LEAD),
        LEAD(TestIdentity.basic("lead"), Role.LEAD),
        AUDITOR(TestIdentity.basic("auditor"), Role.AUDITOR),
        INSPECTOR_BY_TOKEN(TestIdentity.bearer("ofsted.inspector", List.of("INSPECTOR"), List.of()), Role.INSPECTOR),
        INSPECTOR(TestIdentity.basic("inspector"), Role.INSPECTOR),
        ADMIN(TestIdentity.basic("admin"), Role.ADMIN),
        TOKEN_WITHOUT_ROLES(TestIdentity.bearer("someone", List.of(), List.of()), null);

        private final String authorization;
        private final Role role;

        Knock(String authorization, Role role) {
            this.authorization = authorization;
            this.role = role;
        }

        /** Signed in, with or without a role. */
        boolean signedIn() {
            return role != null || this == TOKEN_WITHOUT_ROLES;
        }

        /** Credentials that do not hold: refused everywhere, even where no credentials are needed. */
        boolean broken() {
            return !signedIn() && this != NO_CREDENTIALS;
        }
    }

    /**
     * One endpoint: how to call it (a concrete path, with unknown ids where it needs one), which roles may, and the
     * status an allowed call gets. {@code open} endpoints answer everyone, signed in or not, but
     * still refuse credentials that do not hold.
     */
    public record Row(String method, String pattern, String path, String body, String contentType, Set<Role> roles,
                      int allowed, boolean open) {

        public static Row open(String method, String pattern, int allowed) {
            return open(method, pattern, pattern, allowed);
        }

        public static Row open(String method, String pattern, String path, int allowed) {
            return new Row(method, pattern, path, null, null, EnumSet.noneOf(Role.class), allowed, true);
        }

        public static Row of(String method, String pattern, String path, String body, int allowed, Role... roles) {
            return new Row(method, pattern, path, body, body == null ? null : "application/json",
                    roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(List.of(roles)), allowed, false);
        }

        /** The same row with a body of another type, such as a table for an import. */
        public Row sending(String type) {
            return new Row(method, pattern, path, body, type, roles, allowed, open);
        }

        /** The exact status this caller must get. */
        public int expectedFor(Knock knock) {
            if (open) {
                return knock.broken() ? 401 : allowed;
            }
            if (!knock.signedIn()) {
                return 401;
            }
            return knock.role != null && roles.contains(knock.role) ? allowed : 403;
        }

        String key() {
            return method + " " + pattern;
        }
    }

    public record Answer(int status, String contentType, String body) {
    }

    /** The rows both services share: health, operations and the API description. */
    public static List<Row> operationsRows() {
        return List.of(
                Row.open("GET", "/actuator/health", 200),
                Row.open("GET", "/actuator/health/**", "/actuator/health/readiness", 200),
                Row.of("GET", "/actuator", "/actuator", null, 200, Role.ADMIN),
                Row.of("GET", "/actuator/info", "/actuator/info", null, 200, Role.ADMIN),
                Row.of("GET", "/actuator/prometheus", "/actuator/prometheus", null, 200, Role.ADMIN),
                Row.open("GET", "/v3/api-docs", 200),
                Row.open("GET", "/v3/api-docs.yaml", 200),
                Row.open("GET", "/v3/api-docs/swagger-config", 200),
                Row.open("GET", "/swagger-ui.html", 302),
                // Spring's error page is reached only by forwarding a failed request, never directly.
                Row.of("ANY", "/error", "/error", null, 0));
    }

    /**
     * Every row sent by every kind of caller, each checked with {@link #assertAnswer}; a refused call must leave
     * {@code writes} (such as the number of stored events), when given, as it was.
     */
    public static Stream<DynamicTest> tests(int port, List<Row> rows) {
        return tests(port, rows, null);
    }

    public static Stream<DynamicTest> tests(int port, List<Row> rows, LongSupplier writes) {
        return rows.stream().flatMap(row -> Stream.of(Knock.values()).map(knock ->
                DynamicTest.dynamicTest(knock + " " + row.method() + " " + row.path(), () -> {
                    long before = writes == null ? 0 : writes.getAsLong();
                    Answer answer = send(port, row, knock);
                    assertAnswer(row, knock, answer);
                    if (writes != null && answer.status() >= 400) {
                        assertThat(writes.getAsLong()).as("nothing written").isEqualTo(before);
                    }
                })));
    }

    public static Answer send(int port, Row row, Knock knock) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + row.path()));
        if (knock.authorization != null) {
            request.header("Authorization", knock.authorization);
        }
        if (row.contentType() != null) {
            request.header("Content-Type", row.contentType());
        }
        request.method(row.method().equals("ANY") ? "GET" : row.method(), row.body() == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(row.body()));
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The exact status; and a refusal is a problem of the stable type, naming no internals. */
    public static void assertAnswer(Row row, Knock knock, Answer answer) {
        int expected = row.expectedFor(knock);
        assertThat(answer.status()).as("%s %s by %s: %s", row.method(), row.path(), knock, answer.body())
                .isEqualTo(expected);
        if (expected == 401 || expected == 403) {
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.body()).contains(expected == 401 ? "urn:plantrail:problem:unauthenticated"
                    : "urn:plantrail:problem:forbidden").doesNotContain("Exception").doesNotContain("at org.");
        }
    }

    /** Every "METHOD pattern" the running service maps: controllers, actuator endpoints, the API description. */
    public static Set<String> exposed(ApplicationContext context) {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping
                : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                List<String> names = new ArrayList<>();
                if (methods.isEmpty()) {
                    names.add("ANY");
                }
                methods.forEach(method -> names.add(method.name()));
                for (String pattern : info.getPatternValues()) {
                    names.forEach(name -> endpoints.add(name + " " + pattern));
                }
            }
        }
        return endpoints;
    }

    /** The "METHOD pattern" keys a table covers. */
    public static Set<String> covered(List<Row> rows) {
        Set<String> keys = new TreeSet<>();
        rows.forEach(row -> keys.add(row.key()));
        return keys;
    }
}
