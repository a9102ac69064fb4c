package org.ekyc.hub.verification.screening.name;

import java.util.Objects;

/**
 * One word of a normalised name with the keys the matcher compares.
 *
 * @param text         lower-case ASCII, e.g. {@code hojin}
 * @param folded       romanization-folded ({@link NameNormalizer#fold}), e.g. {@code hojin} for {@code hochin}
 * @param skeleton     consonant skeleton ({@link NameNormalizer#skeleton}), for names from unvowelled Arabic
 * @param phonetic     Double Metaphone primary code
 * @param phoneticAlt  Double Metaphone alternate code
 * @param surnameClass Korean surname class ({@link KoreanSurnames}) or {@code null}
 * @param consonants   for a word written in Arabic script, its consonants with the letters that Latin
 *                     spellings render in more than one way marked ({@link ArabicConsonants}); empty otherwise
 */
public record NameToken(String text, String folded, String skeleton, String phonetic, String phoneticAlt,
                        String surnameClass, String consonants) {

    public NameToken {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty token");
        }
        Objects.requireNonNull(folded, "folded");
        Objects.requireNonNull(skeleton, "skeleton");
        Objects.requireNonNull(phonetic, "phonetic");
        Objects.requireNonNull(phoneticAlt, "phoneticAlt");
        Objects.requireNonNull(consonants, "consonants");
    }
}
