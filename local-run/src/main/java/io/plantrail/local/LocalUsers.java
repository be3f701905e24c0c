package io.plantrail.local;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The demo users of a local run (one per role, and a lead who acts for Jackie Wilson, a lead of the demo plan).
 * Their passwords are made up on the first run and kept beside the data, so they stay the same from run to run and
 * no password is ever shipped: the services refuse the built-in defaults on any database they did not start.
 */
record LocalUsers(Map<String, String> passwords) {

    static final List<String> NAMES = List.of("manager", "lead", "auditor", "inspector", "admin");
    static final Map<String, String> ROLES = Map.of("manager", "PLAN_MANAGER", "lead", "LEAD (acts for Jackie Wilson)",
            "auditor", "AUDITOR", "inspector", "INSPECTOR", "admin", "ADMIN");

    static LocalUsers loadOrCreate(Path file) throws IOException {
        Properties stored = read(file);
        Map<String, String> passwords = new LinkedHashMap<>();
        boolean changed = false;
        for (String name : NAMES) {
            String password = stored.getProperty(name);
            if (password == null || password.isBlank()) {
                password = newPassword();
                stored.setProperty(name, password);
                changed = true;
            }
            passwords.put(name, password);
        }
        if (changed) {
            StringWriter out = new StringWriter();
            stored.store(out, "Plantrail demo users of this checkout (made up on the first run; delete to renew)");
            PrivateFile.write(file, out.toString());
        }
        return new LocalUsers(Map.copyOf(passwords));
    }

    /** The users a run has made so far; none when the file does not exist. */
    static LocalUsers load(Path file) throws IOException {
        Map<String, String> passwords = new LinkedHashMap<>();
        read(file).forEach((name, password) -> passwords.put((String) name, (String) password));
        return new LocalUsers(Map.copyOf(passwords));
    }

    private static Properties read(Path file) throws IOException {
        Properties stored = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                stored.load(in);
            }
        }
        return stored;
    }

    /** What the services need to switch demo users on with these passwords. */
    Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PLANTRAIL_SECURITY_DEMO_ENABLED", "true");
        passwords.forEach((name, password) ->
                env.put("PLANTRAIL_SECURITY_DEMO_USERS_" + name.toUpperCase() + "_PASSWORD", password));
        return env;
    }

    /** An HTTP Basic {@code Authorization} header value for the user. */
    String authorization(String name) {
        String password = passwords.get(name);
        if (password == null) {
            throw new IllegalArgumentException("No demo user " + name);
        }
        return basic(name, password);
    }

    static String basic(String name, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String newPassword() {
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
