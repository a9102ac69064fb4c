package org.ekyc.hub.verification.document;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ekyc.hub.verification.document.mrz.LookAlikes;

/** Normalises what OCR read in the visual zone into comparable values. Pure functions. */
public final class VizValues {

    private static final Pattern PASSPORT_DATE = Pattern.compile("([0-9OIlSZB]{1,2})\\s*([A-Z]{3})\\s*([0-9OIlSZB]{4})");
    private static final Pattern CARD_DATE = Pattern.compile("([0-9]{4})[.\\- ]+([0-9]{1,2})[.\\- ]+([0-9]{1,2})");
    private static final Map<String, String> COUNTRY_BY_NAME = countries();

    private VizValues() {
    }

    /** Upper case, single spaces, only letters, digits, spaces and hyphens. */
    public static String clean(String text) {
        return text.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} \\-]", " ").replaceAll("\\s+", " ").trim();
    }

    /** A passport date such as {@code 06 APR 1965}. */
    public static Optional<LocalDate> passportDate(String text) {
        Matcher m = PASSPORT_DATE.matcher(clean(text).replace(" ", ""));
        if (!m.find()) {
            m = PASSPORT_DATE.matcher(clean(text));
            if (!m.find()) {
                return Optional.empty();
            }
        }
        try {
            Month month = month(LookAlikes.alpha(m.group(2)));
            if (month == null) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(Integer.parseInt(LookAlikes.numeric(m.group(3))), month,
                    Integer.parseInt(LookAlikes.numeric(m.group(1)))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A date already normalised to ISO-8601 {@code yyyy-MM-dd}. */
    public static Optional<LocalDate> isoDate(String text) {
        if (text == null || !text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A Korean card date such as {@code 2024.05.12}. */
    public static Optional<LocalDate> cardDate(String text) {
        Matcher m = CARD_DATE.matcher(LookAlikes.numeric(clean(text).replace(' ', '.')).replace("..", "."));
        if (!m.find()) {
            m = CARD_DATE.matcher(LookAlikes.numeric(text.toUpperCase(Locale.ROOT)));
            if (!m.find()) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The 13 digits of a registration number, if the text holds exactly that many. */
    /** A driver's licence number {@code RR-YY-NNNNNN-CC} from its 12 digits, however they were split. */
    public static Optional<String> licenceNumber(String text) {
        Optional<String> older = org.ekyc.hub.verification.document.kr.LicenceRegion.number(text);
        if (older.isPresent()) {
            return older;
        }
        String digits = LookAlikes.numeric(text.toUpperCase(Locale.ROOT)).replaceAll("[^0-9]", "");
        if (digits.length() != 12) {
            return Optional.empty();
        }
        return Optional.of(digits.substring(0, 2) + "-" + digits.substring(2, 4) + "-" + digits.substring(4, 10) + "-"
                + digits.substring(10));
    }

    public static Optional<String> registrationDigits(String text) {
        String digits = LookAlikes.numeric(text.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-.]", ""))
                .replaceAll("[^0-9]", "");
        return digits.length() == 13 ? Optional.of(digits) : Optional.empty();
    }

    /** An alpha-3 code for a code or an English country name as printed on a card. */
    public static Optional<String> countryCode(String text) {
        String c = clean(text);
        if (c.matches("[A-Z]{3}")) {
            return Optional.of(c);
        }
        return Optional.ofNullable(COUNTRY_BY_NAME.get(c));
    }

    /** Folds look-alike characters together so OCR confusions do not count as disagreement. */
    public static String fold(String value) {
        return LookAlikes.numeric(clean(value).replace(" ", "").replace("<", ""));
    }

    /**
     * Folds a name for comparison: digits that look like letters become those letters, spaces and fillers go; two
     * letters stay two letters (I and L are both letters of names: {@link #fold} would make BUI and BUL one name).
     */
    public static String foldName(String value) {
        return LookAlikes.alpha(clean(value).replace(" ", "").replace("<", ""));
    }

    /** Edit distance between two strings (for names read by OCR). */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static Month month(String abbreviation) {
        for (Month m : Month.values()) {
            if (m.name().startsWith(abbreviation)) {
                return m;
            }
        }
        return null;
    }

    private static Map<String, String> countries() {
        Map<String, String> map = new HashMap<>();
        for (String iso2 : Locale.getISOCountries()) {
            Locale l = new Locale("", iso2);
            map.put(l.getDisplayCountry(Locale.ENGLISH).toUpperCase(Locale.ROOT), l.getISO3Country());
        }
        map.put("VIETNAM", "VNM");
        map.put("UNITED STATES", "USA");
        map.put("UNITED STATES OF AMERICA", "USA");
        map.put("RUSSIA", "RUS");
        map.put("KOREA", "KOR");
        return Map.copyOf(map);
    }
}
