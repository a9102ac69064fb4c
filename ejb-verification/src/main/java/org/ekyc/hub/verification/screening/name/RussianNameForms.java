package org.ekyc.hub.verification.screening.name;

/**
 * Russian (and other East Slavic) surnames change their ending with the bearer's sex:
 * {@code Ivanov}, {@code Pavlov}, {@code Ilyin} (a man), {@code Ivanova}, {@code Pavlova},
 * {@code Ilyina} (a woman of that family). The two forms are worn by different people (a wife, a
 * sister, a daughter), not spellings of one name, though they are a letter apart. A surname against
 * a patronymic ({@code Viktorova} / {@code Viktorovna}) is left to the similarity: one letter
 * dropped from a patronymic is as likely a typo of the listed name.
 */
public final class RussianNameForms {

    /** Masculine surname endings and their feminine forms (the feminine adds {@code a}). */
    private static final String[] SURNAME_ENDINGS = {"ov", "ev", "yov", "in", "yn"};

    private RussianNameForms() {
    }

    /** True when the two lower-case words are the masculine and feminine of one surname ({@code pavlov} / {@code pavlova}). */
    public static boolean otherForm(String a, String b) {
        return a.length() <= b.length() ? shorterIsOtherForm(a, b) : shorterIsOtherForm(b, a);
    }

    private static boolean shorterIsOtherForm(String shorter, String longer) {
        if (!longer.startsWith(shorter.substring(0, Math.max(0, shorter.length() - 1)))) {
            return false;
        }
        String masculine = shorter.endsWith("a") ? shorter.substring(0, shorter.length() - 1) : shorter;
        if (!surnameStem(masculine)) {
            return false;
        }
        return longer.equals(masculine + "a") && !shorter.equals(longer);
    }

    private static boolean surnameStem(String word) {
        if (word.length() < 4) {
            return false;
        }
        for (String ending : SURNAME_ENDINGS) {
            if (word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }
}
