package org.ekyc.hub.adapter.fixedformat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Dates in legacy records: PIC 9(8) as YYYYMMDD, strictly (no 20230230). */
public final class FixedWidthDates {

    private static final DateTimeFormatter YYYYMMDD =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    private FixedWidthDates() {
    }

    /** Parses a YYYYMMDD field; blank gives null. */
    public static LocalDate parse(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim(), YYYYMMDD);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " is not a YYYYMMDD date", e);
        }
    }

    public static String format(LocalDate date) {
        return date == null ? "" : YYYYMMDD.format(date);
    }
}
