package org.ekyc.hub.verification.document.mrz;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Dates in the MRZ are {@code YYMMDD} (ICAO 9303 Part 3, 4.7); the century is not written. A date
 * of birth is the latest such date not after today; an expiry date lies within 50 years after
 * today, else in the previous century.
 */
public final class MrzDates {

    private MrzDates() {
    }

    public static Optional<LocalDate> birth(String yymmdd, LocalDate today) {
        return resolve(yymmdd, today, false);
    }

    public static Optional<LocalDate> expiry(String yymmdd, LocalDate today) {
        return resolve(yymmdd, today, true);
    }

    private static Optional<LocalDate> resolve(String yymmdd, LocalDate today, boolean future) {
        if (yymmdd == null || !yymmdd.matches("[0-9]{6}")) {
            return Optional.empty();
        }
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        int mm = Integer.parseInt(yymmdd.substring(2, 4));
        int dd = Integer.parseInt(yymmdd.substring(4, 6));
        int century = today.getYear() / 100 * 100;
        int year = century + yy;
        if (future ? year > today.getYear() + 50 : year > today.getYear()) {
            year -= 100;
        }
        try {
            LocalDate date = LocalDate.of(year, mm, dd);
            if (!future && date.isAfter(today)) {
                date = date.minusYears(100);
            }
            return Optional.of(date);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
