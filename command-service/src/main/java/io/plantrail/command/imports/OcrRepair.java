package io.plantrail.command.imports;

import java.util.Map;
import java.util.Optional;

/**
 * Undoes the one OCR slip that would otherwise corrupt names silently: Cyrillic or Greek letters that look like
 * Latin ones ({@code СХ} for {@code CX} in the 2009/10 plan), and the dotless i. Only a word made entirely of such
 * look-alikes, or mixing them with Latin letters, is changed, so genuine Cyrillic text is left alone. The
 * caller reports every repair.
 */
final class OcrRepair {

    private static final Map<Character, Character> LOOK_ALIKES = Map.ofEntries(
            Map.entry('А', 'A'), Map.entry('В', 'B'), Map.entry('С', 'C'), Map.entry('Е', 'E'), Map.entry('Н', 'H'),
            Map.entry('І', 'I'), Map.entry('Ј', 'J'), Map.entry('К', 'K'), Map.entry('М', 'M'), Map.entry('О', 'O'),
            Map.entry('Р', 'P'), Map.entry('Ѕ', 'S'), Map.entry('Т', 'T'), Map.entry('Х', 'X'), Map.entry('У', 'Y'),
            Map.entry('а', 'a'), Map.entry('с', 'c'), Map.entry('е', 'e'), Map.entry('і', 'i'), Map.entry('ј', 'j'),
            Map.entry('о', 'o'), Map.entry('р', 'p'), Map.entry('ѕ', 's'), Map.entry('х', 'x'), Map.entry('у', 'y'),
            Map.entry('Α', 'A'), Map.entry('Β', 'B'), Map.entry('Ε', 'E'), Map.entry('Ζ', 'Z'), Map.entry('Η', 'H'),
            Map.entry('Ι', 'I'), Map.entry('Κ', 'K'), Map.entry('Μ', 'M'), Map.entry('Ν', 'N'), Map.entry('Ο', 'O'),
            Map.entry('Ρ', 'P'), Map.entry('Τ', 'T'), Map.entry('Υ', 'Y'), Map.entry('Χ', 'X'), Map.entry('ο', 'o'),
            Map.entry('ı', 'i'));

    private OcrRepair() {
    }

    /** The text with look-alike letters made Latin, or empty when nothing needed changing. */
    static Optional<String> repair(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean changed = false;
        for (String word : text.split("(?<=\\s)|(?=\\s)")) {
            String latin = latinise(word);
            changed |= !latin.equals(word);
            out.append(latin);
        }
        return changed ? Optional.of(out.toString()) : Optional.empty();
    }

    private static String latinise(String word) {
        boolean hasLookAlike = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (LOOK_ALIKES.containsKey(c)) {
                hasLookAlike = true;
            } else if (Character.isLetter(c) && !isLatin(c)) {
                return word; // a real word in another script
            }
        }
        if (!hasLookAlike) {
            return word;
        }
        StringBuilder latin = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            latin.append(LOOK_ALIKES.getOrDefault(word.charAt(i), word.charAt(i)));
        }
        return latin.toString();
    }

    private static boolean isLatin(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }
}
