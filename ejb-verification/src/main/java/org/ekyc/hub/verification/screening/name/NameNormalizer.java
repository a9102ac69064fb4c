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
 *   <li>Arabic: the article ال is dropped from words, the name is marked consonantal;</li>
 *   <li>Cyrillic by BGN/PCGN (ICU {@code Russian-Latin/BGN}), Han by Hanyu Pinyin and every other
 *       script by ICU {@code Any-Latin}, then {@code Latin-ASCII} removes diacritics;</li>
 *   <li>lower case; apostrophes and other letter-internal marks removed ({@code Nu'man} → {@code numan});
 *       a hyphen joins ({@code Ho-jin} → {@code hojin}) except after an Arabic article, which is dropped
 *       ({@code al-Tikriti} → {@code tikriti}); other punctuation separates words ({@code KIM, Jong Un});</li>
 *   <li>honorifics, titles and particles ({@code mr}, {@code dr}, {@code sheikh}, {@code haji}, {@code al},
 *       {@code bin}...) are dropped.</li>
 * </ol>
 * Word order is not normalised here: the matcher compares token sets. Thread-safe (ICU
 * transliterators are not, so each thread gets its own).
 */
public final class NameNormalizer {

    private static final Set<String> NOISE = Set.of(
            "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam", "sheikh", "shaykh", "sheik", "haji",
            "hajji", "hadji", "mullah", "mulla", "maulana", "mawlawi", "maulvi", "mawlana", "general", "gen",
            "colonel", "col", "captain", "capt", "major", "lieutenant", "lt", "brigadier", "admiral", "judge",
            "al", "el", "bin", "ibn", "bint", "binti", "jr", "sr", "ii", "iii");
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
     * The forms to compare for one written name: the normalised name and, when it has adjacent
     * short words ({@code Jong Un}, {@code Jin Ping}), the same name with those joined, because
     * lists write syllabic given names both ways. Empty when nothing of the name remains.
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
        return forms;
    }

    /** The normalised words of a name, in written order. */
    public List<String> words(String name) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
        if (HangulRomanizer.containsHangul(text)) {
            text = HangulRomanizer.romanize(splitKoreanSurname(text));
        }
        if (text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC)) {
            text = text.replaceAll("(^|\\s)\u0627\u0644(?=\\p{L}{2})", "$1");
        }
        text = TO_LATIN.get().transliterate(text).toLowerCase(Locale.ROOT);
        text = APOSTROPHES.matcher(text).replaceAll("");
        text = ARTICLE_HYPHEN.matcher(text).replaceAll(" ");
        text = HYPHEN.matcher(text).replaceAll("");
        List<String> words = new ArrayList<>();
        for (String word : SEPARATORS.split(text)) {
            if (!word.isEmpty() && !NOISE.contains(word)) {
                words.add(word);
            }
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
     * McCune-Reischauer and Revised Romanization pairs (k/g, t/d, p/b, ch/j, r/l, o/eo, u/eu),
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
                case 'r' -> 'l';
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

    /** The consonants of a folded word, vowels and the glides w, y and h removed, doubles collapsed. */
    public static String skeleton(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        char previous = 0;
        for (char c : folded.toCharArray()) {
            if ("aeiouyw".indexOf(c) < 0 && c != previous) {
                out.append(c);
            }
            previous = "aeiouyw".indexOf(c) < 0 ? c : previous;
        }
        return out.toString();
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

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
