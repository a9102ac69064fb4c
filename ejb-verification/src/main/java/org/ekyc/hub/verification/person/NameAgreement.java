package org.ekyc.hub.verification.person;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.ekyc.hub.verification.document.VizValues;
import org.ekyc.hub.verification.screening.name.NameMatcher;
import org.ekyc.hub.verification.screening.name.NameNormalizer;
import org.ekyc.hub.verification.screening.name.NameToken;
import org.ekyc.hub.verification.screening.name.NormalizedName;

/**
 * Whether the name on a document and the applicant's name are one person's name, with the screening
 * engine's normalisation ({@link NameNormalizer}: Unicode forms, Hangul by the Revised Romanization with
 * the surname split off, other scripts to Latin, case, diacritics, apostrophes, hyphens joined, titles
 * dropped) and its word comparison ({@link NameMatcher#tokenSimilarity}: romanisation folding such as
 * McCune-Reischauer against Revised Romanization, Korean surname classes such as Lee/Yi/I, vowel-only
 * differences such as Mohammed/Muhammad).
 * <ul>
 *   <li>{@link Agreement#SAME}: the same letters surname for surname and given names for given names, only
 *       case, spacing, hyphens, apostrophes or diacritics differ ({@code KIM MINJUN} / {@code Kim Min-jun});</li>
 *   <li>{@link Agreement#VARIANT}: the same person's name written another way: words in another order
 *       (surname and given names swapped), words split or joined differently, romanisation variants, or
 *       middle names missing on one side — as long as every word of the shorter name is a word of the
 *       longer one, the shorter keeps at least two words (or both have one) and no surname is among the
 *       missing words;</li>
 *   <li>{@link Agreement#DIFFERENT}: anything else.</li>
 * </ul>
 * A Hangul name against a Latin one is compared through its romanisation; since Korean names are romanised
 * in ways no rule connects, a pair that fails the word test but scores at least {@value #CROSS_SCRIPT_VARIANT}
 * with the screening engine's {@link NameMatcher#score} is a VARIANT. Two Hangul names are compared syllable
 * for syllable (spaces aside), one letter apart a VARIANT ({@link #hangul}). Thread-safe.
 */
public final class NameAgreement {

    /** How two names agree. */
    public enum Agreement { SAME, VARIANT, DIFFERENT }

    /** Word similarity from which two words are one name's word ({@link NameMatcher#tokenSimilarity}). */
    static final double WORD_AGREEMENT = 0.95;
    /** Name score from which a Hangul and a Latin name are one name written in two scripts. */
    static final double CROSS_SCRIPT_VARIANT = 0.85;
    /** Words beyond which splitting and joining are not tried (2^(n-1) ways to split a name of n words). */
    private static final int MAX_WORDS_TO_RESPLIT = 6;

    private final NameNormalizer normalizer;
    private final NameMatcher matcher;

    public NameAgreement(NameNormalizer normalizer, NameMatcher matcher) {
        this.normalizer = normalizer;
        this.matcher = matcher;
    }

    /**
     * A Latin name on the document against the applicant's. {@code docSurname} null means the document
     * gives the whole name in one line ({@code docWhole}, surname first).
     */
    public Agreement latin(String docSurname, String docGiven, String docWhole, String surname, String givenNames) {
        List<Word> doc = docSurname != null ? words(docSurname, docGiven) : words(null, docWhole);
        List<Word> applicant = words(surname, givenNames);
        if (doc.isEmpty() || applicant.isEmpty()) {
            return Agreement.SAME; // nothing of one name remains after normalisation: nothing to compare
        }
        boolean same = docSurname != null
                ? joined(words(docSurname, null)).equals(joined(words(surname, null)))
                        && joined(words(null, docGiven)).equals(joined(words(null, givenNames)))
                : joined(doc).equals(joined(applicant));
        if (same) {
            return Agreement.SAME;
        }
        return agree(doc, applicant) ? Agreement.VARIANT : Agreement.DIFFERENT;
    }

    /**
     * Two names in Hangul: the same syllables, spaces aside; one letter (jamo) apart, the confusion OCR
     * makes on card names (옌/엔), a variant of names of two syllables or more; otherwise different
     * (민준/민수 are two letters apart).
     */
    public Agreement hangul(String docHangul, String hangul) {
        String a = docHangul.replaceAll("\\s+", "");
        String b = hangul.replaceAll("\\s+", "");
        if (a.equals(b)) {
            return Agreement.SAME;
        }
        String jamoA = Normalizer.normalize(a, Normalizer.Form.NFD);
        String jamoB = Normalizer.normalize(b, Normalizer.Form.NFD);
        return Math.min(a.length(), b.length()) >= 2 && VizValues.distance(jamoA, jamoB) <= 1 ? Agreement.VARIANT
                : Agreement.DIFFERENT;
    }

    /** A name in Hangul against a name in Latin script (surname and given names). */
    public Agreement hangulAgainstLatin(String hangul, String surname, String givenNames) {
        List<Word> romanised = words(null, hangul);
        List<Word> latin = words(surname, givenNames);
        if (romanised.isEmpty() || latin.isEmpty() || agree(romanised, latin)) {
            return Agreement.SAME;
        }
        String latinName = givenNames == null ? surname : surname + " " + givenNames;
        double best = 0;
        for (NormalizedName h : normalizer.forms(hangul)) {
            for (NormalizedName l : normalizer.forms(latinName)) {
                best = Math.max(best, matcher.score(h, l));
            }
        }
        return best >= CROSS_SCRIPT_VARIANT ? Agreement.VARIANT : Agreement.DIFFERENT;
    }

    /**
     * A word of a name, normalised; whether it belongs to the surname; whether it was joined from written
     * words (compared by its letters and their romanisation folding only: the similarity of long joined words
     * forgives a whole different word).
     */
    private record Word(NameToken token, boolean surname, boolean joined) {
    }

    private boolean sameWord(Word a, Word b) {
        if (a.joined() || b.joined()) {
            return a.token().text().equals(b.token().text()) || a.token().folded().equals(b.token().folded());
        }
        return matcher.tokenSimilarity(a.token(), b.token(), false) >= WORD_AGREEMENT;
    }

    private List<Word> words(String surname, String givenNames) {
        List<Word> out = new ArrayList<>();
        if (surname != null) {
            normalizer.words(surname).forEach(w -> out.add(new Word(normalizer.token(w), true, false)));
        }
        if (givenNames != null) {
            normalizer.words(givenNames).forEach(w -> out.add(new Word(normalizer.token(w), false, false)));
        }
        return out;
    }

    private static String joined(List<Word> words) {
        StringBuilder out = new StringBuilder();
        words.forEach(w -> out.append(w.token().text()));
        return out.toString();
    }

    /** Whether some way of splitting and joining the words of each name makes them agree word for word. */
    private boolean agree(List<Word> a, List<Word> b) {
        for (List<Word> x : resplit(a)) {
            for (List<Word> y : resplit(b)) {
                if (x.size() <= y.size() ? covers(x, y) : covers(y, x)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Every word of {@code shorter} is a distinct word of {@code longer}; the words of {@code longer} left
     * over are middle names (no surname); a one-word name only covers a one-word name.
     */
    private boolean covers(List<Word> shorter, List<Word> longer) {
        if (shorter.size() < Math.min(2, longer.size())) {
            return false;
        }
        return match(shorter, 0, longer, new boolean[longer.size()]);
    }

    private boolean match(List<Word> shorter, int i, List<Word> longer, boolean[] used) {
        if (i == shorter.size()) {
            for (int j = 0; j < longer.size(); j++) {
                if (!used[j] && longer.get(j).surname()) {
                    return false;
                }
            }
            return true;
        }
        for (int j = 0; j < longer.size(); j++) {
            if (!used[j] && sameWord(shorter.get(i), longer.get(j))) {
                used[j] = true;
                if (match(shorter, i + 1, longer, used)) {
                    return true;
                }
                used[j] = false;
            }
        }
        return false;
    }

    /** The name as written and every way of joining neighbouring words ({@code Thi Hoa} / {@code Thihoa}). */
    private List<List<Word>> resplit(List<Word> words) {
        List<List<Word>> out = new ArrayList<>();
        out.add(words);
        if (words.size() < 2 || words.size() > MAX_WORDS_TO_RESPLIT) {
            return out;
        }
        int gaps = words.size() - 1;
        for (int mask = 1; mask < 1 << gaps; mask++) {
            List<Word> joined = new ArrayList<>();
            StringBuilder text = new StringBuilder(words.get(0).token().text());
            boolean surname = words.get(0).surname();
            boolean merged = false;
            for (int k = 1; k < words.size(); k++) {
                Word w = words.get(k);
                if ((mask & 1 << (k - 1)) != 0) {
                    text.append(w.token().text());
                    surname |= w.surname();
                    merged = true;
                } else {
                    joined.add(new Word(normalizer.token(text.toString()), surname, merged));
                    text = new StringBuilder(w.token().text());
                    surname = w.surname();
                    merged = false;
                }
            }
            joined.add(new Word(normalizer.token(text.toString()), surname, merged));
            out.add(joined);
        }
        return out;
    }
}
