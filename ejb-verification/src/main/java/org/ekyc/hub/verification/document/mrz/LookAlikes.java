package org.ekyc.hub.verification.document.mrz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Correction of characters that OCR confuses in the OCR-B font (0/O, 1/I, 8/B, 5/S, 2/Z, 6/G),
 * guided by what the field may hold (ICAO 9303 Part 4/5 field definitions): numeric fields get
 * digits, alphabetic fields letters, and alphanumeric fields (document numbers, optional data) the
 * variant, with the fewest changes, that satisfies the field's check digit.
 */
public final class LookAlikes {

    private static final Map<Character, Character> TO_DIGIT = Map.ofEntries(
            Map.entry('O', '0'), Map.entry('Q', '0'), Map.entry('D', '0'), Map.entry('U', '0'),
            Map.entry('I', '1'), Map.entry('L', '1'), Map.entry('Z', '2'), Map.entry('S', '5'),
            Map.entry('B', '8'), Map.entry('G', '6'), Map.entry('A', '4'), Map.entry('T', '7'));
    private static final Map<Character, Character> TO_LETTER = Map.ofEntries(
            Map.entry('0', 'O'), Map.entry('1', 'I'), Map.entry('2', 'Z'), Map.entry('5', 'S'),
            Map.entry('8', 'B'), Map.entry('6', 'G'), Map.entry('4', 'A'), Map.entry('7', 'T'));
    /** Pairs swapped when a check digit guides the choice. */
    private static final Map<Character, Character> SWAP = Map.ofEntries(
            Map.entry('0', 'O'), Map.entry('O', '0'), Map.entry('1', 'I'), Map.entry('I', '1'),
            Map.entry('8', 'B'), Map.entry('B', '8'), Map.entry('5', 'S'), Map.entry('S', '5'),
            Map.entry('2', 'Z'), Map.entry('Z', '2'), Map.entry('6', 'G'), Map.entry('G', '6'),
            Map.entry('D', '0'), Map.entry('Q', '0'));
    private static final int MAX_CHANGES = 3;

    private LookAlikes() {
    }

    /** A numeric field (dates, check digits): letters that look like digits become those digits. */
    public static String numeric(String field) {
        StringBuilder sb = new StringBuilder(field.length());
        for (char c : field.toCharArray()) {
            sb.append(TO_DIGIT.getOrDefault(c, c));
        }
        return sb.toString();
    }

    /** An alphabetic field (codes, names): digits that look like letters become those letters. */
    public static String alpha(String field) {
        StringBuilder sb = new StringBuilder(field.length());
        for (char c : field.toCharArray()) {
            sb.append(TO_LETTER.getOrDefault(c, c));
        }
        return sb.toString();
    }

    /**
     * An alphanumeric field protected by {@code check}: the field itself when it matches, else the
     * variant with the fewest look-alike swaps (at most 3) that matches, else the field unchanged.
     */
    public static String guided(String field, char check) {
        if (CheckDigit.matches(field, check)) {
            return field;
        }
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < field.length(); i++) {
            if (SWAP.containsKey(field.charAt(i))) {
                positions.add(i);
            }
        }
        for (int changes = 1; changes <= Math.min(MAX_CHANGES, positions.size()); changes++) {
            String found = search(field.toCharArray(), check, positions, 0, changes);
            if (found != null) {
                return found;
            }
        }
        return field;
    }

    private static String search(char[] chars, char check, List<Integer> positions, int from, int left) {
        if (left == 0) {
            String candidate = new String(chars);
            return CheckDigit.matches(candidate, check) ? candidate : null;
        }
        for (int p = from; p < positions.size(); p++) {
            int i = positions.get(p);
            char original = chars[i];
            chars[i] = SWAP.get(original);
            String found = search(chars, check, positions, p + 1, left - 1);
            chars[i] = original;
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
