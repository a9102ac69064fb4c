package org.ekyc.hub.bench.screening;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ekyc.hub.verification.screening.ListEntry;

/**
 * Whether a generated clean name is in fact a listed name, decided from the lists' data only and
 * never by the engine (no normaliser, no matcher, no score). A generated name is a listed name when
 * <ol>
 * <li><b>written the same</b>: its words, folded by {@link #foldScript}, equal the words of a listed
 *     non-Latin name (UN {@code NAME_ORIGINAL_SCRIPT}, non-Latin aliases) in any order, or its
 *     letters equal that name's letters with the spaces left out (Han and Hangul are written
 *     unspaced); or</li>
 * <li><b>spelt the same</b>: for one choice of a Latin spelling of each of its parts (the fixed
 *     tables of {@link ScreeningWorkload}: Arabic words by a written table, Cyrillic by a letter
 *     table, Han by pinyin, Hangul by Revised Romanization and McCune-Reischauer), its words, folded
 *     by {@link #foldLatin}, equal the words of a listed Latin name in any order
 *     ({@code باسل الحلبي} spelt <i>Basil Al-Halabi</i> is OFAC's {@code AL-HALABI, Basil}).</li>
 * </ol>
 * Equal word sets only: a listed name with one word more or less, or another spelling than the
 * tables give, does not make a generated name listed.
 */
public final class ListedSpellings {

    /** At most this many spellings of one name are compared (the tables give far fewer). */
    private static final int MAX_SPELLINGS = 4096;

    private final Map<String, String> latin = new HashMap<>();
    private final Map<String, String> written = new HashMap<>();

    public ListedSpellings(Iterable<ListEntry> entries) {
        for (ListEntry e : entries) {
            for (String name : e.allNames()) {
                String origin = e.id() + " " + e.primaryName() + (name.equals(e.primaryName()) ? "" : " (a.k.a. " + name + ")");
                if (ScreeningWorkload.isLatin(name)) {
                    latin.putIfAbsent(key(foldLatin(name)), origin);
                } else if (!ScreeningWorkload.hasLatin(name)) {
                    List<String> words = foldScript(name);
                    written.putIfAbsent(key(words), origin);
                    written.putIfAbsent("=" + String.join("", words), origin);
                }
            }
        }
    }

    /**
     * The listed entry (id, primary name, the alias that matched) that the generated name
     * {@code name} is, or null. {@code spellings} holds, per part of the name in order, its Latin
     * spellings; a spelling may be several words ({@code Xiao Ming}).
     */
    public String listedAs(String name, List<List<String>> spellings) {
        List<String> words = foldScript(name);
        String hit = written.get(key(words));
        if (hit == null) {
            hit = written.get("=" + String.join("", words));
        }
        if (hit != null) {
            return hit;
        }
        for (String spelt : combinations(spellings)) {
            hit = latin.get(key(foldLatin(spelt)));
            if (hit != null) {
                return hit + " spelt " + spelt;
            }
        }
        return null;
    }

    static List<String> combinations(List<List<String>> parts) {
        List<String> out = new ArrayList<>(List.of(""));
        for (List<String> part : parts) {
            List<String> next = new ArrayList<>();
            for (String prefix : out) {
                for (String s : part) {
                    if (next.size() < MAX_SPELLINGS) {
                        next.add(prefix.isEmpty() ? s : prefix + " " + s);
                    }
                }
            }
            out = next;
        }
        return out;
    }

    /**
     * Latin words: accents taken off (NFD, marks removed), apostrophes and the signs of ayn and hamza
     * dropped ({@code Ma'mun}, {@code ʿIsa}), lower case, split at anything not a letter or digit
     * (hyphen, comma, space: {@code AL-HALABI, Basil} is {@code al halabi basil}).
     */
    static List<String> foldLatin(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("['’‘ʿʾʼ`]", "").toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String w : s.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /**
     * Non-Latin words, written-form differences that do not change a name taken out: NFKC, combining
     * marks (Arabic vowel signs, shadda) and the tatweel removed; alef with hamza or madda and alef
     * wasla written ا; ta marbuta ة written ه; alef maqsura ى and Persian ی written ي; Persian ک written
     * ك; Cyrillic ё written е; lower case; split at anything not a letter.
     */
    static List<String> foldScript(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (Character.getType(cp) == Character.NON_SPACING_MARK || cp == 0x0640) {
                return;
            }
            int c = switch (cp) {
                case 0x0622, 0x0623, 0x0625, 0x0671 -> 0x0627;
                case 0x0629 -> 0x0647;
                case 0x0649, 0x06CC -> 0x064A;
                case 0x06A9 -> 0x0643;
                case 'ё' -> 'е';
                case 'Ё' -> 'Е';
                default -> cp;
            };
            b.appendCodePoint(Character.toLowerCase(c));
        });
        List<String> words = new ArrayList<>();
        for (String w : b.toString().split("[^\\p{L}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private static String key(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        Collections.sort(sorted);
        return String.join(" ", sorted);
    }

    /** Cyrillic letters and their Latin spellings (BGN/PCGN and the passport forms: е ye, й i, ю iu, я ia, ий y). */
    private static final Map<Character, String[]> CYRILLIC = new HashMap<>();

    static {
        String[][] table = {
            {"а", "a"}, {"б", "b"}, {"в", "v"}, {"г", "g"}, {"д", "d"}, {"е", "e", "ye"}, {"ё", "e", "yo"},
            {"ж", "zh"}, {"з", "z"}, {"и", "i"}, {"й", "y", "i"}, {"к", "k"}, {"л", "l"}, {"м", "m"},
            {"н", "n"}, {"о", "o"}, {"п", "p"}, {"р", "r"}, {"с", "s"}, {"т", "t"}, {"у", "u"}, {"ф", "f"},
            {"х", "kh"}, {"ц", "ts"}, {"ч", "ch"}, {"ш", "sh"}, {"щ", "shch"}, {"ъ", ""}, {"ы", "y"},
            {"ь", ""}, {"э", "e"}, {"ю", "yu", "iu"}, {"я", "ya", "ia"}};
        for (String[] row : table) {
            String[] out = new String[row.length - 1];
            System.arraycopy(row, 1, out, 0, out.length);
            CYRILLIC.put(row[0].charAt(0), out);
        }
    }

    /** The Latin spellings of one Cyrillic word by the letter table; a final ий is also written y (Dmitry). */
    static List<String> cyrillicSpellings(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>(List.of(""));
        for (char c : w.toCharArray()) {
            String[] options = CYRILLIC.getOrDefault(c, new String[] {String.valueOf(c)});
            List<String> next = new ArrayList<>();
            for (String prefix : out) {
                for (String o : options) {
                    if (next.size() < 256) {
                        next.add(prefix + o);
                    }
                }
            }
            out = next;
        }
        if (w.endsWith("ий")) {
            for (String s : cyrillicSpellings(w.substring(0, w.length() - 2))) {
                out.add(s + "y");
            }
        }
        return out;
    }
}
