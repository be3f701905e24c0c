package io.plantrail.evidence;

import java.util.Objects;

/**
 * A signed statement that the store held exactly these events up to {@code position}: the Merkle root over the
 * links of the first {@code events} linked events (see {@link Merkle}), signed with Ed25519. It fits on a few
 * printed lines, so a board can minute it and an inspector can later check any bundle against the minutes.
 *
 * @param position  the highest position covered
 * @param events    how many linked events (leaves) the tree holds
 * @param root      the Merkle root, hex
 * @param created   when it was made, ISO-8601 UTC
 * @param keyId     which key signed it (see {@link Keys#keyId})
 * @param signature Ed25519 over {@link #statement()}, base64; null when no signing key was configured
 */
public record Checkpoint(long position, long events, String root, String created, String keyId, String signature) {

    public Checkpoint {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(created, "created");
    }

    /** Exactly the bytes that are signed (UTF-8), one field a line, each line ending in a line feed. */
    public String statement() {
        return "plantrail checkpoint v1\n"
                + "position: " + position + "\n"
                + "events: " + events + "\n"
                + "root: " + root + "\n"
                + "created: " + created + "\n"
                + "key: " + keyId + "\n";
    }

    /**
     * Reads a checkpoint back from its printed text (as in board minutes): the {@code name: value} lines of
     * {@link #printed()}, in any order, other lines ignored.
     */
    public static Checkpoint parse(String printed) {
        java.util.Map<String, String> fields = new java.util.HashMap<>();
        for (String line : printed.split("\\R")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                fields.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
        }
        try {
            return new Checkpoint(Long.parseLong(fields.get("position")), Long.parseLong(fields.get("events")),
                    fields.get("root"), fields.get("created"), fields.get("key"), fields.get("signature"));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not a printed Plantrail checkpoint: it needs the lines position, "
                    + "events, root, created, key and signature", e);
        }
    }

    /** The statement and its signature, as they would be printed in board minutes. */
    public String printed() {
        return statement() + "signature: " + signature + "\n";
    }
}
