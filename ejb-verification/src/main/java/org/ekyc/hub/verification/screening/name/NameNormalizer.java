package org.ekyc.hub.verification.screening.name;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Turns a name in any script into the Latin token form the matcher compares. The rules, in order:
 * <ol>
 *   <li>Unicode NFKC (full-width letters, compatibility forms);</li>
 *   <li>Hangul by the Revised Romanization ({@link HangulRomanizer}); an unspaced Korean name is
 *       split into surname and given name;</li>
 *   <li>Arabic: the article ال is dropped from words and the ta marbuta ة (written -a or -ah in
 *       Latin) is removed, the name is marked consonantal;</li>
 *   <li>Cyrillic by BGN/PCGN (ICU {@code Russian-Latin/BGN}), Han by Hanyu Pinyin and every other
 *       script by ICU {@code Any-Latin}, then {@code Latin-ASCII} removes diacritics;</li>
 *   <li>lower case; apostrophes and other letter-internal marks removed ({@code Nu'man} → {@code numan});
 *       a hyphen joins ({@code Ho-jin} → {@code hojin}) except after an Arabic article, which is dropped
 *       ({@code al-Tikriti} → {@code tikriti}); other punctuation separates words ({@code KIM, Jong Un});</li>
 *   <li>the prefix abd- is a word of its own ({@code Abdul Jalil}, {@code Abduljalil} → {@code abd jalil});</li>
 *   <li>honorifics, titles and particles ({@code mr}, {@code dr}, {@code sheikh}, {@code haji}, {@code al},
 *       {@code bin}...) are dropped, as long as two words remain ({@code SAI'ID, Shaykh} keeps its Shaykh).</li>
 * </ol>
 * Word order is not normalised here: the matcher compares token sets. Thread-safe (ICU
 * transliterators are not, so each thread gets its own).
 */
public final class NameNormalizer {

    private static final Set<String> NOISE = Set.of(
            "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam", "sheikh", "shaykh", "sheik", "haji",
            "hajji", "hadji", "mullah", "mulla", "maulana", "mawlawi", "maulvi", "mawlana", "general", "gen",
            "colonel", "col", "captain", "capt", "major", "lieutenant", "lt", "brigadier", "admiral", "judge",
            "al", "el", "bin", "ibn", "bint", "binti", "bn", "bnt", "jr", "sr", "ii", "iii");
    private static final Set<String> ABD = Set.of("abd", "abdul", "abdel", "abdal", "abdoul", "abdu", "abdol", "bd");
    private static final Pattern ABD_PREFIX = Pattern.compile("(abdoul|abdul|abdel|abdal|abdol|abdu|abd|bdal|bdl|bd)(\\p{L}{3,})");
    private static final Pattern ARTICLE_HYPHEN = Pattern.compile("\\b(?:al|el|ad|ar|as|ash|at|az|an|ul)-");
    private static final Pattern HYPHEN = Pattern.compile("(?<=\\p{L})-(?=\\p{L})");
    private static final Pattern APOSTROPHES = Pattern.compile("['`\u2018\u2019\u02BB\u02BC\u02BF\u02BE\u00B4]");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    private static final Set<String> TWO_SYLLABLE_SURNAMES = Set.of("남궁", "선우", "제갈", "황보", "독고", "사공", "서문");
    private static final int MERGE_MAX_LENGTH = 4;

    private static final ThreadLocal<Transliterator> TO_LATIN = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII"));
    private static final ThreadLocal<DoubleMetaphone> METAPHONE = ThreadLocal.withInitial(() -> {
        DoubleMetaphone dm = new DoubleMetaphone();
        dm.setMaxCodeLen(6);
        return dm;
    });

    /**
     * The forms to compare for one written name: the normalised name; when it has adjacent
     * short words ({@code Jong Un}, {@code Jin Ping}), the same name with those joined, because
     * lists write syllabic given names both ways; when an abd- prefix was split, the unsplit
     * name too (a misspelt prefix no longer splits). Empty when nothing of the name remains.
     */
    public List<NormalizedName> forms(String name) {
        List<String> words = words(name);
        if (words.isEmpty()) {
            return List.of();
        }
        boolean consonantal = name.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC);
        List<NormalizedName> forms = new ArrayList<>(2);
        forms.add(new NormalizedName(name, tokens(words), consonantal));
        List<String> merged = mergeShort(words);
        if (merged.size() != words.size()) {
            forms.add(new NormalizedName(name, tokens(merged), consonantal));
        }
        List<String> unsplit = baseWords(name);
        if (!unsplit.equals(words) && !unsplit.isEmpty()) {
            forms.add(new NormalizedName(name, tokens(unsplit), consonantal));
        }
        return forms;
    }

    /** The normalised words of a name, in written order. */
    public List<String> words(String name) {
        return splitAbd(baseWords(name));
    }

    private List<String> baseWords(String name) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
        if (HangulRomanizer.containsHangul(text)) {
            text = HangulRomanizer.romanize(splitKoreanSurname(text));
        }
        if (text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC)) {
            text = text.replaceAll("(^|\\s)\u0627\u0644(?=\\p{L}{2})", "$1").replace("\u0629", "");
        }
        if (!isAscii(text)) {
            text = TO_LATIN.get().transliterate(text);
        }
        text = text.toLowerCase(Locale.ROOT);
        text = APOSTROPHES.matcher(text).replaceAll("");
        text = ARTICLE_HYPHEN.matcher(text).replaceAll(" ");
        text = HYPHEN.matcher(text).replaceAll("");
        List<String> words = new ArrayList<>();
        for (String word : SEPARATORS.split(text)) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        long meaningful = words.stream().filter(w -> !NOISE.contains(w)).count();
        if (meaningful >= 2) {
            words.removeIf(NOISE::contains);
        }
        return words;
    }

    /** One token with its comparison keys. */
    public NameToken token(String word) {
        String folded = fold(word);
        DoubleMetaphone dm = METAPHONE.get();
        String primary = nullToEmpty(dm.doubleMetaphone(word));
        String alternate = nullToEmpty(dm.doubleMetaphone(word, true));
        return new NameToken(word, folded, skeleton(folded), primary, alternate,
                KoreanSurnames.classOf(word).orElse(null));
    }

    /**
     * Romanization folding: collapses the spellings in which romanization systems differ — the
     * McCune-Reischauer and Revised Romanization pairs (k/g, t/d, p/b, ch/j, o/eo, u/eu),
     * the Wade-Giles/Pinyin stops, {@code ou}/{@code u}, doubled letters — so {@code Chong-chol}
     * and {@code Jeongcheol} fold together.
     */
    public static String fold(String word) {
        String s = word.replace("eo", "o").replace("eu", "u").replace("ou", "u").replace("oo", "u")
                .replace("wo", "o").replace("ae", "e").replace("ph", "f").replace("kh", "k").replace("ch", "j")
                .replace("sh", "s").replace("dh", "d").replace("th", "t").replace("gh", "g");
        StringBuilder out = new StringBuilder(s.length());
        char previous = 0;
        for (char c : s.toCharArray()) {
            char f = switch (c) {
                case 'g', 'q', 'c' -> 'k';
                case 'd' -> 't';
                case 'b' -> 'p';
                case 'z' -> 's';
                case 'v' -> 'w';
                default -> c;
            };
            if (f != previous) {
                out.append(f);
            }
            previous = f;
        }
        return out.toString();
    }

    /**
     * The consonants of a folded word: vowels and the glides w and y removed, doubles collapsed,
     * a final h dropped ({@code Hamzah} and {@code Hamza} written from حمزة agree).
     */
    public static String skeleton(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        char previous = 0;
        for (char c : folded.toCharArray()) {
            if ("aeiouyw".indexOf(c) < 0 && c != previous) {
                out.append(c);
            }
            previous = "aeiouyw".indexOf(c) < 0 ? c : previous;
        }
        int last = out.length() - 1;
        if (last > 0 && out.charAt(last) == 'h') {
            out.setLength(last);
        }
        return out.toString();
    }

    /**
     * Arabic theophoric names are written as one word or two ({@code Abdallah}, {@code Abd Allah},
     * {@code Abdul Jalil}, {@code Abduljalil}, عبد الجليل): the prefix abd- and its variants become
     * the word {@code abd} and the rest its own word, so every spelling gives the same tokens in
     * any word order.
     */
    private static List<String> splitAbd(List<String> words) {
        List<String> out = new ArrayList<>(words.size() + 2);
        for (String word : words) {
            if (ABD.contains(word)) {
                out.add("abd");
                continue;
            }
            java.util.regex.Matcher m = ABD_PREFIX.matcher(word);
            if (m.matches()) {
                out.add("abd");
                out.add(m.group(2).equals("lah") ? "allah" : m.group(2));
            } else {
                out.add(word);
            }
        }
        return out;
    }

    private List<NameToken> tokens(List<String> words) {
        Set<String> seen = new LinkedHashSet<>(words);
        List<NameToken> tokens = new ArrayList<>(seen.size());
        for (String word : seen) {
            tokens.add(token(word));
        }
        return tokens;
    }

    private static List<String> mergeShort(List<String> words) {
        List<String> merged = new ArrayList<>(words.size());
        for (String word : words) {
            int last = merged.size() - 1;
            if (last >= 1 && word.length() <= MERGE_MAX_LENGTH && merged.get(last).length() <= MERGE_MAX_LENGTH
                    && words.size() > 2) {
                merged.set(last, merged.get(last) + word);
            } else {
                merged.add(word);
            }
        }
        return merged;
    }

    /** {@code 김정은} → {@code 김 정은}; a Korean name written without a space is surname + given name. */
    private static String splitKoreanSurname(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            int syllables = (int) word.codePoints().filter(HangulRomanizer::isSyllable).count();
            boolean allHangul = syllables == word.codePointCount(0, word.length());
            if (allHangul && syllables >= 2 && syllables <= 5 && text.strip().indexOf(' ') < 0) {
                int split = TWO_SYLLABLE_SURNAMES.contains(word.substring(0, 2)) && syllables >= 4 ? 2 : 1;
                out.append(word, 0, split).append(' ').append(word.substring(split));
            } else {
                out.append(word);
            }
        }
        return out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
