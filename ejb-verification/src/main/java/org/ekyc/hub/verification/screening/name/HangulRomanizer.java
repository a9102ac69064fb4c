package org.ekyc.hub.verification.screening.name;

/**
 * Hangul to Latin by the Revised Romanization of Korean (Ministry of Culture and Tourism notice
 * 2000-8), as applied to personal names: each syllable is romanized on its own (the sound changes
 * between syllables are not transcribed in given names, rule 3.4.1), syllables of one word are
 * written together. Syllables are decomposed arithmetically (Unicode 3.12, Hangul syllable
 * decomposition); characters that are not precomposed Hangul syllables pass through unchanged.
 */
public final class HangulRomanizer {

    private static final int SYLLABLE_BASE = 0xAC00;
    private static final int SYLLABLE_LAST = 0xD7A3;
    private static final int MEDIALS = 21;
    private static final int FINALS = 28;

    private static final String[] INITIAL = {
        "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"};
    private static final String[] MEDIAL = {
        "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu",
        "eu", "ui", "i"};
    private static final String[] FINAL = {
        "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t",
        "ng", "t", "t", "k", "t", "p", "t"};

    private HangulRomanizer() {
    }

    /** True for a precomposed Hangul syllable (U+AC00..U+D7A3). */
    public static boolean isSyllable(int codePoint) {
        return codePoint >= SYLLABLE_BASE && codePoint <= SYLLABLE_LAST;
    }

    /** True when the text holds at least one Hangul syllable. */
    public static boolean containsHangul(String text) {
        return text.codePoints().anyMatch(HangulRomanizer::isSyllable);
    }

    /** Romanizes every Hangul syllable in the text; the rest is kept as is. */
    public static String romanize(String text) {
        StringBuilder out = new StringBuilder(text.length() * 3);
        text.codePoints().forEach(cp -> {
            if (isSyllable(cp)) {
                int index = cp - SYLLABLE_BASE;
                out.append(INITIAL[index / (MEDIALS * FINALS)])
                   .append(MEDIAL[(index % (MEDIALS * FINALS)) / FINALS])
                   .append(FINAL[index % FINALS]);
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
