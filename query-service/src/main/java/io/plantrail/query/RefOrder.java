package io.plantrail.query;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Orders refs as people read them: 1.2 before 1.10, 2 before 10. Shared by every read model that lists actions. */
public enum RefOrder implements Comparator<String> {
    INSTANCE;

    @Override
    public int compare(String a, String b) {
        List<String> left = parts(a);
        List<String> right = parts(b);
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            int c = comparePart(left.get(i), right.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(left.size(), right.size());
    }

    private static int comparePart(String a, String b) {
        boolean numeric = a.chars().allMatch(Character::isDigit) && b.chars().allMatch(Character::isDigit);
        return numeric ? new BigInteger(a).compareTo(new BigInteger(b)) : a.compareToIgnoreCase(b);
    }

    private static List<String> parts(String ref) {
        List<String> parts = new ArrayList<>();
        for (String part : ref.split("(?<=\\d)(?=\\D)|(?<=\\D)(?=\\d)|[.\\-]")) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return parts;
    }
}
