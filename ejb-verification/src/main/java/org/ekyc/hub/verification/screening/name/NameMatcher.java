package org.ekyc.hub.verification.screening.name;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Token-set name similarity in [0, 1], robust to word order, missing middle names, spelling and
 * transliteration variants.
 * <p>
 * Token similarity is the best of: equality; one Korean surname class; Jaro-Winkler on the
 * words; Jaro-Winkler on the romanization-folded words (×{@value #FOLDED_MATCH}). Jaro-Winkler
 * forgives too much in short words, so words of up to {@value #SHORT_WORD} letters that are more
 * than one edit apart (after folding) are capped at {@value #FAR_CAP}. Equal consonant skeletons
 * (three consonants or more, same first letter) of words of about the same length (vowels differ
 * only) give {@value #SKELETON_MATCH}, and so does
 * a word read from Arabic script whose letters the other word spells in one of the usual Latin
 * renderings ({@link ArabicConsonants}: consonants in place, long vowels as vowels; {@value #SHORT_SKELETON_MATCH}
 * for a pattern of fewer than three letters); a shared Double Metaphone code gives at least {@value #PHONETIC_MATCH}. Tokens are paired greedily, best pair first, one to one; a pair below
 * {@value #PAIR_FLOOR} counts zero and pairs under {@value #STRONG_PAIR} count less than their
 * similarity, so that several half-similar words do not add up to a match.
 * The name score is the mean pair credit over the shorter name, scaled by
 * {@code 0.8 + 0.2 × shorter/longer} so a name that covers all words of the other scores higher
 * than one that covers a part. A one-word name against a longer name is capped at
 * {@value #SINGLE_TOKEN_CAP}: a single given name or surname is not an identification. A name
 * with no word matching at {@value #ANCHOR} or better (an anchor) is scaled by
 * {@value #NO_ANCHOR_FACTOR}: two half-similar words are weaker evidence than one exact and one
 * misspelt word (not applied to Arabic-script names, whose words only match by skeleton).
 * Two Korean names ({@link NormalizedName#korean()}) compare their words syllable by syllable
 * ({@link #koreanSimilarity}); a name written in Han characters compares its Pinyin words syllable by
 * syllable ({@link #chineseSimilarity}). A name written in Han or Hangul is whole and exact: when a word
 * on either side is left unpaired or pairs below {@value #STRONG_PAIR} it is capped at
 * {@value #PART_OF_WHOLE_NAME}, below POTENTIAL ({@code 林娜} is not <i>WEI, Lin Na</i>). The masculine and
 * feminine forms of a Russian surname ({@link RussianNameForms}) are capped at {@value #OTHER_FORM_CAP};
 * a word from Arabic script whose letters the other word does not spell at {@value #FAR_CAP}.
 */
public final class NameMatcher {

    static final double PAIR_FLOOR = 0.75;
    static final double STRONG_PAIR = 0.92;
    static final double SINGLE_TOKEN_CAP = 0.80;
    static final double SKELETON_MATCH = 0.95;
    static final double SHORT_SKELETON_MATCH = 0.92;
    static final double PHONETIC_MATCH = 0.88;
    static final double FOLDED_MATCH = 0.97;
    static final double FAR_CAP = 0.89;
    static final int SHORT_WORD = 8;
    static final double ANCHOR = 0.95;
    static final double NO_ANCHOR_FACTOR = 0.95;
    static final double KOREAN_MATCH = 0.98;
    static final double KOREAN_OTHER_SYLLABLE = 0.85;
    /** Feminine against masculine form of a surname ({@link RussianNameForms}). */
    static final double OTHER_FORM_CAP = 0.85;
    /** A name written in Han or Hangul with a word on either side that pairs weakly or not at all. */
    static final double PART_OF_WHOLE_NAME = 0.90;
    /**
     * Below this, words of more than three letters are not compared syllable by syllable: spellings
     * of one Korean word score above it; short ones ({@code Li}/{@code Ri}, {@code Yu}/{@code Ryu}) may not.
     */
    static final double KOREAN_UNRELATED = 0.70;
    /**
     * A name written in Cyrillic without a patronymic against a listed name with one (#17): below POTENTIAL
     * ({@code MatchThresholds.DEFAULTS} 0.92). A Russian-form name is surname, given name and patronymic;
     * {@code Андрей Павлов} is one of many Andrey Pavlovs, not <i>PAVLOV, Andrey Petrovich</i>.
     */
    static final double NO_PATRONYMIC_CAP = 0.91;
    /**
     * A name with a word whose letter was lost in some encoding (U+FFFD, #17; the word compares with the lost
     * letter as a wildcard and pairs at {@value #STRONG_PAIR} at most): between POTENTIAL (0.92) and HIT (0.93)
     * of {@code MatchThresholds.DEFAULTS}, so that a reviewer looks at it.
     */
    static final double DAMAGED_CAP = 0.925;
    /** A word joined from two ({@link #joinedScore}) needs at least this many letters in its Arabic pattern. */
    static final int JOINED_MIN_LETTERS = 5;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    /** Similarity of two names in [0, 1]. */
    public double score(NormalizedName query, NormalizedName candidate) {
        List<NameToken> q = query.tokens();
        List<NameToken> c = candidate.tokens();
        Reading reading = Reading.of(query, candidate);
        double[][] sim = similarities(reading, q, c);
        double score = assign(query, candidate, reading, sim);
        if (reading.consonantal() && score < 1) {
            score = Math.max(score, joinedScore(query, candidate, reading, q, c, sim));
        }
        if (score > DAMAGED_CAP && (damaged(query) || damaged(candidate))) {
            score = DAMAGED_CAP; // a name read with a lost letter is for a reviewer, never a HIT by itself
        }
        return score;
    }

    /**
     * A name read from Arabic script compared with one of its words written as two, or two of its
     * words written as one (#17): {@code خدايرحيم} / <i>KHUDAI RAHIM</i>, {@code عزیز الرحمان} /
     * <i>AZIZIRAHMAN</i>. Tried only for a word that pairs with nothing at {@value #STRONG_PAIR} against two
     * adjacent words on the other side that pair with nothing either, and only when the joined word is
     * spelt by the Arabic word's letters ({@link #tokenSimilarity} at least {@value #STRONG_PAIR}) and has
     * at least {@value #JOINED_MIN_LETTERS} pattern letters; the two words then count as one. One join per
     * comparison; the best score wins.
     */
    private double joinedScore(NormalizedName query, NormalizedName candidate, Reading reading, List<NameToken> q,
                               List<NameToken> c, double[][] sim) {
        boolean[] weakRow = new boolean[q.size()];
        boolean[] weakCol = new boolean[c.size()];
        boolean anyWeakRow = false;
        for (int i = 0; i < q.size(); i++) {
            weakRow[i] = true;
            for (int j = 0; j < c.size(); j++) {
                if (sim[i][j] >= STRONG_PAIR) {
                    weakRow[i] = false;
                    break;
                }
            }
            anyWeakRow |= weakRow[i];
        }
        if (!anyWeakRow) {
            return 0;
        }
        boolean anyWeakCol = false;
        for (int j = 0; j < c.size(); j++) {
            weakCol[j] = true;
            for (int i = 0; i < q.size(); i++) {
                if (sim[i][j] >= STRONG_PAIR) {
                    weakCol[j] = false;
                    break;
                }
            }
            anyWeakCol |= weakCol[j];
        }
        if (!anyWeakCol) {
            return 0;
        }
        double best = 0;
        // one query word written as two listed words
        for (int i = 0; i < q.size(); i++) {
            NameToken a = q.get(i);
            if (!weakRow[i] || a.consonants().length() < JOINED_MIN_LETTERS) {
                continue;
            }
            for (int j = 0; j + 1 < c.size(); j++) {
                if (weakCol[j] && weakCol[j + 1]) {
                    NameToken joined = joined(c.get(j), c.get(j + 1));
                    if (joined != null && tokenSimilarity(a, joined, true) >= STRONG_PAIR) {
                        List<NameToken> c2 = replaced(c, j, joined);
                        best = Math.max(best, assign(query, candidate, reading, similarities(reading, q, c2)));
                    }
                }
            }
        }
        // two query words written as one listed word
        for (int i = 0; i + 1 < q.size(); i++) {
            if (!weakRow[i] || !weakRow[i + 1]) {
                continue;
            }
            NameToken joined = joined(q.get(i), q.get(i + 1));
            if (joined == null || joined.consonants().length() < JOINED_MIN_LETTERS) {
                continue;
            }
            for (int j = 0; j < c.size(); j++) {
                if (weakCol[j] && tokenSimilarity(joined, c.get(j), true) >= STRONG_PAIR) {
                    List<NameToken> q2 = replaced(q, i, joined);
                    best = Math.max(best, assign(query, candidate, reading, similarities(reading, q2, c)));
                    break;
                }
            }
        }
        return best;
    }

    /**
     * Two adjacent words as one: the letters run together, and for words read from Arabic script their
     * patterns in a row ({@link ArabicConsonants#joined}); {@code null} when only one of them was read from Arabic.
     */
    static NameToken joined(NameToken first, NameToken second) {
        String text = first.text() + second.text();
        String consonants = "";
        if (!first.consonants().isEmpty() || !second.consonants().isEmpty()) {
            if (first.consonants().isEmpty() || second.consonants().isEmpty()) {
                return null;
            }
            consonants = ArabicConsonants.joined(first.consonants(), second.consonants());
        }
        String folded = NameNormalizer.fold(text);
        return new NameToken(text, folded, NameNormalizer.skeleton(folded), "", "", null, consonants);
    }

    /**
     * A name read from Arabic script with a letter lost in some encoding (U+FFFD, read as {@link ArabicConsonants#WILDCARD}),
     * in any of its forms (a form that joins the damaged word to another has no wildcard left).
     */
    private static boolean damaged(NormalizedName name) {
        return name.consonantal() && name.original().indexOf('\uFFFD') >= 0;
    }

    private static List<NameToken> replaced(List<NameToken> tokens, int at, NameToken joined) {
        List<NameToken> out = new ArrayList<>(tokens.size() - 1);
        out.addAll(tokens.subList(0, at));
        out.add(joined);
        out.addAll(tokens.subList(at + 2, tokens.size()));
        return out;
    }

    /** How the two names are read: decided once per comparison. */
    private record Reading(boolean consonantal, boolean han, boolean korean, boolean hangul) {
        static Reading of(NormalizedName query, NormalizedName candidate) {
            boolean han = ChineseNames.isHanWritten(query.original()); // read as Mandarin, whatever its Latin looks like
            boolean korean = !han && query.korean() && candidate.korean();
            return new Reading(query.consonantal(), han, korean, korean && HangulRomanizer.containsHangul(query.original()));
        }
    }

    private double[][] similarities(Reading reading, List<NameToken> q, List<NameToken> c) {
        boolean consonantal = reading.consonantal();
        boolean han = reading.han();
        boolean korean = reading.korean();
        boolean hangul = reading.hangul();
        int rows = q.size();
        int cols = c.size();
        double[][] sim = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                sim[i][j] = korean ? koreanSimilarity(q.get(i), c.get(j), hangul)
                        : han ? chineseSimilarity(q.get(i), c.get(j)) : tokenSimilarity(q.get(i), c.get(j), consonantal);
            }
        }
        return sim;
    }

    /**
     * The name score from the word similarities: greedy one-to-one pairing, coverage and caps (class comment).
     * For a name read from Arabic script, a word left unpaired whose letters spell it as well as a word
     * already paired ({@value #SKELETON_MATCH}) is the same name written twice (<i>MOHAMMAD … MUHAMMAD</i>
     * against a name that has محمد twice, its repetition merged by the normaliser) and does not count as
     * a word the other name leaves out (#17). Not for other scripts: there a second close word is as
     * often another name ({@code Li} / {@code Ri}).
     */
    private double assign(NormalizedName query, NormalizedName candidate, Reading reading, double[][] sim) {
        boolean consonantal = reading.consonantal();
        boolean han = reading.han();
        boolean hangul = reading.hangul();
        int rows = sim.length;
        int cols = rows == 0 ? 0 : sim[0].length;
        if (rows == 0 || cols == 0) {
            return 0;
        }
        int pairs = Math.min(rows, cols);
        boolean[] rowUsed = new boolean[rows];
        boolean[] colUsed = new boolean[cols];
        double credit = 0;
        double strongest = 0;
        double weakest = 1;
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
            strongest = Math.max(strongest, best);
            weakest = Math.min(weakest, best);
        }
        int longer = consonantal
                ? Math.max(rows - repeated(sim, rowUsed, colUsed, true), cols - repeated(sim, rowUsed, colUsed, false))
                : Math.max(rows, cols);
        double score = credit / pairs * (0.8 + 0.2 * pairs / longer);
        if (strongest < ANCHOR && !consonantal) {
            score *= NO_ANCHOR_FACTOR;
        }
        if (pairs == 1 && longer > 1) {
            score = Math.min(score, SINGLE_TOKEN_CAP);
        }
        if ((han || hangul) && (weakest < STRONG_PAIR || longer > pairs)) {
            // a name written in Han or Hangul is whole and exact: surname and given name, every syllable
            score = Math.min(score, PART_OF_WHOLE_NAME);
        }
        if (score > NO_PATRONYMIC_CAP && missingPatronymic(query, candidate)) {
            score = NO_PATRONYMIC_CAP;
        }
        return Math.max(0, Math.min(1, score));
    }

    /**
     * Unpaired words (rows when {@code ofRows}, else columns) that pair at {@value #SKELETON_MATCH} or better
     * with a word of the other side that is already paired: a name written twice on one side.
     */
    private static int repeated(double[][] sim, boolean[] rowUsed, boolean[] colUsed, boolean ofRows) {
        int count = 0;
        int outer = ofRows ? rowUsed.length : colUsed.length;
        int inner = ofRows ? colUsed.length : rowUsed.length;
        for (int a = 0; a < outer; a++) {
            if (ofRows ? rowUsed[a] : colUsed[a]) {
                continue;
            }
            for (int b = 0; b < inner; b++) {
                boolean pairedOther = ofRows ? colUsed[b] : rowUsed[b];
                if (pairedOther && (ofRows ? sim[a][b] : sim[b][a]) >= SKELETON_MATCH) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    /** A query written in Cyrillic with no patronymic against a candidate that has one. */
    private static boolean missingPatronymic(NormalizedName query, NormalizedName candidate) {
        if (!RussianNameForms.containsCyrillic(query.original())) {
            return false;
        }
        for (NameToken t : query.tokens()) {
            if (RussianNameForms.patronymic(t.text())) {
                return false;
            }
        }
        for (NameToken t : candidate.tokens()) {
            if (RussianNameForms.patronymic(t.text())) {
                return true;
            }
        }
        return false;
    }

    /** Similarity of two words in [0, 1]. */
    public double tokenSimilarity(NameToken a, NameToken b, boolean consonantal) {
        if (a.text().equals(b.text())) {
            return 1.0;
        }
        if (a.surnameClass() != null && a.surnameClass().equals(b.surnameClass())) {
            return 1.0;
        }
        String fa = a.folded();
        String fb = b.folded();
        double s = JARO_WINKLER.apply(a.text(), b.text());
        if (s < FOLDED_MATCH && !fa.isEmpty() && !fb.isEmpty()) {
            s = Math.max(s, fa.equals(fb) ? FOLDED_MATCH : FOLDED_MATCH * JARO_WINKLER.apply(fa, fb));
        }
        if (s > FAR_CAP && Math.max(fa.length(), fb.length()) <= SHORT_WORD && !withinOneEdit(fa, fb)) {
            s = FAR_CAP; // short words two edits apart (Quang/Quanguo, Minh/Ming) are different names
        }
        boolean sameSkeleton = !a.skeleton().isEmpty() && a.skeleton().equals(b.skeleton());
        boolean fromArabic = consonantal && !a.consonants().isEmpty(); // compared by its letters below
        if (!fromArabic && sameSkeleton && a.skeleton().length() >= 3 && fa.charAt(0) == fb.charAt(0)
                && Math.abs(fa.length() - fb.length()) <= 1) {
            s = Math.max(s, SKELETON_MATCH); // vowels differ only: Mohammed/Muhammad, Husayn/Hussein
        }
        if (fromArabic) {
            boolean spelt = b.consonants().isEmpty() ? ArabicConsonants.spells(a.consonants(), b.text())
                    : ArabicConsonants.samePattern(a.consonants(), b.consonants());
            boolean damaged = a.consonants().indexOf(ArabicConsonants.WILDCARD) >= 0
                    || b.consonants().indexOf(ArabicConsonants.WILDCARD) >= 0;
            if (spelt) {
                // a word with a lost letter (U+FFFD) is a strong pair at most, never an anchor
                s = Math.max(s, damaged ? STRONG_PAIR : a.consonants().length() >= 3 ? SKELETON_MATCH : SHORT_SKELETON_MATCH);
            } else {
                s = Math.min(s, FAR_CAP); // the letters decide: شادي Shady is not Saad, however close the folds
            }
        } else if (consonantal && sameSkeleton) {
            s = Math.max(s, a.skeleton().length() >= 2 ? SKELETON_MATCH : SHORT_SKELETON_MATCH);
        }
        if (s < PHONETIC_MATCH && Math.min(a.text().length(), b.text().length()) >= 4 && samePhonetic(a, b)) {
            s = PHONETIC_MATCH;
        }
        if (s > OTHER_FORM_CAP && RussianNameForms.otherForm(a.text(), b.text())) {
            s = OTHER_FORM_CAP; // Pavlov / Pavlova: one family, different people
        }
        return s;
    }

    /**
     * A word of a name written in Han characters against another word: Pinyin syllable by syllable
     * ({@link ChineseNames}); words that can write the same syllables (Pinyin and Wade-Giles, {@code zhang} /
     * {@code chang}) score {@value #KOREAN_MATCH}; a syllable that differs or a syllable more or less caps the similarity at
     * {@value #KOREAN_OTHER_SYLLABLE}: a name written in Han has no spelling slips, so
     * {@code xiaoming} / {@code xiaobing} is another given name.
     */
    double chineseSimilarity(NameToken a, NameToken b) {
        double s = tokenSimilarity(a, b, false);
        if (s >= 1.0) {
            return s;
        }
        int differences = ChineseNames.differences(a.text(), b.text());
        return differences == 0 ? Math.max(s, KOREAN_MATCH) : differences > 0 ? Math.min(s, KOREAN_OTHER_SYLLABLE) : s;
    }

    /**
     * Two words of Korean names: read syllable by syllable ({@link KoreanRomanization}), words that
     * can write the same Hangul score {@value #KOREAN_MATCH} (McCune-Reischauer, Revised and informal
     * spellings of one name); words of the same number of syllables of which one or more cannot be the
     * same are capped at {@value #KOREAN_OTHER_SYLLABLE}, below a strong pair: a given name that differs
     * in a syllable is another name. Words one letter apart (after folding) and words that do not
     * align keep {@link #tokenSimilarity}: a typo ({@code Jog Un}, {@code Hong-Syop}, {@code Chong-hol})
     * is as likely as another name there, and that similarity is below {@value #KOREAN_MATCH} all the same.
     */
    double koreanSimilarity(NameToken a, NameToken b, boolean writtenInHangul) {
        double s = tokenSimilarity(a, b, false);
        if (s >= 1.0 || s < KOREAN_UNRELATED && Math.max(a.text().length(), b.text().length()) > 3) {
            return s; // equal, or too far apart to be spellings of one word (a surname against a given name)
        }
        int differences = KoreanRomanization.differences(a.text(), b.text());
        if (differences == 0) {
            return Math.max(s, KOREAN_MATCH);
        }
        // one letter apart as written is a typo as often as another name: the similarity above decides;
        // a name written in Hangul has no such slips of romanization
        // except one vowel for another in place (Minjun / Manjun, #17): a given-name syllable that differs
        // is weaker evidence than an equal one, and a vowel is what tells Korean syllables apart
        boolean typo = !writtenInHangul && withinOneEdit(a.text(), b.text()) && !vowelForVowel(a.text(), b.text());
        return differences > 0 && !typo ? Math.min(s, KOREAN_OTHER_SYLLABLE) : s;
    }

    /** Words of one length that differ in exactly one place, a vowel on both sides. */
    static boolean vowelForVowel(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int at = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (at >= 0) {
                    return false;
                }
                at = i;
            }
        }
        return at >= 0 && "aeiouy".indexOf(a.charAt(at)) >= 0 && "aeiouy".indexOf(b.charAt(at)) >= 0;
    }

    /** Optimal string alignment distance at most 1 (one substitution, insertion, deletion or transposition). */
    static boolean withinOneEdit(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == la && i == lb) {
            return true;
        }
        if (la == lb) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true;
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return la > lb ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
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
