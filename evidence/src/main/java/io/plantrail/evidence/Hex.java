package io.plantrail.evidence;

import java.util.HexFormat;

/** Lower-case hex, the way hashes are shown everywhere in Plantrail; null stays null. */
public final class Hex {

    private static final HexFormat HEX = HexFormat.of();

    private Hex() {
    }

    public static String of(byte[] bytes) {
        return bytes == null ? null : HEX.formatHex(bytes);
    }

    public static byte[] parse(String hex) {
        return hex == null ? null : HEX.parseHex(hex.trim().toLowerCase());
    }
}
