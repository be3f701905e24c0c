package io.plantrail.command.action.timescale;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The month and season words plans use, and the misspellings of them that must not be read as words. */
final class DateWords {

    private static final List<String> MONTHS = List.of(
            "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");

    static final List<String> SEASONS = List.of("spring", "summer", "autumn", "winter");

    private static final Map<String, Integer> MONTH_BY_WORD = monthsByWord();

    /** Regex alternation of every month word, longest first so that "sept" is not cut short at "sep". */
    static final String MONTH = MONTH_BY_WORD.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .collect(Collectors.joining("|", "(?:", ")"));

    private DateWords() {
    }

    /** 1-12 for a full month name or its 3-4 letter abbreviation, otherwise 0. */
    static int month(String word) {
        return MONTH_BY_WORD.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
    }

    static boolean isSeason(String word) {
        return SEASONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * A word one slip away from a month or season ("Smarch", "Febuary", "Autum") was meant as a date,
     * so a year next to it cannot be read on its own. Short words are left alone: too many real words
     * are one letter from "may" or "jun".
     */
    static boolean resemblesDateWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() < 4) {
            return false;
        }
        for (String target : MONTHS) {
            if (target.length() >= 4 && editDistance(lower, target) == 1) {
                return true;
            }
        }
        for (String target : SEASONS) {
            if (editDistance(lower, target) == 1) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Integer> monthsByWord() {
        Map<String, Integer> words = new LinkedHashMap<>();
        for (int i = 0; i < MONTHS.size(); i++) {
            String name = MONTHS.get(i);
            words.put(name, i + 1);
            words.put(name.substring(0, 3), i + 1);
            if (name.length() > 4) {
                words.put(name.substring(0, 4), i + 1);
            }
        }
        return Map.copyOf(words);
    }

    /** Optimal string alignment distance: a swapped pair of letters counts as one slip, as typists make them. */
    private static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
