package org.ekyc.hub.verification.screening.name;

import java.util.ArrayList;
import java.util.List;

/**
 * The consonants of a word written in Arabic script, compared with the consonant skeleton
 * ({@link NameNormalizer#skeleton}) of a Latin spelling of it.
 * <p>
 * Arabic writes consonants and long vowels, not short vowels, so a name read from Arabic script
 * is compared with the list's Latin spellings by its consonants. The pattern is taken from the
 * Arabic letters themselves, not from their transliteration, because ICU's ASCII output merges
 * letter pairs ({@code sh} is ش, but also ص+ح in صحراوي, {@code Sahraoui}). Letters with more than
 * one usual Latin rendering become a class that accepts each of them (on the folded skeleton's
 * alphabet, where d is t, z is s, ch is j and g is k):
 * <ul>
 *   <li>{@code T} = t or s: ث (th, s: {@code Uthman}, {@code Osman}), ذ (dh, z: {@code Nazir}),
 *       ظ and ض (d, dh, z: {@code Kadhim}, {@code Kazim}, {@code Ramadan}, {@code Romdhane},
 *       {@code Fazl});</li>
 *   <li>{@code S} = s or j: ش (sh, and the French ch: {@code Akkacha}, {@code Alouche});</li>
 *   <li>{@code J} = j or k: ج (j, dj, and the Egyptian g: {@code Ragab});</li>
 *   <li>{@code K} = k, h or j: خ (kh, h where a list drops the k, and the ch of German-style
 *       spellings: {@code Barich}).</li>
 * </ul>
 * Alef, waw, yeh, ain and hamza are vowels or glides here and give nothing; the Persian, Urdu and
 * Pashto letters count as the Arabic letter they are usually romanized like (پ p, چ ch, ژ zh, گ g,
 * ځ z, ډ d, ړ r, ښ sh, ټ t, ڼ n). A Latin word (a word such as {@code allah} that the normaliser
 * writes in Latin, or one split off a transliterated compound) gets the pattern of its letters,
 * with {@code th}, {@code dh}, {@code sh}, {@code kh} read as the letters ICU writes so.
 */
public final class ArabicConsonants {

    /** At most this many concrete skeletons are derived from one word for the candidate index. */
    static final int MAX_EXPANSIONS = 16;

    private ArabicConsonants() {
    }

    /**
     * The consonant pattern of a word, e.g. كاظم → {@code kTm}, جمال → {@code Jml}, صحراوي →
     * {@code shr}: vowels and the glides dropped, repeats collapsed and a final h dropped, as in
     * the skeleton.
     */
    public static String pattern(String word) {
        StringBuilder out = new StringBuilder(word.length());
        char previous = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char next = i + 1 < word.length() ? word.charAt(i + 1) : 0;
            char p;
            if (c >= '\u0600' && c <= '\u06FF') {
                p = arabic(c);
            } else if (next == 'h' && (c == 't' || c == 'd')) {
                p = 'T';
                i++;
            } else if (next == 'h' && c == 's') {
                p = 'S';
                i++;
            } else if (next == 'h' && c == 'k') {
                p = 'K';
                i++;
            } else if (next == 'h' && c == 'g') {
                p = 'k';
                i++;
            } else if (next == 'h' && c == 'c') {
                p = 'j';
                i++;
            } else {
                p = latin(c);
            }
            if (p == 0) {
                continue;
            }
            if (p != previous) {
                out.append(p);
            }
            previous = p;
        }
        int last = out.length() - 1;
        if (last > 0 && out.charAt(last) == 'h') {
            out.setLength(last);
        }
        return out.toString();
    }

    private static char arabic(char c) {
        return switch (c) {
            case '\u0628', '\u067E' -> 'p';                                         // ب پ
            case '\u062A', '\u0637', '\u062F', '\u067C', '\u0689' -> 't';            // ت ط د ټ ډ
            case '\u062B', '\u0630', '\u0638', '\u0636' -> 'T';                      // ث ذ ظ ض
            case '\u0632', '\u0633', '\u0635', '\u0681', '\u0685' -> 's';            // ز س ص ځ څ
            case '\u0634', '\u0698', '\u069A', '\u0696' -> 'S';                      // ش ژ ښ ږ
            case '\u062C' -> 'J';                                                  // ج
            case '\u0686' -> 'j';                                                  // چ
            case '\u0642', '\u0643', '\u06A9', '\u06AF', '\u063A' -> 'k';            // ق ك ک گ غ
            case '\u062E' -> 'K';                                                  // خ
            case '\u062D', '\u0647', '\u06C1', '\u06BE' -> 'h';                      // ح ه ہ ھ
            case '\u0641' -> 'f';
            case '\u0644' -> 'l';
            case '\u0645' -> 'm';
            case '\u0646', '\u06BC' -> 'n';
            case '\u0631', '\u0693' -> 'r';
            default -> 0;                                                           // alef, waw, yeh, ain, hamza, ta marbuta
        };
    }

    private static char latin(char c) {
        return switch (c) {
            case 'a', 'e', 'i', 'o', 'u', 'y', 'w', 'v' -> 0;
            case 'j' -> 'J';
            case 'g', 'q', 'c', 'k' -> 'k';
            case 'd', 't' -> 't';
            case 'b', 'p' -> 'p';
            case 'z', 's' -> 's';
            default -> Character.isLetter(c) ? c : 0;
        };
    }

    /** Whether a Latin consonant skeleton is one of the renderings of a pattern. */
    public static boolean matches(String pattern, String skeleton) {
        if (pattern.isEmpty() || pattern.length() != skeleton.length()) {
            return false;
        }
        for (int i = 0; i < pattern.length(); i++) {
            if (!accepts(pattern.charAt(i), skeleton.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The concrete skeletons a pattern stands for (at most {@value #MAX_EXPANSIONS}), for the candidate index. */
    public static List<String> skeletons(String pattern) {
        List<String> out = new ArrayList<>();
        out.add("");
        for (char p : pattern.toCharArray()) {
            String choices = choices(p);
            List<String> next = new ArrayList<>(out.size() * choices.length());
            for (String prefix : out) {
                for (char c : choices.toCharArray()) {
                    if (next.size() < MAX_EXPANSIONS) {
                        next.add(prefix + c);
                    }
                }
            }
            out = next;
        }
        return out;
    }

    private static boolean accepts(char p, char c) {
        return p == c || choices(p).indexOf(c) >= 0;
    }

    private static String choices(char p) {
        return switch (p) {
            case 'T' -> "ts";
            case 'S' -> "sj";
            case 'J' -> "jk";
            case 'K' -> "khj";
            default -> String.valueOf(p);
        };
    }
}
