package org.ekyc.hub.verification.screening.list;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ekyc.hub.verification.screening.Countries;
import org.ekyc.hub.verification.screening.PartialDate;

/**
 * The structured facts OFAC puts in the free-text {@code Remarks} column of its legacy CSV:
 * {@code DOB 09 Mar 1944}, {@code DOB circa 1955}, {@code DOB 1955 to 1958}, {@code alt. DOB ...},
 * {@code nationality Korea, North}, {@code citizen Iran}. Facts are separated by semicolons.
 */
final class OfacRemarks {

    private static final String DATE = "(?:(\\d{1,2}) )?(?:([A-Z][a-z]{2}) )?(\\d{4})";
    private static final Pattern DOB = Pattern.compile("DOB (?:circa )?" + DATE + "(?:(?: to |-)" + DATE + ")?");
    private static final Pattern NATIONALITY = Pattern.compile("(?:nationality|citizen) ([^;]+)");
    private static final int MAX_RANGE_YEARS = 10;

    private OfacRemarks() {
    }

    static List<PartialDate> birthDates(String remarks) {
        List<PartialDate> dates = new ArrayList<>();
        Matcher m = DOB.matcher(remarks);
        while (m.find()) {
            PartialDate from = date(m.group(1), m.group(2), m.group(3));
            if (from == null) {
                continue;
            }
            if (m.group(6) == null) {
                dates.add(from);
                continue;
            }
            PartialDate to = date(m.group(4), m.group(5), m.group(6));
            if (to == null || to.year() - from.year() > MAX_RANGE_YEARS || to.year() < from.year()) {
                dates.add(from);
                continue;
            }
            for (int year = from.year(); year <= to.year(); year++) {
                dates.add(PartialDate.ofYear(year));
            }
        }
        return dates;
    }

    static Set<String> nationalities(String remarks) {
        Set<String> codes = new LinkedHashSet<>();
        Matcher m = NATIONALITY.matcher(remarks);
        while (m.find()) {
            String name = m.group(1).trim().replaceAll("\\.$", "");
            Countries.iso3(name).ifPresent(codes::add);
        }
        return codes;
    }

    private static PartialDate date(String day, String month, String year) {
        try {
            int y = Integer.parseInt(year);
            int mo = month == null ? 0 : month(month);
            int d = day == null || mo == 0 ? 0 : Integer.parseInt(day);
            return new PartialDate(y, mo, d);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return null; // an impossible date in free text is not evidence
        }
    }

    private static int month(String abbreviation) {
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).equals(abbreviation)) {
                return month.getValue();
            }
        }
        return 0;
    }
}
