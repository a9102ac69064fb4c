package org.ekyc.hub.bench.document.unseen;

import java.time.LocalDate;
import java.util.List;

/**
 * Machine-readable zones of the evaluation set, composed here from ICAO 9303 Part 3 (character
 * values, 7-3-1 weights), Part 4 (TD3: two lines of 44) and Part 5 (TD1: three lines of 30),
 * independently of the engine's own MRZ code. Every zone is re-checked after composition
 * ({@link #verifyTd3}, {@link #verifyTd1}); the class refuses to load if its own composition of the
 * ICAO specimens differs from the specimen lines published in Doc 9303.
 */
public final class IcaoMrz {

    /** The ICAO 9303 Part 4 specimen passport (fictitious state Utopia), as published. */
    public static final List<String> TD3_SPECIMEN = List.of(
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
            "L898902C36UTO7408122F1204159ZE184226B<<<<<10");
    /** The ICAO 9303 Part 5 specimen identity card, as published. */
    public static final List<String> TD1_SPECIMEN = List.of(
            "I<UTOD231458907<<<<<<<<<<<<<<<",
            "7408122F1204159UTO<<<<<<<<<<<6",
            "ERIKSSON<<ANNA<MARIA<<<<<<<<<<");

    static {
        List<String> td3 = td3("P", "UTO", "ERIKSSON", "ANNA MARIA", "L898902C3", "UTO",
                LocalDate.of(1974, 8, 12), 'F', LocalDate.of(2012, 4, 15), "ZE184226B");
        List<String> td1 = td1("I", "UTO", "D23145890", LocalDate.of(1974, 8, 12), 'F', LocalDate.of(2012, 4, 15),
                "UTO", "ERIKSSON", "ANNA MARIA");
        if (!td3.equals(TD3_SPECIMEN) || !td1.equals(TD1_SPECIMEN)) {
            throw new IllegalStateException("MRZ composition does not reproduce the ICAO specimens: " + td3 + " " + td1);
        }
    }

    private IcaoMrz() {
    }

    /** Value of one MRZ character: digits 0–9, letters A–Z 10–35, filler 0. */
    static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        if (c == '<') {
            return 0;
        }
        throw new IllegalArgumentException("not an MRZ character: " + c);
    }

    /** The 7-3-1 check digit of a field. */
    static char check(CharSequence field) {
        int[] weights = {7, 3, 1};
        int sum = 0;
        for (int i = 0; i < field.length(); i++) {
            sum += value(field.charAt(i)) * weights[i % 3];
        }
        return (char) ('0' + sum % 10);
    }

    static String pad(String s, int length) {
        String t = s.length() > length ? s.substring(0, length) : s;
        return t + "<".repeat(length - t.length());
    }

    /** Upper-case Latin, spaces and hyphens to fillers, anything else dropped. */
    static String mrzText(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
            if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                sb.append(c);
            } else if (c == ' ' || c == '-' || c == '\'') {
                sb.append('<');
            }
        }
        return sb.toString();
    }

    static String name(String surname, String given, int length) {
        String n = mrzText(surname) + (given == null || given.isBlank() ? "" : "<<" + mrzText(given));
        return pad(n, length);
    }

    static String yymmdd(LocalDate d) {
        return String.format(java.util.Locale.ROOT, "%02d%02d%02d", d.getYear() % 100, d.getMonthValue(), d.getDayOfMonth());
    }

    /** A TD3 zone; personal number may be empty. */
    public static List<String> td3(String code, String state, String surname, String given, String number,
                                   String nationality, LocalDate birth, char sex, LocalDate expiry, String personal) {
        String l1 = pad(code, 2) + state + name(surname, given, 39);
        String num = pad(number, 9);
        String pers = pad(mrzText(personal), 14);
        char persCheck = pers.equals("<".repeat(14)) ? '<' : check(pers);
        String b = yymmdd(birth);
        String e = yymmdd(expiry);
        String composite = num + check(num) + b + check(b) + e + check(e) + pers + persCheck;
        String l2 = num + check(num) + nationality + b + check(b) + sex + e + check(e) + pers + persCheck
                + check(composite);
        List<String> lines = List.of(l1, l2);
        verifyTd3(lines);
        return lines;
    }

    /** A TD1 zone (document number of at most nine characters). */
    public static List<String> td1(String code, String state, String number, LocalDate birth, char sex,
                                   LocalDate expiry, String nationality, String surname, String given) {
        String num = pad(number, 9);
        String l1 = pad(code, 2) + state + num + check(num) + "<".repeat(15);
        String b = yymmdd(birth);
        String e = yymmdd(expiry);
        String l2head = b + check(b) + sex + e + check(e) + nationality + "<".repeat(11);
        String composite = l1.substring(5, 30) + l2head.substring(0, 7) + l2head.substring(8, 15) + l2head.substring(18, 29);
        List<String> lines = List.of(l1, l2head + check(composite), name(surname, given, 30));
        verifyTd1(lines);
        return lines;
    }

    /** Re-reads a composed TD3 zone by ICAO positions and fails if any check digit or length is off. */
    static void verifyTd3(List<String> l) {
        String a = l.get(0);
        String b = l.get(1);
        require(a.length() == 44 && b.length() == 44, "TD3 line length");
        require(b.charAt(9) == check(b.substring(0, 9)), "TD3 document number check");
        require(b.charAt(19) == check(b.substring(13, 19)), "TD3 birth date check");
        require(b.charAt(27) == check(b.substring(21, 27)), "TD3 expiry check");
        String pers = b.substring(28, 42);
        require(b.charAt(42) == (pers.equals("<".repeat(14)) ? '<' : check(pers)), "TD3 personal number check");
        require(b.charAt(43) == check(b.substring(0, 10) + b.substring(13, 20) + b.substring(21, 43)), "TD3 composite check");
        require((a + b).chars().allMatch(c -> c == '<' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z'), "TD3 charset");
    }

    static void verifyTd1(List<String> l) {
        require(l.size() == 3 && l.stream().allMatch(s -> s.length() == 30), "TD1 line length");
        String a = l.get(0);
        String b = l.get(1);
        require(a.charAt(14) == check(a.substring(5, 14)), "TD1 document number check");
        require(b.charAt(6) == check(b.substring(0, 6)), "TD1 birth date check");
        require(b.charAt(14) == check(b.substring(8, 14)), "TD1 expiry check");
        require(b.charAt(29) == check(a.substring(5, 30) + b.substring(0, 7) + b.substring(8, 15) + b.substring(18, 29)),
                "TD1 composite check");
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("generated MRZ fails its own check: " + what);
        }
    }
}
