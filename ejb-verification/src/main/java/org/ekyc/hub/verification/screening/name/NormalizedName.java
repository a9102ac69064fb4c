package org.ekyc.hub.verification.screening.name;

import java.util.List;
import java.util.Objects;

/**
 * A name in the form the matcher compares: Latin, lower case, without honorifics or punctuation.
 * Word order is kept only for display; matching is over the token set.
 *
 * @param original     the name as written
 * @param tokens       the words
 * @param consonantal  true when it came from a script that does not write short vowels (Arabic),
 *                     so the matcher also compares consonant skeletons
 * @param korean       true when it reads as a Korean name in Latin letters (a Korean surname first or
 *                     last, every word Korean syllables, {@link KoreanRomanization}), so the matcher
 *                     compares its words syllable by syllable with another Korean name
 */
public record NormalizedName(String original, List<NameToken> tokens, boolean consonantal, boolean korean) {

    public NormalizedName(String original, List<NameToken> tokens, boolean consonantal) {
        this(original, tokens, consonantal, false);
    }

    public NormalizedName {
        Objects.requireNonNull(original, "original");
        tokens = List.copyOf(tokens);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("a normalised name has at least one token: " + original);
        }
    }

    /** The tokens' text joined by spaces, e.g. {@code ri jeseon}. */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (NameToken token : tokens) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(token.text());
        }
        return out.toString();
    }
}
