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
     * variant with the fewest look-alike swaps (at most 3) that matches, provided it is the only one
     * with that few swaps (a check digit has ten values: ambiguous corrections would often be
     * wrong), else the field unchanged.
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
            List<String> found = new ArrayList<>();
            search(field.toCharArray(), check, positions, 0, changes, found);
            if (found.size() == 1) {
                return found.get(0);
            }
            if (found.size() > 1) {
                return mostPlausible(field, found);
            }
        }
        return field;
    }

    /**
     * Among corrections with as few swaps, the one whose swapped characters fit their neighbours
     * and the field (a digit among digits, a letter among letters); none when that does not single
     * one out.
     */
    private static String mostPlausible(String field, List<String> candidates) {
        long digits = field.chars().filter(Character::isDigit).count();
        long letters = field.chars().filter(Character::isLetter).count();
        String best = field;
        int bestScore = -1;
        boolean tie = false;
        for (String c : candidates) {
            int score = 0;
            for (int i = 0; i < c.length(); i++) {
                if (c.charAt(i) != field.charAt(i)) {
                    boolean digit = Character.isDigit(c.charAt(i));
                    score += fits(c, i) + ((digit ? digits > letters : letters > digits) ? 1 : 0)
                            + (i == 0 && !digit ? 1 : 0); // document numbers often open with a letter

                }
            }
            if (score > bestScore) {
                best = c;
                bestScore = score;
                tie = false;
            } else if (score == bestScore) {
                tie = true;
            }
        }
        return tie ? field : best;
    }

    private static int fits(String s, int i) {
        boolean digit = Character.isDigit(s.charAt(i));
        int fit = 0;
        if (i > 0 && s.charAt(i - 1) != '<' && Character.isDigit(s.charAt(i - 1)) == digit) {
            fit++;
        }
        if (i + 1 < s.length() && s.charAt(i + 1) != '<' && Character.isDigit(s.charAt(i + 1)) == digit) {
            fit++;
        }
        return fit;
    }

    private static void search(char[] chars, char check, List<Integer> positions, int from, int left, List<String> found) {
        if (left == 0) {
            String candidate = new String(chars);
            if (CheckDigit.matches(candidate, check)) {
                found.add(candidate);
            }
            return;
        }
        for (int p = from; p < positions.size(); p++) {
            int i = positions.get(p);
            char original = chars[i];
            chars[i] = SWAP.get(original);
            search(chars, check, positions, p + 1, left - 1, found);
            chars[i] = original;
        }
    }
}
