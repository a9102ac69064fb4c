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

    /** Patronymic endings, Cyrillic and their usual Latin transliterations (-ovich/-ovych, -ovna, -ichna, -ivna). */
    private static final String[] PATRONYMIC_ENDINGS = {
        "ович", "евич", "овна", "евна", "ична", "іч", "ївна", "івна",
        "ovich", "evich", "ovych", "evych", "ovitch", "evitch", "ovna", "evna", "ichna", "ivna", "yivna"};

    private RussianNameForms() {
    }

    /**
     * True when the lower-case word ends as a patronymic does ({@code petrovich}, {@code ivanovna},
     * {@code ильинична}, {@code petrivna}); words of fewer than six letters are not (a given name such as
     * {@code Anna} is not taken for one).
     */
    public static boolean patronymic(String word) {
        if (word == null || word.length() < 6) {
            return false;
        }
        String w = word.toLowerCase(java.util.Locale.ROOT);
        for (String ending : PATRONYMIC_ENDINGS) {
            if (w.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** True when the text contains a Cyrillic letter. */
    public static boolean containsCyrillic(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC);
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
