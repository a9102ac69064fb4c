package org.ekyc.hub.verification.document.kr;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Korean registration number, {@code YYMMDD-GBBBBNC}: resident registration number
 * (주민등록번호, 7th digit 1–4, 9, 0) or foreigner registration number (외국인등록번호, 7th digit 5–8).
 * The 7th digit gives century and sex: 9/0 = 1800s, 1/2/5/6 = 1900s, 3/4/7/8 = 2000s; odd = male.
 * A hyphen or spaces are accepted and removed; the value always has 13 digits.
 *
 * <p>The last digit was a checksum until numbers assigned from 2020-10-05, which end in a random
 * digit: {@link #checksumValid()} failing is a soft signal for review, never a rejection.
 */
public record RegistrationNumber(String digits) {

    private static final Pattern FORM = Pattern.compile("[0-9]{13}");
    private static final int[] WEIGHTS = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};

    public RegistrationNumber {
        if (digits == null) {
            throw new IllegalArgumentException("registration number is required");
        }
        digits = digits.replaceAll("[\\s-]", "");
        if (!FORM.matcher(digits).matches()) {
            throw new IllegalArgumentException("a registration number has 13 digits");
        }
    }

    /** The 7th digit: century, sex and resident/foreigner. */
    public int genderDigit() {
        return digits.charAt(6) - '0';
    }

    public boolean foreigner() {
        int g = genderDigit();
        return g >= 5 && g <= 8;
    }

    /** Male for odd 7th digits (1, 3, 5, 7, 9), female for even. */
    public char sex() {
        return genderDigit() % 2 == 1 ? 'M' : 'F';
    }

    /** The date of birth the number encodes, empty when it is not a real date. */
    public Optional<LocalDate> birthDate() {
        int g = genderDigit();
        int century = switch (g) {
            case 9, 0 -> 1800;
            case 1, 2, 5, 6 -> 1900;
            default -> 2000;
        };
        try {
            return Optional.of(LocalDate.of(century + Integer.parseInt(digits.substring(0, 2)),
                    Integer.parseInt(digits.substring(2, 4)), Integer.parseInt(digits.substring(4, 6))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The legacy checksum: residents {@code (11 − Σ mod 11) mod 10}, foreigners
     * {@code (13 − Σ mod 11) mod 10}, Σ over the first 12 digits weighted 2…9, 2…5; for foreigners
     * the registration-office digits (8th–9th) were also even.
     */
    public boolean checksumValid() {
        int expected = checkDigit(digits.substring(0, 12), foreigner());
        if (expected != digits.charAt(12) - '0') {
            return false;
        }
        return !foreigner() || Integer.parseInt(digits.substring(7, 9)) % 2 == 0;
    }

    /** The legacy check digit of 12 digits (pure function). */
    public static int checkDigit(String first12, boolean foreigner) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (first12.charAt(i) - '0') * WEIGHTS[i];
        }
        return ((foreigner ? 13 : 11) - sum % 11) % 10;
    }

    /** Whether this number agrees with a date of birth and (when known) a sex from the document. */
    public boolean consistentWith(LocalDate documentBirthDate, Character documentSex) {
        boolean birth = birthDate().map(d -> d.equals(documentBirthDate)).orElse(false);
        boolean sexOk = documentSex == null || documentSex == '<' || documentSex == sex();
        return birth && sexOk;
    }

    /** Masked for display and logs: birth date and gender digit only. */
    public String masked() {
        return digits.substring(0, 6) + "-" + digits.charAt(6) + "******";
    }

    @Override
    public String toString() {
        return masked();
    }
}
