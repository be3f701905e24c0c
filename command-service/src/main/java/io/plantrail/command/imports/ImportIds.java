package io.plantrail.command.imports;

import io.plantrail.events.ActionId;
import io.plantrail.events.PlanId;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.UUID;

/**
 * Ids derived from names (RFC 9562 version 5), so importing the same table again, or again after a run that
 * stopped half-way, names the same plan and the same actions and creates nothing twice. A plan is named by its
 * organisation, period and title; an action by its plan and ref; a scorecard's measure by its plan and name.
 */
final class ImportIds {

    /** The namespace of every id an import derives; never change it, or re-imports would duplicate. */
    private static final UUID NAMESPACE = UUID.fromString("6f1c1d2e-8a55-4b53-9d0c-7a1e1c0f2009");

    private ImportIds() {
    }

    static PlanId plan(String organisation, String period, String title) {
        return new PlanId(nameBased("plan\n" + normal(organisation) + "\n" + normal(period) + "\n" + normal(title)));
    }

    static ActionId action(PlanId plan, String ref) {
        return new ActionId(nameBased("action\n" + plan + "\n" + normal(ref)));
    }

    static UUID measure(PlanId plan, String name) {
        return nameBased("measure\n" + plan + "\n" + normal(name));
    }

    /** Case, spacing and the kind of apostrophe or dash do not make another plan. */
    static String normal(String text) {
        return text.strip().replaceAll("\\s+", " ").replace('’', '\'').replace('–', '-').toLowerCase(Locale.ROOT);
    }

    static UUID nameBased(String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            ByteBuffer namespace = ByteBuffer.allocate(16);
            namespace.putLong(NAMESPACE.getMostSignificantBits()).putLong(NAMESPACE.getLeastSignificantBits());
            sha1.update(namespace.array());
            sha1.update(name.getBytes(StandardCharsets.UTF_8));
            byte[] hash = sha1.digest();
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
            ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
            return new UUID(bits.getLong(), bits.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-1", e);
        }
    }
}
