package org.ekyc.hub.verification.document.mrz;

/**
 * The ICAO 9303 check digit (Doc 9303 Part 3, section 4.9): characters weighted 7, 3, 1 repeating,
 * digits count as their value, {@code A}..{@code Z} as 10..35 and the filler {@code <} as 0; the
 * check digit is the weighted sum modulo 10. A pure function.
 */
public final class CheckDigit {

    private static final int[] WEIGHTS = {7, 3, 1};

    private CheckDigit() {
    }

    /** The check digit of {@code data}, which may hold only {@code 0-9}, {@code A-Z} and {@code <}. */
    public static int of(CharSequence data) {
        int sum = 0;
        for (int i = 0; i < data.length(); i++) {
            sum += value(data.charAt(i)) * WEIGHTS[i % 3];
        }
        return sum % 10;
    }

    /** Whether {@code check} (a character {@code 0-9}; {@code <} counts as 0) is the check digit of {@code data}. */
    public static boolean matches(CharSequence data, char check) {
        int expected = of(data);
        if (check == '<') {
            return expected == 0;
        }
        return check >= '0' && check <= '9' && check - '0' == expected;
    }

    /** The value of one MRZ character in the check-digit sum. */
    public static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        if (c == '<') {
            return 0;
        }
        throw new IllegalArgumentException("not an MRZ character: '" + c + "'");
    }
}
