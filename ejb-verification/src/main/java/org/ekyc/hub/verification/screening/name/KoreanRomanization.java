package org.ekyc.hub.verification.screening.name;

import static org.ekyc.hub.verification.screening.name.SyllableAlignment.bits;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Korean syllables written in Latin letters, compared by the Hangul they can stand for. A Latin
 * syllable is read as initial consonant + vowel + final consonant, and each part as the set of
 * Hangul letters (jamo) that one of the systems in use writes that way:
 * <ul>
 *   <li>McCune-Reischauer, with its marks (ŏ, ŭ, {@code ch'}) or without them, as North Korean
 *       entries are written ({@code CH'O'L}, {@code CHOL}: ch is ㅈ or ㅊ, o is ㅓ or ㅗ, u is ㅜ or ㅡ);</li>
 *   <li>the Revised Romanization (2000) and the Hangul romanized by it ({@link HangulRomanizer}:
 *       eo ㅓ, eu ㅡ, g/d/b/j voiced, the initial ㄹ left out as South Korea writes 리 이, 류 유);</li>
 *   <li>common informal spellings (u for ㅓ as in <i>Sung</i>, <i>Hyun</i>; oo for ㅜ; ee for ㅣ and ㅢ;
 *       ou for ㅓ or ㅜ as in <i>Young</i>, <i>Choung</i>; oh for ㅗ as in <i>Oh</i>, <i>Koh</i>).</li>
 * </ul>
 * Two syllables are <i>compatible</i> when their initial, vowel and final sets all share a letter.
 * A word is split into syllables in every way the spellings allow ({@code kwangyon}: kwang-yon or
 * kwan-gyon), so given names written joined, hyphenated (the normaliser joins) or apart compare alike.
 * {@link #differences} aligns two words syllable by syllable and counts the syllables that cannot
 * be the same Hangul: zero means the two spellings can write one name, one means a given name that
 * differs in a syllable, which is another person more often than a spelling variant.
 */
public final class KoreanRomanization {

    /** Initial consonants: ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ (bit = jamo index). */
    private static final Map<String, Integer> INITIALS = Map.ofEntries(
            Map.entry("", bits(11, 5)), // ㅇ; also ㄹ, which South Korea leaves out before i and y (Ri, I, Yi; Ryu, Yu)
            Map.entry("g", bits(0)), Map.entry("k", bits(0, 15)), Map.entry("kk", bits(1)), Map.entry("gg", bits(1)),
            Map.entry("n", bits(2)), Map.entry("d", bits(3)), Map.entry("t", bits(3, 16)), Map.entry("tt", bits(4)),
            Map.entry("dd", bits(4)), Map.entry("r", bits(5)), Map.entry("l", bits(5)), Map.entry("rh", bits(5)),
            Map.entry("m", bits(6)), Map.entry("b", bits(7)), Map.entry("p", bits(7, 17)), Map.entry("pp", bits(8)),
            Map.entry("bb", bits(8)), Map.entry("s", bits(9, 10)), Map.entry("sh", bits(9)), Map.entry("ss", bits(10)),
            Map.entry("j", bits(12)), Map.entry("ch", bits(12, 14)), Map.entry("jj", bits(13)), Map.entry("tch", bits(13)),
            Map.entry("h", bits(18)));
    /** Vowels: ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ (bit = jamo index). */
    private static final Map<String, Integer> VOWELS = Map.ofEntries(
            Map.entry("a", bits(0)), Map.entry("ae", bits(1, 5)), Map.entry("ai", bits(1)), Map.entry("e", bits(5, 1)),
            Map.entry("ya", bits(2)), Map.entry("yae", bits(3)), Map.entry("eo", bits(4)), Map.entry("o", bits(4, 8)), Map.entry("oh", bits(8)),
            Map.entry("u", bits(13, 18, 4)), Map.entry("ou", bits(4, 13)), Map.entry("oo", bits(13)),
            Map.entry("yeo", bits(6)), Map.entry("yo", bits(6, 12)), Map.entry("you", bits(6, 17)), Map.entry("ye", bits(7)),
            Map.entry("wa", bits(9)), Map.entry("wae", bits(10)), Map.entry("oe", bits(11)), Map.entry("oi", bits(11)),
            Map.entry("we", bits(15, 11, 10)), Map.entry("wo", bits(14)), Map.entry("weo", bits(14)),
            Map.entry("wi", bits(16)), Map.entry("yu", bits(17, 6)), Map.entry("yoo", bits(17)), Map.entry("eu", bits(18)),
            Map.entry("ui", bits(19)), Map.entry("eui", bits(19)), Map.entry("i", bits(20, 19)), Map.entry("ee", bits(20, 19)),
            Map.entry("yi", bits(20, 19)));
    /** Final consonants by sound: none, k, n, t, l, m, p, ng (bit = class). */
    private static final Map<String, Integer> FINALS = Map.ofEntries(
            Map.entry("", bits(0)), Map.entry("k", bits(1)), Map.entry("g", bits(1)), Map.entry("n", bits(2)),
            Map.entry("t", bits(3)), Map.entry("d", bits(3)), Map.entry("s", bits(3)), Map.entry("l", bits(4)),
            Map.entry("r", bits(4)), Map.entry("m", bits(5)), Map.entry("p", bits(6)), Map.entry("b", bits(6)),
            Map.entry("ng", bits(7)));
    private static final int MAX_PART = 3;
    private static final int MAX_WORD = 16;

    /**
     * Korean surnames in the spellings of both systems and the customary ones; a name with one of
     * these as its first or last word, whose every word reads as Korean syllables, is compared
     * syllable by syllable ({@link NameNormalizer}).
     */
    private static final Set<String> SURNAMES = Set.of(
            "kim", "gim", "ri", "rhee", "lee", "yi", "li", "i", "pak", "park", "bak", "choe", "choi", "chwe", "paek",
            "baek", "paik", "baik", "pae", "bae", "chang", "jang", "cho", "jo", "chon", "jon", "jeon", "jun", "chun",
            "jong", "chong", "jeong", "jung", "chung", "sin", "shin", "son", "sohn", "ko", "go", "koh", "kang", "gang",
            "ryu", "yu", "yoo", "yun", "yoon", "mun", "moon", "kil", "gil", "hyon", "hyun", "hyeon", "yon", "yeon",
            "ryang", "yang", "ryom", "yeom", "chu", "ju", "joo", "ku", "gu", "koo", "kwak", "gwak", "cha", "han",
            "hwang", "song", "hong", "an", "ahn", "nam", "kwon", "gwon", "rim", "lim", "im", "so", "seo", "suh",
            "min", "ro", "no", "noh", "roh", "ho", "heo", "huh", "o", "oh", "pyon", "byun", "byeon", "tong", "dong",
            "chae", "um", "eom", "sim", "shim", "pang", "bang", "kye", "gye", "myong", "myeong", "u", "woo", "won");

    private KoreanRomanization() {
    }

    /** True for a spelling of a Korean surname. */
    public static boolean isSurname(String word) {
        return SURNAMES.contains(word);
    }

    /** True when the lower-case word can be read as a sequence of Korean syllables. */
    public static boolean readsAsKorean(String word) {
        return word.length() <= MAX_WORD && differences(word, word) == 0;
    }

    /**
     * The fewest syllables that differ over all ways of reading both words as the same number of
     * Korean syllables; {@code -1} when they cannot be read so (not Korean, or different numbers
     * of syllables).
     */
    public static int differences(String a, String b) {
        if (a.length() > MAX_WORD || b.length() > MAX_WORD) {
            return -1;
        }
        return SyllableAlignment.differences(syllablesAt(a), syllablesAt(b), KoreanRomanization::compatible);
    }

    /** The number of syllables of the word in its first reading, 0 when it does not read as Korean. */
    public static int syllableCount(String word) {
        if (word.length() > MAX_WORD) {
            return 0;
        }
        List<long[]>[] at = syllablesAt(word);
        int[] best = new int[word.length() + 1];
        Arrays.fill(best, -1);
        best[word.length()] = 0;
        for (int i = word.length() - 1; i >= 0; i--) {
            for (long[] s : at[i]) {
                int rest = best[(int) s[0]];
                if (rest >= 0 && (best[i] < 0 || rest + 1 < best[i])) {
                    best[i] = rest + 1;
                }
            }
        }
        return Math.max(0, best[0]);
    }

    /** For each start offset, the syllables that can be read there: {end offset, packed jamo sets}. */
    private static List<long[]>[] syllablesAt(String w) {
        List<long[]>[] at = SyllableAlignment.noReadings(w.length());
        for (int i = 0; i < w.length(); i++) {
            for (int ie = i; ie <= Math.min(w.length(), i + MAX_PART); ie++) {
                Integer ini = INITIALS.get(w.substring(i, ie));
                if (ini == null) {
                    continue;
                }
                for (int ve = ie + 1; ve <= Math.min(w.length(), ie + MAX_PART); ve++) {
                    Integer vow = VOWELS.get(w.substring(ie, ve));
                    if (vow == null) {
                        continue;
                    }
                    for (int fe = ve; fe <= Math.min(w.length(), ve + 2); fe++) {
                        Integer fin = FINALS.get(w.substring(ve, fe));
                        if (fin != null) {
                            at[i].add(new long[] {fe, pack(ini, vow, fin)});
                        }
                    }
                }
            }
        }
        return at;
    }

    private static long pack(int initial, int vowel, int coda) {
        return (long) initial | (long) vowel << 19 | (long) coda << 40;
    }

    private static boolean compatible(long x, long y) {
        long both = x & y;
        return (both & 0x7FFFFL) != 0 && (both & (0x1FFFFFL << 19)) != 0 && (both & (0xFFL << 40)) != 0;
    }
}
