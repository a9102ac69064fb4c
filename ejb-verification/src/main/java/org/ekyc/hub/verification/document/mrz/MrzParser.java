package org.ekyc.hub.verification.document.mrz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses TD3 (ICAO 9303 Part 4, 4.2.2) and TD1 (Part 5, 4.2.2) machine-readable zones, correcting
 * look-alike characters per field type before checking the 7-3-1 check digits and the composite.
 * Input lines may come from OCR: spaces are dropped, a few common misreads of the filler are
 * mapped to {@code <}, and name lines are padded or cut to length.
 */
public final class MrzParser {

    private MrzParser() {
    }

    /** Parses lines of text (e.g. OCR output split at line breaks); empty when no MRZ fits. */
    public static Optional<Mrz> parse(List<String> rawLines) {
        List<String> lines = new ArrayList<>();
        for (String raw : rawLines) {
            String cleaned = clean(raw);
            if (cleaned.length() >= 20) {
                lines.add(cleaned);
            }
        }
        if (lines.size() >= 3) {
            List<String> last3 = lines.subList(lines.size() - 3, lines.size());
            if (near(last3.get(0), 30) && near(last3.get(1), 30)) {
                return Optional.of(td1(fit(last3.get(0), 30), fit(last3.get(1), 30), fit(last3.get(2), 30)));
            }
        }
        if (lines.size() >= 2) {
            List<String> last2 = lines.subList(lines.size() - 2, lines.size());
            if (near(last2.get(0), 44) && last2.get(1).length() == 44) {
                return Optional.of(td3(fit(last2.get(0), 44), last2.get(1)));
            }
        }
        return Optional.empty();
    }

    /** Parses a TD3 MRZ whose two lines are already exactly 44 characters. */
    public static Mrz td3(String line1, String line2) {
        MrzLine l1 = new MrzLine(line1);
        MrzLine l2 = new MrzLine(line2);
        requireLength(l1, 44);
        requireLength(l2, 44);
        Fields f = new Fields();
        String code = f.alpha(l1.field(0, 2));
        String issuing = f.alpha(l1.field(2, 5));
        String names = f.alpha(l1.field(5, 44));
        char docCheck = f.numeric(l2.field(9, 10)).charAt(0);
        String docNumber = f.guided(l2.field(0, 9), docCheck);
        String nationality = f.alpha(l2.field(10, 13));
        String birth = f.numeric(l2.field(13, 19));
        char birthCheck = f.numeric(l2.field(19, 20)).charAt(0);
        char sex = f.alpha(l2.field(20, 21)).charAt(0);
        String expiry = f.numeric(l2.field(21, 27));
        char expiryCheck = f.numeric(l2.field(27, 28)).charAt(0);
        char optionalCheck = f.numeric(l2.field(42, 43)).charAt(0);
        String optional = f.guided(l2.field(28, 42), optionalCheck);
        char compositeCheck = f.numeric(l2.field(43, 44)).charAt(0);

        String corrected2 = docNumber + docCheck + nationality + birth + birthCheck + sex + expiry + expiryCheck
                + optional + optionalCheck + compositeCheck;
        List<String> failed = new ArrayList<>();
        check(failed, "documentNumber", docNumber, docCheck);
        leftAligned(failed, docNumber);
        check(failed, "birthDate", birth, birthCheck);
        check(failed, "expiryDate", expiry, expiryCheck);
        if (!(optional.chars().allMatch(c -> c == '<') && optionalCheck == '<')) {
            check(failed, "optionalData", optional, optionalCheck);
        }
        check(failed, "composite", corrected2.substring(0, 10) + corrected2.substring(13, 20)
                + corrected2.substring(21, 43), compositeCheck);
        String[] name = names(names);
        return new Mrz(MrzFormat.TD3, List.of(new MrzLine(code + issuing + names), new MrzLine(corrected2)),
                code.replace("<", ""), issuing.replace("<", ""), docNumber.replace("<", ""), birth, sex, expiry,
                nationality.replace("<", ""), name[0], name[1], optional.replace("<", ""), failed, f.changes);
    }

    /** Parses a TD1 MRZ whose three lines are already exactly 30 characters. */
    public static Mrz td1(String line1, String line2, String line3) {
        MrzLine l1 = new MrzLine(line1);
        MrzLine l2 = new MrzLine(line2);
        MrzLine l3 = new MrzLine(line3);
        requireLength(l1, 30);
        requireLength(l2, 30);
        requireLength(l3, 30);
        Fields f = new Fields();
        String code = f.alpha(l1.field(0, 2));
        String issuing = f.alpha(l1.field(2, 5));
        String docField = l1.field(5, 14);
        char docCheckRaw = l1.at(14);
        String optional1 = l1.field(15, 30);
        String docNumber;
        char docCheck;
        String checkedNumber;
        if (docCheckRaw == '<' && optional1.charAt(0) != '<') {
            // Part 5, 4.2.2 note j: a number longer than 9 characters continues in the optional
            // data, followed by its check digit and a filler.
            int end = optional1.indexOf('<');
            String tail = end < 0 ? optional1 : optional1.substring(0, end);
            docCheck = f.numeric(tail.substring(tail.length() - 1)).charAt(0);
            checkedNumber = f.guided(docField + tail.substring(0, tail.length() - 1), docCheck);
            docNumber = checkedNumber;
            optional1 = checkedNumber.substring(9) + docCheck + optional1.substring(tail.length());
            docField = checkedNumber.substring(0, 9);
        } else {
            docCheck = f.numeric(String.valueOf(docCheckRaw)).charAt(0);
            docField = f.guided(docField, docCheck);
            docNumber = docField;
            checkedNumber = docField;
        }
        String birth = f.numeric(l2.field(0, 6));
        char birthCheck = f.numeric(l2.field(6, 7)).charAt(0);
        char sex = f.alpha(l2.field(7, 8)).charAt(0);
        String expiry = f.numeric(l2.field(8, 14));
        char expiryCheck = f.numeric(l2.field(14, 15)).charAt(0);
        String nationality = f.alpha(l2.field(15, 18));
        String optional2 = l2.field(18, 29);
        char compositeCheck = f.numeric(l2.field(29, 30)).charAt(0);
        String names = f.alpha(l3.text());

        String corrected1 = code + issuing + docField + (docCheckRaw == '<' ? '<' : docCheck) + optional1;
        String corrected2 = birth + birthCheck + sex + expiry + expiryCheck + nationality + optional2 + compositeCheck;
        List<String> failed = new ArrayList<>();
        check(failed, "documentNumber", checkedNumber, docCheck);
        leftAligned(failed, checkedNumber);
        check(failed, "birthDate", birth, birthCheck);
        check(failed, "expiryDate", expiry, expiryCheck);
        check(failed, "composite", corrected1.substring(5, 30) + corrected2.substring(0, 7)
                + corrected2.substring(8, 15) + corrected2.substring(18, 29), compositeCheck);
        String[] name = names(names);
        String optional = (optional1.replace("<", "") + "|" + optional2.replace("<", ""));
        return new Mrz(MrzFormat.TD1, List.of(new MrzLine(corrected1), new MrzLine(corrected2), new MrzLine(names)),
                code.replace("<", ""), issuing.replace("<", ""), docNumber.replace("<", ""), birth, sex, expiry,
                nationality.replace("<", ""), name[0], name[1], optional, failed, f.changes);
    }

    private static String[] names(String field) {
        String trimmed = field.replaceAll("<+$", "");
        int split = trimmed.indexOf("<<");
        String surname = split < 0 ? trimmed : trimmed.substring(0, split);
        String given = split < 0 ? "" : trimmed.substring(split + 2);
        int end = given.indexOf("<<");
        if (end >= 0) {
            // the secondary identifier ends at the filler run (Part 4, 4.6); OCR noise may follow
            given = given.substring(0, end);
        }
        return new String[] {surname.replace('<', ' ').trim(), given.replace('<', ' ').trim()};
    }

    private static void check(List<String> failed, String name, String data, char check) {
        if (!CheckDigit.matches(data, check)) {
            failed.add(name);
        }
    }

    /**
     * A document number is written from the left and padded with fillers (Part 3, 4.2.2): a filler with a letter
     * or digit after it is a misread (a {@code C} taken for {@code (}, a character split in two), and a check
     * digit is no proof against it: the weights of the shifted characters can add up to the same digit (seen: a
     * {@code C1022146} read {@code 1<022146} passes both its own and the composite check). The number counts as
     * failed, whatever its check digit says.
     */
    private static void leftAligned(List<String> failed, String number) {
        if (number.matches(".*<+[0-9A-Z].*") && !failed.contains("documentNumber")) {
            failed.add("documentNumber");
        }
    }

    private static void requireLength(MrzLine line, int length) {
        if (line.length() != length) {
            throw new IllegalArgumentException("MRZ line must have " + length + " characters: " + line.text());
        }
    }

    static String clean(String raw) {
        String s = raw.toUpperCase(Locale.ROOT).replaceAll("\\s", "");
        s = s.replace('«', '<').replace('‹', '<').replace('(', '<').replace('{', '<').replace('[', '<');
        return s.replaceAll("[^0-9A-Z<]", "");
    }

    private static boolean near(String line, int length) {
        return Math.abs(line.length() - length) <= 2;
    }

    private static String fit(String line, int length) {
        if (line.length() >= length) {
            return line.substring(0, length);
        }
        return line + "<".repeat(length - line.length());
    }

    /** Applies the corrections and counts the characters they change. */
    private static final class Fields {
        int changes;

        String numeric(String s) {
            return count(s, LookAlikes.numeric(s));
        }

        String alpha(String s) {
            return count(s, LookAlikes.alpha(s));
        }

        String guided(String s, char check) {
            return count(s, LookAlikes.guided(s, check));
        }

        private String count(String before, String after) {
            for (int i = 0; i < before.length(); i++) {
                if (before.charAt(i) != after.charAt(i)) {
                    changes++;
                }
            }
            return after;
        }
    }
}
