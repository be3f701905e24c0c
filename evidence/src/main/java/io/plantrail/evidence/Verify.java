package io.plantrail.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;

/**
 * The offline verifier: {@code java -jar plantrail-verify.jar bundle.json [--public-key key.pem] [--document file]...}.
 * Needs no database and no network. Exit code 0 verified, 1 not verified, 2 the command or a file could not be read.
 */
public final class Verify {

    static final int VERIFIED = 0;
    static final int NOT_VERIFIED = 1;
    static final int UNUSABLE = 2;
    private static final String USAGE = """
            Usage: java -jar plantrail-verify.jar BUNDLE.json [--public-key KEY] [--checkpoint FILE] [--document FILE]...
              BUNDLE.json        an evidence bundle exported from Plantrail
              --public-key KEY   the public key you trust (a PEM file, or its base64); without it the bundle's own
                                 key is used and its id is printed for you to compare with the published one
              --checkpoint FILE  a checkpoint you hold, as printed (board minutes): the bundle must rest on it
              --document FILE    a document offered as evidence: checked against the SHA-256 the events record
            Exit code: 0 verified, 1 not verified, 2 could not be run.""";

    private Verify() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path bundlePath = null;
        String key = null;
        Path held = null;
        List<Path> documents = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--public-key" -> key = i + 1 < args.length ? args[++i] : null;
                case "--checkpoint" -> held = i + 1 < args.length ? Path.of(args[++i]) : null;
                case "--document" -> {
                    if (i + 1 < args.length) {
                        documents.add(Path.of(args[++i]));
                    }
                }
                case "-h", "--help" -> {
                    out.println(USAGE);
                    return UNUSABLE;
                }
                default -> bundlePath = bundlePath == null && !args[i].startsWith("--") ? Path.of(args[i]) : null;
            }
        }
        if (bundlePath == null) {
            err.println(USAGE);
            return UNUSABLE;
        }
        try {
            PublicKey trusted = key == null ? null
                    : Keys.publicKey(Files.isRegularFile(Path.of(key)) ? Files.readString(Path.of(key)) : key);
            for (Path document : documents) {
                if (!Files.isRegularFile(document)) {
                    err.println("No such document: " + document);
                    return UNUSABLE;
                }
            }
            Bundle bundle;
            try (InputStream in = Files.newInputStream(bundlePath)) {
                bundle = BundleJson.read(in);
            }
            Checkpoint heldCheckpoint = held == null ? null : Checkpoint.parse(Files.readString(held));
            BundleVerifier.Report report = BundleVerifier.verify(bundle, trusted, heldCheckpoint, documents);
            out.print(report.text());
            return report.verified() ? VERIFIED : NOT_VERIFIED;
        } catch (IOException | RuntimeException e) {
            err.println("Could not check " + bundlePath + ": " + e.getMessage());
            return UNUSABLE;
        }
    }
}
