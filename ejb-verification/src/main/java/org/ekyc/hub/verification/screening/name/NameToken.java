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
 */
public record NameToken(String text, String folded, String skeleton, String phonetic, String phoneticAlt,
                        String surnameClass) {

    public NameToken {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty token");
        }
        Objects.requireNonNull(folded, "folded");
        Objects.requireNonNull(skeleton, "skeleton");
        Objects.requireNonNull(phonetic, "phonetic");
        Objects.requireNonNull(phoneticAlt, "phoneticAlt");
    }
}
