package io.plantrail.local;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command-line import: reads a table from a file and sends it to {@code POST /api/imports} of a running
 * command-service, then prints the per-row report. It is a client of the API on purpose, so a command-line import
 * is recorded like any other, with the user the service authenticates.
 *
 * <pre>
 * ./run.sh import --title "Improvement Action Plan" --organisation "Leeds City Council" --period 2009/10 \
 *     --dry-run plan.txt
 * </pre>
 */
final class ImportCommand {

    static final String USAGE = """
            Usage: import [options] FILE
              Imports an action plan or a directorate scorecard from tab- or comma-separated text through
              POST /api/imports of a running command-service.

              --url URL               command-service (default http://localhost:$COMMAND_PORT, else :8080)
              --kind plan|scorecard   default plan
              --title TEXT            the plan's title (required for a plan; a scorecard's own by default)
              --organisation TEXT     the council (required)
              --period TEXT           such as 2009/10 (required for a plan; a scorecard's year by default)
              --status DRAFT|ACTIVE   default DRAFT
              --plan-id UUID          import into this plan id instead of one derived from the names
              --as-of YYYY-MM-DD      the date the Progress to date column speaks for (default today)
              --post NAME             a post the Lead column may name (repeatable; added to the defaults)
              --body NAME             a board or body the Lead column may name (repeatable)
              --dry-run               only say what would be created and what cannot be read
              --skip-unreadable       import the readable rows even if some cannot be read
              --csv | --tsv           the file's format (default: from its extension, else guessed)
              --json                  print the service's report as JSON instead of a summary
              --user NAME             sign in as this user (default manager, the demo plan manager); the
                                      password comes from PLANTRAIL_PASSWORD, else from the demo users'
                                      file of a ./run.sh system; PLANTRAIL_TOKEN (a bearer token from your
                                      identity provider) is used instead when set
              --users-file FILE       the demo users' file (default .plantrail/demo-users.properties)

              Exit status: 0 done (or a dry run without problems), 1 rows that cannot be read or a refusal,
              2 a mistake in the command line or the service could not be reached.
            """;

    private static final Map<String, String> VALUE_OPTIONS = Map.of(
            "--kind", "kind", "--title", "title", "--organisation", "organisation", "--period", "period",
            "--status", "status", "--plan-id", "planId", "--as-of", "asOf", "--post", "post", "--body", "body");

    private ImportCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        List<String[]> parameters = new ArrayList<>();
        String url = null;
        String user = "manager";
        Path usersFile = Path.of(System.getProperty("plantrail.root", "."), ".plantrail", "demo-users.properties");
        String contentType = null;
        boolean json = false;
        Path file = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (VALUE_OPTIONS.containsKey(arg) || List.of("--url", "--user", "--users-file").contains(arg)) {
                if (i + 1 >= args.length) {
                    return usage(err, arg + " needs a value");
                }
                String value = args[++i];
                if (arg.equals("--url")) {
                    url = value;
                } else if (arg.equals("--user")) {
                    user = value;
                } else if (arg.equals("--users-file")) {
                    usersFile = Path.of(value);
                } else {
                    parameters.add(new String[]{VALUE_OPTIONS.get(arg), value});
                }
            } else if (arg.equals("--dry-run")) {
                parameters.add(new String[]{"dryRun", "true"});
            } else if (arg.equals("--skip-unreadable")) {
                parameters.add(new String[]{"skipUnreadable", "true"});
            } else if (arg.equals("--csv")) {
                contentType = "text/csv";
            } else if (arg.equals("--tsv")) {
                contentType = "text/tab-separated-values";
            } else if (arg.equals("--json")) {
                json = true;
            } else if (arg.equals("--help") || arg.equals("-h")) {
                out.print(USAGE);
                return 0;
            } else if (arg.startsWith("--") || file != null) {
                return usage(err, "unexpected " + arg);
            } else {
                file = Path.of(arg);
            }
        }
        if (file == null) {
            return usage(err, "name the file to import");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("Cannot read " + file + ": " + e.getMessage());
            return 2;
        }
        if (contentType == null) {
            String name = file.getFileName().toString().toLowerCase();
            contentType = name.endsWith(".csv") ? "text/csv"
                    : name.endsWith(".tsv") || name.endsWith(".tab") ? "text/tab-separated-values" : "text/plain";
        }
        String authorization = authorization(user, usersFile);
        if (authorization == null) {
            err.println("No password for " + user + ": set PLANTRAIL_PASSWORD (or PLANTRAIL_TOKEN), or run against a "
                    + "./run.sh system whose demo users are in " + usersFile);
            return 2;
        }
        URI base = URI.create(url != null ? url : "http://localhost:" + commandPort());
        PlantrailClient.Answer answer;
        try {
            answer = new PlantrailClient(base, authorization).postText("/api/imports?" + query(parameters), text, contentType);
        } catch (RuntimeException e) {
            err.println("Could not reach the command service at " + base + ": " + e.getMessage());
            return 2;
        }
        if (json) {
            out.println(answer.body().toPrettyString());
        } else {
            print(answer, out);
        }
        if (answer.status() / 100 != 2) {
            return answer.status() == 400 || answer.status() == 409 ? 1 : 2;
        }
        JsonNode totals = answer.body().path("totals");
        return totals.path("unreadable").asInt() + totals.path("conflicts").asInt() > 0 ? 1 : 0;
    }

    private static void print(PlantrailClient.Answer answer, PrintStream out) {
        JsonNode body = answer.body();
        JsonNode report = body.has("report") ? body.get("report") : body;
        if (answer.status() / 100 != 2) {
            out.println(answer.status() + " " + body.path("title").asText() + ": " + body.path("detail").asText());
            for (JsonNode error : body.path("errors")) {
                String where = error.has("line") ? "line " + error.get("line").asInt() : error.path("field").asText();
                out.println("  " + where + ": " + error.path("message").asText());
            }
            if (!body.has("report")) {
                return;
            }
        }
        JsonNode plan = report.path("plan");
        out.println("Plan " + plan.path("id").asText() + "  " + plan.path("title").asText() + " ("
                + plan.path("organisation").asText() + ", " + plan.path("period").asText() + "): "
                + plan.path("outcome").asText());
        for (JsonNode row : report.path("rows")) {
            String what = switch (row.path("type").asText()) {
                case "AIM" -> "aim " + row.path("aim").asInt() + "  " + row.path("title").asText();
                case "ACTION" -> "action " + row.path("ref").asText() + "  " + row.path("title").asText();
                case "PRIORITY" -> "priority " + row.path("ref").asText() + "  " + row.path("title").asText();
                case "MEASURE" -> "measure  " + row.path("title").asText();
                default -> row.path("text").asText();
            };
            out.printf("  line %-4d %-13s %s%s%n", row.path("line").asInt(), row.path("status").asText(),
                    abbreviate(what), row.path("commands").isEmpty() ? "" : "  " + row.path("commands"));
            row.path("problems").forEach(problem -> out.println("              problem: " + problem.asText()));
            row.path("warnings").forEach(warning -> out.println("              note: " + warning.asText()));
        }
        out.println(report.path("outcome").asText() + "  " + report.path("totals"));
    }

    private static String abbreviate(String text) {
        String line = text.replace('\n', ' ');
        return line.length() <= 70 ? line : line.substring(0, 67) + "...";
    }

    private static String query(List<String[]> parameters) {
        List<String> pairs = new ArrayList<>();
        for (String[] parameter : parameters) {
            Map<String, String> one = new LinkedHashMap<>();
            one.put(parameter[0], parameter[1]);
            pairs.add(DemoData.query(one));
        }
        return String.join("&", pairs);
    }

    /** A bearer token when given, else the user's password from the environment or the demo users' file. */
    private static String authorization(String user, Path usersFile) {
        String token = System.getenv("PLANTRAIL_TOKEN");
        if (token != null && !token.isBlank()) {
            return "Bearer " + token.strip();
        }
        String password = System.getenv("PLANTRAIL_PASSWORD");
        if (password == null || password.isBlank()) {
            try {
                password = LocalUsers.load(usersFile).passwords().get(user);
            } catch (IOException e) {
                return null;
            }
        }
        return password == null ? null : LocalUsers.basic(user, password);
    }

    private static int commandPort() {
        String value = System.getenv("COMMAND_PORT");
        return value == null || value.isBlank() ? 8080 : Integer.parseInt(value.trim());
    }

    private static int usage(PrintStream err, String mistake) {
        err.println(mistake);
        err.print(USAGE);
        return 2;
    }
}
