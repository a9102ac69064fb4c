package org.ekyc.hub.verification.screening.name;

import static org.ekyc.hub.verification.screening.name.SyllableAlignment.bits;

import java.util.List;
import java.util.Map;

/**
 * Chinese names written in Han characters, compared syllable by syllable. A name written in Han is
 * exact: its Hanyu Pinyin ({@link NameNormalizer}) has no spelling slips, so a given-name syllable
 * that differs ({@code xiaoming} / {@code xiaobing}, {@code shuting} / {@code sidong}) or a syllable
 * more or less ({@code fang} / {@code fangwei}) is another person's name, not a spelling of it.
 * <p>
 * A Latin word is read as syllables of initial + final, each part as the set of Pinyin sounds that
 * Pinyin or Wade-Giles (without its apostrophes, as lists write it) spell that way: {@code ch} is
 * Pinyin zh, ch, j or q; {@code hs} is x; {@code ts}, {@code tz} are z or c; {@code k}, {@code t},
 * {@code p} also g, d, b; {@code j} also r; finals {@code -ung}, {@code -ih}, {@code -ieh},
 * {@code -ien}, {@code -uei} as their Pinyin. Two syllables are <i>compatible</i> when both parts
 * share a sound; {@link #differences} aligns two words syllable by syllable.
 */
public final class ChineseNames {

    /** Pinyin initials (bit = index): b p m f d t n l g k h j q x zh ch sh r z c s y w and none. */
    private static final Map<String, Integer> INITIALS = Map.ofEntries(
            Map.entry("", bits(23)), Map.entry("b", bits(0)), Map.entry("p", bits(1, 0)), Map.entry("m", bits(2)),
            Map.entry("f", bits(3)), Map.entry("d", bits(4)), Map.entry("t", bits(5, 4)), Map.entry("n", bits(6)),
            Map.entry("l", bits(7)), Map.entry("g", bits(8)), Map.entry("k", bits(9, 8)), Map.entry("h", bits(10)),
            Map.entry("j", bits(11, 17)), Map.entry("q", bits(12)), Map.entry("x", bits(13)), Map.entry("hs", bits(13)),
            Map.entry("zh", bits(14)), Map.entry("ch", bits(15, 14, 11, 12)), Map.entry("sh", bits(16)),
            Map.entry("r", bits(17)), Map.entry("z", bits(18)), Map.entry("c", bits(19)), Map.entry("ts", bits(18, 19)),
            Map.entry("tz", bits(18, 19)), Map.entry("s", bits(20)), Map.entry("ss", bits(20)), Map.entry("sz", bits(20)),
            Map.entry("y", bits(21, 23)), Map.entry("w", bits(22, 23)));
    /** Pinyin finals (bit = index), with the Wade-Giles spellings that differ. */
    private static final Map<String, Integer> FINALS = Map.ofEntries(
            Map.entry("a", bits(0)), Map.entry("o", bits(1, 2, 26)), Map.entry("e", bits(2, 1)), Map.entry("eh", bits(2)),
            Map.entry("ai", bits(3)), Map.entry("ei", bits(4)), Map.entry("ao", bits(5)), Map.entry("ou", bits(6)),
            Map.entry("an", bits(7)), Map.entry("en", bits(8)), Map.entry("ang", bits(9)), Map.entry("eng", bits(10)),
            Map.entry("ong", bits(11)), Map.entry("ung", bits(11)), Map.entry("er", bits(12)), Map.entry("erh", bits(12)),
            Map.entry("i", bits(13)), Map.entry("ih", bits(13)), Map.entry("u", bits(14, 13, 25)),
            Map.entry("ia", bits(15)), Map.entry("ie", bits(16)), Map.entry("ieh", bits(16)), Map.entry("iao", bits(17)),
            Map.entry("iu", bits(18)), Map.entry("ian", bits(19)), Map.entry("ien", bits(19)),
            Map.entry("in", bits(20)), Map.entry("iang", bits(21)), Map.entry("ing", bits(22)), Map.entry("iong", bits(23)),
            Map.entry("iung", bits(23)), Map.entry("ua", bits(24)), Map.entry("uo", bits(26)), Map.entry("uai", bits(27)),
            Map.entry("ui", bits(28)), Map.entry("uei", bits(28)), Map.entry("uan", bits(29)), Map.entry("un", bits(30)),
            Map.entry("uang", bits(31)), Map.entry("ue", bits(25)), Map.entry("ve", bits(25)), Map.entry("v", bits(25)));
    private static final int MAX_PART = 4;
    private static final int MAX_WORD = 24;

    private ChineseNames() {
    }

    /** True when the name is written in Han characters (and no Hangul or kana: a Chinese name). */
    public static boolean isHanWritten(String name) {
        boolean han = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.HAN) {
                han = true;
            } else if (Character.isLetter(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return han;
    }

    /**
     * The fewest syllables that differ over all ways of reading both lower-case words as the same
     * number of Pinyin (or Wade-Giles) syllables; a word that reads only with another number of
     * syllables counts as one syllable more; {@code -1} when either word does not read as syllables.
     */
    public static int differences(String a, String b) {
        if (a.length() > MAX_WORD || b.length() > MAX_WORD) {
            return -1;
        }
        List<long[]>[] sa = syllablesAt(a);
        List<long[]>[] sb = syllablesAt(b);
        int d = SyllableAlignment.differences(sa, sb, ChineseNames::compatible);
        if (d != SyllableAlignment.NONE) {
            return d;
        }
        return readable(a, sa) && readable(b, sb) ? 1 : -1;
    }

    private static boolean readable(String w, List<long[]>[] at) {
        boolean[] reach = new boolean[w.length() + 1];
        reach[w.length()] = true;
        for (int i = w.length() - 1; i >= 0; i--) {
            for (long[] s : at[i]) {
                reach[i] |= reach[(int) s[0]];
            }
        }
        return reach[0];
    }

    /** For each start offset, the syllables that can be read there: {end offset, packed sound sets}. */
    private static List<long[]>[] syllablesAt(String w) {
        List<long[]>[] at = SyllableAlignment.noReadings(w.length());
        for (int i = 0; i < w.length(); i++) {
            for (int ie = i; ie <= Math.min(w.length(), i + 2); ie++) {
                Integer ini = INITIALS.get(w.substring(i, ie));
                if (ini == null) {
                    continue;
                }
                for (int fe = ie + 1; fe <= Math.min(w.length(), ie + MAX_PART); fe++) {
                    Integer fin = FINALS.get(w.substring(ie, fe));
                    if (fin != null) {
                        at[i].add(new long[] {fe, (long) ini | (long) fin << 32});
                    }
                }
            }
        }
        return at;
    }

    private static boolean compatible(long x, long y) {
        long both = x & y;
        return (both & 0xFFFFFFFFL) != 0 && (both >>> 32) != 0;
    }
}
