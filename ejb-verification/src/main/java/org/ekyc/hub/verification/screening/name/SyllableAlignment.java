package org.ekyc.hub.verification.screening.name;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Aligns two words read as syllables ({@link KoreanRomanization}, {@link ChineseNames}): for each
 * start offset, the syllables that can be read there as {end offset, packed sound sets}; the
 * alignment takes one syllable from each word at a time and counts the pairs that cannot be the
 * same, over every way of reading both words as the same number of syllables.
 */
final class SyllableAlignment {

    /** Whether two packed syllables can be the same one. */
    @FunctionalInterface
    interface Compatibility {
        boolean test(long x, long y);
    }

    static final int NONE = -1;
    private static final int INF = 1 << 20;

    private SyllableAlignment() {
    }

    /** The fewest incompatible syllable pairs, or {@link #NONE} when the words cannot be read as the same number of syllables. */
    static int differences(List<long[]>[] sa, List<long[]>[] sb, Compatibility compatibility) {
        int la = sa.length - 1;
        int lb = sb.length - 1;
        int[][] memo = new int[la + 1][lb + 1];
        for (int[] row : memo) {
            Arrays.fill(row, Integer.MIN_VALUE);
        }
        int d = align(0, 0, la, lb, memo, sa, sb, compatibility);
        return d >= INF ? NONE : d;
    }

    private static int align(int i, int j, int la, int lb, int[][] memo, List<long[]>[] sa, List<long[]>[] sb,
                             Compatibility compatibility) {
        if (i == la && j == lb) {
            return 0;
        }
        if (i == la || j == lb) {
            return INF;
        }
        if (memo[i][j] != Integer.MIN_VALUE) {
            return memo[i][j];
        }
        int best = INF;
        for (long[] x : sa[i]) {
            for (long[] y : sb[j]) {
                int rest = align((int) x[0], (int) y[0], la, lb, memo, sa, sb, compatibility);
                if (rest < INF) {
                    best = Math.min(best, rest + (compatibility.test(x[1], y[1]) ? 0 : 1));
                }
            }
        }
        memo[i][j] = best;
        return best;
    }

    /** One empty list of readings per offset of a word of {@code length} letters, and one for its end. */
    @SuppressWarnings("unchecked")
    static List<long[]>[] noReadings(int length) {
        List<long[]>[] at = new List[length + 1];
        for (int i = 0; i <= length; i++) {
            at[i] = new ArrayList<>(4);
        }
        return at;
    }

    /** A bit set of the given indices. */
    static int bits(int... indices) {
        int mask = 0;
        for (int i : indices) {
            mask |= 1 << i;
        }
        return mask;
    }
}
