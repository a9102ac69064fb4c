package org.ekyc.hub.verification.screening.name;

import java.util.ArrayList;
import java.util.List;

/**
 * How a word written in Arabic script may be spelt in Latin letters: its letters as a pattern,
 * matched against the Latin spellings the lists use.
 * <p>
 * Arabic writes consonants and long vowels, not short vowels. The pattern keeps both: each
 * consonant must appear in the Latin spelling in one of its usual renderings, each long vowel
 * (ا, و, ي) must appear as a vowel, and short vowels may be inserted anywhere between them.
 * Matching by consonants alone ({@code shady} شادي ~ {@code Saeed}, {@code twyl} طويل ~ {@code Talha})
 * confuses unrelated names; the long vowels place the vowels. The pattern is taken from the Arabic
 * letters, not from their transliteration, because ICU's ASCII output merges letter pairs
 * ({@code sh} is ش, but also ص+ح in صحراوي, {@code Sahraoui}).
 * <p>
 * Renderings accepted (the transcriptions in use: English, French, German, Persian and Urdu):
 * <table>
 *   <caption>Pattern symbols</caption>
 *   <tr><th>symbol</th><th>letters</th><th>Latin</th></tr>
 *   <tr><td>b</td><td>ب پ</td><td>b, p</td></tr>
 *   <tr><td>t, d</td><td>ت ط, د</td><td>t, d</td></tr>
 *   <tr><td>T</td><td>ث</td><td>th, t, s ({@code Uthman}, {@code Osman})</td></tr>
 *   <tr><td>D</td><td>ذ ظ ض</td><td>dh, z, d, th ({@code Kadhim}, {@code Kazim}, {@code Romdhane}, {@code Fazl})</td></tr>
 *   <tr><td>z, s</td><td>ز, س</td><td>z, s; c before e, i</td></tr>
 *   <tr><td>C</td><td>ص</td><td>s, z, c before e, i, and sh (Indonesian, Malay: {@code Shalah}; #17)</td></tr>
 *   <tr><td>S</td><td>ش</td><td>sh, ch, sch, s ({@code Akkacha})</td></tr>
 *   <tr><td>J</td><td>ج</td><td>j, dj, g, zh ({@code Djamel}, {@code Ragab})</td></tr>
 *   <tr><td>c</td><td>چ</td><td>ch, tch, j</td></tr>
 *   <tr><td>q</td><td>ق ك گ</td><td>q, k, g, c, ck, gh ({@code Ghasem})</td></tr>
 *   <tr><td>G</td><td>غ</td><td>gh, g</td></tr>
 *   <tr><td>K</td><td>خ</td><td>kh, h, ch, k, x ({@code Barich})</td></tr>
 *   <tr><td>h, f, l, m, n, r</td><td>ح ه, ف, ل, م, ن, ر</td><td>h; f, ph, v; l; m; n; r</td></tr>
 *   <tr><td>Z</td><td>ژ</td><td>zh, j, s, z</td></tr>
 *   <tr><td>A</td><td>ا</td><td>a, e or o, one or more ({@code Salem}, {@code Kamal}); at the start of a word
 *       any vowel or none ({@code Ibrahim}, {@code Eshaq}, {@code Brahim})</td></tr>
 *   <tr><td>W</td><td>و</td><td>vowels and w, v, with at least one of o, u, w, v</td></tr>
 *   <tr><td>Y</td><td>ي</td><td>vowels and y, with at least one of i, e, y</td></tr>
 *   <tr><td>V</td><td>ى (alef maksura), a final ی or ي, and adjacent vowel letters</td><td>one or more vowels
 *       or y ({@code Mustafa}, {@code Yahya}, {@code Hajji})</td></tr>
 *   <tr><td>I</td><td>adjacent vowel letters with a ي (no و)</td><td>vowels or y, with at least one of i, e, y
 *       (زياد {@code Ziyad}, {@code Zeyad}, not {@code Saad}; عیسی {@code Isa}, طائي {@code Tai})</td></tr>
 *   <tr><td>U</td><td>adjacent vowel letters with a و</td><td>vowels, w or v, with at least one of o, u, w, v
 *       ({@code Dawood}, {@code Daoud})</td></tr>
 *   <tr><td>E</td><td>ع</td><td>vowels or nothing ({@code Omar}, {@code Saeed}, {@code Ismail})</td></tr>
 *   <tr><td>?</td><td>U+FFFD, a letter lost in some encoding</td><td>up to three Latin letters, any, or none;
 *       the pattern needs two other letters (#17)</td></tr>
 * </table>
 * Since #17 (2026-12-05) also: an h next to d ({@code hd} or {@code dh} in the pattern: Urdu ہد, دھ) is written
 * dh or hd ({@code چوہدری}, {@code Chaudhry}); a d between n and a following {@code zAd} (-zada) may be left out
 * ({@code آخوند زاده}, {@code Akhunzada}); {@link #unglued} takes a glued بن/بنت off a pattern.
 * A doubled Latin consonant counts once ({@code Hassan}); a word-final h may be missing; the
 * Latin spelling may end in a silent e ({@code Djermane}), after a final ة or ه in any vowels or h
 * ({@code Salameh}, {@code Hamza}, {@code Taha}), and may begin with the
 * article, assimilated ({@code Essabar}) or glued ({@code Albaker}). The Persian, Urdu and
 * Pashto letters ځ ډ ړ ښ ټ ڼ are folded by the normaliser first.
 */
public final class ArabicConsonants {

    /** At most this many concrete skeletons are derived from one word for the candidate index. */
    static final int MAX_EXPANSIONS = 16;
    private static final String SLOTS = "AWYVUEI";
    /** Marks a word that ended in ta marbuta ة or heh ه: its Latin spelling may end in vowels or h (-a, -ah, -eh). */
    private static final char OPEN_END = 'H';
    private static final String SHORT_VOWELS = "aeiou";
    /** A letter lost in some encoding (U+FFFD in the source): any one letter, written as up to three Latin letters. */
    public static final char WILDCARD = '?';
    /** At least this many other letters in a pattern with a {@link #WILDCARD}, else it spells nothing. */
    static final int WILDCARD_MIN_LETTERS = 2;
    /** The particles بن and بنت written together with the name that follows ({@code بنحسين}, <i>BIN HUSSEIN</i>). */
    private static final String[] GLUED_PARTICLES = {"bnt", "bn"};
    /** A glued particle is only taken off when the rest has at least this many consonants ({@code بندر} is Bandar). */
    static final int GLUED_REST_CONSONANTS = 3;

    private ArabicConsonants() {
    }

    /**
     * The pattern of a word: Arabic letters by the table above (e.g. شادي → {@code SAdY}, طويل →
     * {@code tWYl}); a Latin word (one the normaliser writes in Latin, such as {@code allah}) by the
     * letters ICU writes for the Arabic ones ({@code a} → A, {@code w} → W, {@code y} → Y, {@code th} → T,
     * {@code dh} → D, {@code sh} → S, {@code kh} → K, {@code gh} → G). Repeated consonants collapse.
     */
    public static String pattern(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char next = i + 1 < word.length() ? word.charAt(i + 1) : 0;
            char p;
            if (c >= '\u0600' && c <= '\u06FF' || c == '\uFFFD') {
                p = arabic(c);
            } else if (next == 'h' && "tdskgc".indexOf(c) >= 0) {
                p = switch (c) {
                    case 't' -> 'T';
                    case 'd' -> 'D';
                    case 's' -> 'S';
                    case 'k' -> 'K';
                    case 'g' -> 'G';
                    default -> 'c';
                };
                i++;
            } else {
                p = latin(c);
            }
            if (p == 0) {
                continue;
            }
            int last = out.length() - 1;
            if (last >= 0 && out.charAt(last) == p && SLOTS.indexOf(p) < 0) {
                continue; // a doubled consonant (shadda is not written, a transliterated one would be)
            }
            if (last >= 0 && SLOTS.indexOf(p) >= 0 && SLOTS.indexOf(out.charAt(last)) >= 0) {
                // adjacent vowel letters are one Latin vowel run: عيسى Isa, طائي Tai; with a waw داود Dawood, Daoud
                // with a ya an i, e or y is written: زياد Ziyad, Zeyad, not Saad
                char run = out.charAt(last);
                out.setCharAt(last, p == 'W' || run == 'W' || run == 'U' ? 'U' : p == 'Y' || run == 'Y' || run == 'I' ? 'I' : 'V');
                continue;
            }
            out.append(p);
        }
        int last = out.length() - 1;
        if (last >= 0 && out.charAt(last) == OPEN_END) {
            return out.toString(); // ة ends a word
        }
        if (last > 0 && out.charAt(last) == 'Y') {
            out.setCharAt(last, 'V'); // Persian and Urdu write the final alef maksura as ی: عیسی Isa, Essa
        }
        return out.toString();
    }

    /**
     * The pattern of two words written as one ({@code خداي} + {@code رحيم} → the pattern of خدايرحيم): a
     * ta marbuta ending the first word is dropped, a consonant ending the first and starting the second
     * counts once and adjacent vowel letters become one vowel run, as {@link #pattern} does inside a word.
     */
    public static String joined(String first, String second) {
        StringBuilder out = new StringBuilder(first.length() + second.length());
        out.append(first);
        int last = out.length() - 1;
        if (last >= 0 && out.charAt(last) == OPEN_END) {
            out.setLength(last);
            last--;
        }
        if (second.isEmpty() || last < 0) {
            return out.append(second).toString();
        }
        char end = out.charAt(last);
        char start = second.charAt(0);
        if (SLOTS.indexOf(end) >= 0 && SLOTS.indexOf(start) >= 0) {
            out.setCharAt(last, start == 'W' || end == 'W' || end == 'U' || start == 'U' ? 'U'
                    : start == 'Y' || end == 'Y' || end == 'I' || start == 'I' ? 'I' : 'V');
            return out.append(second, 1, second.length()).toString();
        }
        if (end == start) {
            return out.append(second, 1, second.length()).toString();
        }
        return out.append(second).toString();
    }

    private static char arabic(char c) {
        return switch (c) {
            case '\u0628', '\u067E' -> 'b';                                         // ب پ
            case '\u062A', '\u0637', '\u067C' -> 't';                                // ت ط ټ
            case '\u062F', '\u0689' -> 'd';                                          // د ډ
            case '\u062B' -> 'T';                                                  // ث
            case '\u0630', '\u0638', '\u0636' -> 'D';                                // ذ ظ ض
            case '\u0632', '\u0681' -> 'z';                                          // ز ځ
            case '\u0633', '\u0685' -> 's';                                          // س څ
            case '\u0635' -> 'C';                                                  // ص (also sh: Indonesian, Malay)
            case '\uFFFD' -> WILDCARD;                                            // a letter lost in some encoding
            case '\u0634', '\u069A' -> 'S';                                          // ش ښ
            case '\u0698', '\u0696' -> 'Z';                                          // ژ ږ
            case '\u062C' -> 'J';                                                  // ج
            case '\u0686' -> 'c';                                                  // چ
            case '\u0642', '\u0643', '\u06A9', '\u06AF' -> 'q';                      // ق ك ک گ
            case '\u063A' -> 'G';                                                  // غ
            case '\u062E' -> 'K';                                                  // خ
            case '\u062D', '\u0647', '\u06C1', '\u06BE' -> 'h';                      // ح ه ہ ھ
            case '\u0641' -> 'f';
            case '\u0644' -> 'l';
            case '\u0645' -> 'm';
            case '\u0646', '\u06BC' -> 'n';
            case '\u0631', '\u0693' -> 'r';
            case '\u0627', '\u0622', '\u0623', '\u0625', '\u0671' -> 'A';            // ا آ أ إ ٱ
            case '\u0648', '\u0624' -> 'W';                                          // و ؤ
            case '\u064A', '\u06CC', '\u0626', '\u06D0', '\u06D2', '\u06CD' -> 'Y';  // ي ی ئ ې ے ۍ
            case '\u0649' -> 'V';                                                  // ى
            case '\u0639' -> 'E';                                                  // ع
            case '\u0629' -> OPEN_END;                                             // ة
            default -> 0;                                                           // hamza, marks
        };
    }

    private static char latin(char c) {
        return switch (c) {
            case 'a' -> 'A';
            case 'w', 'v' -> 'W';
            case 'y' -> 'Y';
            case 'e', 'i', 'o', 'u' -> 0;
            case 'j' -> 'J';
            case 'g', 'k', 'c' -> 'q';
            case 'p' -> 'b';
            default -> c >= 'a' && c <= 'z' ? c : 0;
        };
    }

    /** Whether {@code latin} (lower-case ASCII, as normalised) is a spelling of the pattern. */
    public static boolean spells(String pattern, String latin) {
        if (pattern.isEmpty() || latin.isEmpty()) {
            return false;
        }
        if (pattern.indexOf(WILDCARD) >= 0 && pattern.length() - count(pattern, WILDCARD) < WILDCARD_MIN_LETTERS) {
            return false;
        }
        return spellsWhole(pattern, latin);
    }

    /**
     * The pattern without a particle بن or بنت written together with the name ({@code bnhsYn} → {@code hsYn}),
     * when what follows has at least {@value #GLUED_REST_CONSONANTS} consonants; else {@code null}
     * ({@code بندر} Bandar, {@code بنيامين} Binyamin keep their letters). For the pattern of one written word
     * ({@link NameNormalizer#forms} adds the name without the particle as one more form).
     */
    static String unglued(String pattern) {
        for (String particle : GLUED_PARTICLES) {
            if (pattern.startsWith(particle) && consonants(pattern.substring(particle.length())) >= GLUED_REST_CONSONANTS) {
                return pattern.substring(particle.length());
            }
        }
        return null;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /**
     * Two patterns of words written in Arabic script are the same word: equal, ص and س counted as one letter
     * (both {@code s} before #17), a {@link #WILDCARD} standing for any one letter.
     */
    public static boolean samePattern(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.length() != b.length()) {
            return false;
        }
        boolean wildcard = false;
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i) == 'C' ? 's' : a.charAt(i);
            char y = b.charAt(i) == 'C' ? 's' : b.charAt(i);
            if (x == WILDCARD || y == WILDCARD) {
                wildcard = true;
            } else if (x != y) {
                return false;
            }
        }
        return !wildcard || a.length() - count(a, WILDCARD) >= WILDCARD_MIN_LETTERS
                && b.length() - count(b, WILDCARD) >= WILDCARD_MIN_LETTERS;
    }

    private static boolean spellsWhole(String pattern, String latin) {
        byte[] memo = new byte[(pattern.length() + 1) * (latin.length() + 1)];
        if (match(pattern, 0, latin, 0, memo)) {
            return true;
        }
        // the article written into the name: assimilated (Essabar, Essaadi, Ettounsi) or glued (Albaker, Elsseid)
        int skip = 0;
        if (latin.length() > 4 && "ae".indexOf(latin.charAt(0)) >= 0 && latin.charAt(1) == latin.charAt(2)) {
            skip = 1;
        } else if (latin.length() > 5 && (latin.startsWith("al") || latin.startsWith("el"))) {
            skip = 2;
        }
        if (skip == 0) {
            return false;
        }
        String rest = latin.substring(skip);
        return match(pattern, 0, rest, 0, new byte[(pattern.length() + 1) * (rest.length() + 1)]);
    }

    private static boolean match(String p, int pi, String l, int li, byte[] memo) {
        if (pi == p.length() || p.charAt(pi) == OPEN_END) {
            // after the last letter: a French silent e (Djermane, Zidane); after ة or ه any vowels or h
            boolean open = pi < p.length() || p.charAt(pi - 1) == 'h';
            String tail = open ? "aeiouh" : "e";
            for (int k = li; k < l.length(); k++) {
                if (tail.indexOf(l.charAt(k)) < 0) {
                    return false;
                }
            }
            return true;
        }
        int key = pi * (l.length() + 1) + li;
        if (memo[key] != 0) {
            return memo[key] > 0;
        }
        boolean result = matchHere(p, pi, l, li, memo);
        memo[key] = (byte) (result ? 1 : -1);
        return result;
    }

    private static boolean matchHere(String p, int pi, String l, int li, byte[] memo) {
        char symbol = p.charAt(pi);
        if (SLOTS.indexOf(symbol) >= 0) {
            boolean optional = symbol == 'E' || (symbol == 'A' && pi == 0);
            if (optional && match(p, pi + 1, l, li, memo)) {
                return true;
            }
            String allowed = switch (symbol) {
                case 'W', 'U' -> "aeiouywv";
                case 'A' -> pi == 0 ? "aeiou" : "aeo";
                default -> "aeiouy";
            };
            String required = switch (symbol) {
                case 'W', 'U' -> "ouwv";
                case 'Y', 'I' -> "iey";
                default -> allowed;
            };
            boolean seen = false;
            for (int j = li; j < l.length() && allowed.indexOf(l.charAt(j)) >= 0; j++) {
                seen |= required.indexOf(l.charAt(j)) >= 0;
                if (seen && match(p, pi + 1, l, j + 1, memo)) {
                    return true;
                }
            }
            return false;
        }
        if (symbol == 'h' && pi == p.length() - 1 && match(p, pi + 1, l, li, memo)) {
            return true; // a final h that the Latin spelling leaves out
        }
        if (symbol == 'd' && pi > 0 && p.charAt(pi - 1) == 'n' && p.startsWith("zAd", pi + 1) && match(p, pi + 1, l, li, memo)) {
            return true; // -ndzada: the d before a -zada suffix left out (آخوند زاده, AKHUNZADA)
        }
        if (symbol == WILDCARD) {
            // a lost letter: up to three Latin letters, whatever they are, or none (a vowel sign, ع, a final ه)
            for (int n = 0; n <= 3 && li + n <= l.length(); n++) {
                if (match(p, pi + 1, l, li + n, memo)) {
                    return true;
                }
            }
            return false;
        }
        boolean aspirated = pi + 1 < p.length() && (symbol == 'h' && p.charAt(pi + 1) == 'd' || symbol == 'd' && p.charAt(pi + 1) == 'h');
        for (int k = li; k < l.length(); k++) {
            if (aspirated && l.startsWith(symbol == 'h' ? "dh" : "hd", k) && match(p, pi + 2, l, k + 2, memo)) {
                return true; // Urdu aspirated d: هد and ده both written dh or hd (چوہدری, CHAUDHRY)
            }
            for (String unit : units(symbol)) {
                if (l.startsWith(unit, k) && (!unit.equals("c") || soft(l, k) == (symbol == 's' || symbol == 'C'))) {
                    int end = k + unit.length();
                    if (match(p, pi + 1, l, end, memo)) {
                        return true;
                    }
                    if (end < l.length() && l.charAt(end) == l.charAt(end - 1) && match(p, pi + 1, l, end + 1, memo)) {
                        return true; // doubled: Hassan, Akkacha
                    }
                }
            }
            if (pi == 0 || SHORT_VOWELS.indexOf(l.charAt(k)) < 0) {
                return false; // only short vowels may come before a consonant, and not at the start
            }
        }
        return false;
    }

    private static boolean soft(String l, int k) {
        return k + 1 < l.length() && "eiy".indexOf(l.charAt(k + 1)) >= 0;
    }

    private static String[] units(char symbol) {
        return switch (symbol) {
            case 'b' -> new String[] {"b", "p"};
            case 't', 'd' -> new String[] {"t", "d"};
            case 'T' -> new String[] {"th", "t", "s"};
            case 'D' -> new String[] {"dh", "th", "d", "z"};
            case 'z' -> new String[] {"z", "s"};
            case 's' -> new String[] {"s", "z", "c"};
            case 'C' -> new String[] {"sh", "s", "z", "c"};
            case 'S' -> new String[] {"sch", "sh", "ch", "s"};
            case 'J' -> new String[] {"dj", "j", "g", "zh"};
            case 'c' -> new String[] {"tch", "ch", "j"};
            case 'q' -> new String[] {"ck", "gh", "q", "k", "g", "c"};
            case 'G' -> new String[] {"gh", "g"};
            case 'K' -> new String[] {"kh", "ch", "h", "k", "x"};
            case 'f' -> new String[] {"ph", "f", "v"};
            case 'Z' -> new String[] {"zh", "j", "s", "z"};
            default -> new String[] {String.valueOf(symbol)};
        };
    }

    /**
     * The consonant skeletons ({@link NameNormalizer#skeleton} of a folded Latin spelling) the pattern
     * can be written as, at most {@value #MAX_EXPANSIONS}, for the candidate index.
     */
    public static List<String> skeletons(String pattern) {
        return expand(pattern);
    }

    /** The skeletons of one pattern; {@code -} in a choice below is "nothing" (a letter that may be left out). */
    private static List<String> expand(String pattern) {
        List<String> out = new ArrayList<>();
        out.add("");
        for (int i = 0; i < pattern.length(); i++) {
            char p = pattern.charAt(i);
            boolean aspirated = p == 'h' && (i + 1 < pattern.length() && pattern.charAt(i + 1) == 'd'
                    || i > 0 && pattern.charAt(i - 1) == 'd');
            boolean zada = p == 'd' && i > 0 && pattern.charAt(i - 1) == 'n' && pattern.startsWith("zAd", i + 1);
            String choices = aspirated ? "h-" : zada ? "t-" : switch (p) {
                case 'A', 'W', 'Y', 'V', 'U', 'E', 'I', OPEN_END, WILDCARD -> "";
                case 'b' -> "p";
                case 't', 'd' -> "t";
                case 'T', 'D' -> "ts";
                case 'z', 's', 'C' -> "s";
                case 'S', 'Z' -> "sj";
                case 'J' -> "jk";
                case 'c' -> "j";
                case 'q', 'G' -> "k";
                case 'K' -> "khj";
                default -> String.valueOf(p);
            };
            if (choices.isEmpty()) {
                continue;
            }
            List<String> next = new ArrayList<>(out.size() * choices.length());
            for (String prefix : out) {
                for (char c : choices.toCharArray()) {
                    if (next.size() < MAX_EXPANSIONS) {
                        next.add(c == '-' || !prefix.isEmpty() && prefix.charAt(prefix.length() - 1) == c ? prefix : prefix + c);
                    }
                }
            }
            out = next;
        }
        List<String> skeletons = new ArrayList<>(out.size());
        for (String k : out) {
            String s = k.length() > 1 && k.endsWith("h") ? k.substring(0, k.length() - 1) : k;
            if (!s.isEmpty() && !skeletons.contains(s)) {
                skeletons.add(s);
            }
        }
        return skeletons;
    }

    /** Number of consonants in a pattern. */
    public static int consonants(String pattern) {
        int n = 0;
        for (int i = 0; i < pattern.length(); i++) {
            if (SLOTS.indexOf(pattern.charAt(i)) < 0 && pattern.charAt(i) != WILDCARD) {
                n++;
            }
        }
        return n;
    }
}
