package org.ekyc.hub.verification.screening.name;

/**
 * Russian (and other East Slavic) surnames and patronymics change their ending with the bearer's
 * sex, and a patronymic is built from the same stem as a surname: {@code Ivanov} (a man),
 * {@code Ivanova} (a woman of that family), {@code Ivanovich} and {@code Ivanovna} (a son or daughter
 * of Ivan). Two such words one ending apart are the forms of one stem worn by different people
 * (a wife, a sister, someone whose father is called Ivan), not spellings of one name, though they
 * are only a letter or two apart.
 */
public final class RussianNameForms {

    /** Masculine surname endings and their feminine forms (the feminine adds {@code a}). */
    private static final String[] SURNAME_ENDINGS = {"ov", "ev", "yov", "in", "yn"};

    private RussianNameForms() {
    }

    /**
     * True when the two lower-case words are different forms of one stem: a masculine surname and
     * its feminine ({@code pavlov} / {@code pavlova}), or a surname and a patronymic of the stem
     * ({@code ivanova} / {@code ivanovna}, {@code ivanov} / {@code ivanovich}).
     */
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
        boolean patronymicStem = masculine.endsWith("ov") || masculine.endsWith("ev"); // Ivanovna, Sergeevich
        return longer.equals(masculine + "a") && !shorter.equals(longer)
                || patronymicStem && (longer.equals(masculine + "na") || longer.equals(masculine + "ich"));
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
