package org.ekyc.hub.verification.screening.name;

import java.util.List;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Token-set name similarity in [0, 1], robust to word order, missing middle names, spelling and
 * transliteration variants.
 * <p>
 * Token similarity is the best of: equality; one Korean surname class; Jaro-Winkler on the
 * words; Jaro-Winkler on the romanization-folded words (×0.97); Jaro-Winkler on consonant
 * skeletons when a side came from Arabic script (×0.95); a shared Double Metaphone code
 * (at least 0.90). Tokens are paired greedily, best pair first, one to one; a pair below
 * {@value #PAIR_FLOOR} counts zero and pairs under {@value #STRONG_PAIR} count less than their
 * similarity, so that several half-similar words do not add up to a match.
 * The name score is the mean pair credit over the shorter name, scaled by
 * {@code 0.8 + 0.2 × shorter/longer} so a name that covers all words of the other scores higher
 * than one that covers a part. A one-word name against a longer name is capped at
 * {@value #SINGLE_TOKEN_CAP}: a single given name or surname is not an identification.
 */
public final class NameMatcher {

    static final double PAIR_FLOOR = 0.75;
    static final double STRONG_PAIR = 0.92;
    static final double SINGLE_TOKEN_CAP = 0.80;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    /** Similarity of two names in [0, 1]. */
    public double score(NormalizedName query, NormalizedName candidate) {
        List<NameToken> q = query.tokens();
        List<NameToken> c = candidate.tokens();
        boolean consonantal = query.consonantal() || candidate.consonantal();
        int rows = q.size();
        int cols = c.size();
        double[][] sim = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                sim[i][j] = tokenSimilarity(q.get(i), c.get(j), consonantal);
            }
        }
        int pairs = Math.min(rows, cols);
        boolean[] rowUsed = new boolean[rows];
        boolean[] colUsed = new boolean[cols];
        double credit = 0;
        for (int p = 0; p < pairs; p++) {
            int bi = -1;
            int bj = -1;
            double best = -1;
            for (int i = 0; i < rows; i++) {
                if (rowUsed[i]) {
                    continue;
                }
                for (int j = 0; j < cols; j++) {
                    if (!colUsed[j] && sim[i][j] > best) {
                        best = sim[i][j];
                        bi = i;
                        bj = j;
                    }
                }
            }
            rowUsed[bi] = true;
            colUsed[bj] = true;
            credit += pairCredit(best);
        }
        int longer = Math.max(rows, cols);
        double score = credit / pairs * (0.8 + 0.2 * pairs / longer);
        if (pairs == 1 && longer > 1) {
            score = Math.min(score, SINGLE_TOKEN_CAP);
        }
        return Math.max(0, Math.min(1, score));
    }

    /** Similarity of two words in [0, 1]. */
    public double tokenSimilarity(NameToken a, NameToken b, boolean consonantal) {
        if (a.text().equals(b.text())) {
            return 1.0;
        }
        if (a.surnameClass() != null && a.surnameClass().equals(b.surnameClass())) {
            return 1.0;
        }
        double s = JARO_WINKLER.apply(a.text(), b.text());
        if (s < 1.0 && !a.folded().isEmpty() && !b.folded().isEmpty()) {
            s = Math.max(s, a.folded().equals(b.folded()) ? 0.97 : 0.97 * JARO_WINKLER.apply(a.folded(), b.folded()));
        }
        if (consonantal && a.skeleton().length() >= 2 && b.skeleton().length() >= 2) {
            s = Math.max(s, 0.95 * JARO_WINKLER.apply(a.skeleton(), b.skeleton()));
        }
        if (s < 0.90 && Math.min(a.text().length(), b.text().length()) >= 4 && samePhonetic(a, b)) {
            s = 0.90;
        }
        return s;
    }

    private static boolean samePhonetic(NameToken a, NameToken b) {
        return !a.phonetic().isEmpty()
                && (a.phonetic().equals(b.phonetic()) || a.phonetic().equals(b.phoneticAlt())
                    || a.phoneticAlt().equals(b.phonetic()));
    }

    private static double pairCredit(double similarity) {
        if (similarity >= STRONG_PAIR) {
            return similarity;
        }
        if (similarity < PAIR_FLOOR) {
            return 0;
        }
        return Math.max(0, similarity - (STRONG_PAIR - similarity) * 1.5);
    }
}
