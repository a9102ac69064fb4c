package org.ekyc.hub.verification.screening;

import java.time.LocalDate;

/**
 * A date of birth as lists publish it: often only a year ({@code DOB 1938}) or a month and year.
 * A zero month or day means "not known".
 */
public record PartialDate(int year, int month, int day) {

    public PartialDate {
        if (year < 1800 || year > 2200) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (month < 0 || month > 12 || day < 0 || day > 31 || (month == 0 && day != 0)) {
            throw new IllegalArgumentException("invalid partial date " + year + "-" + month + "-" + day);
        }
        if (day != 0) {
            LocalDate.of(year, month, day); // rejects 31 Feb
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0);
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** True when every known part equals the given date's. */
    public boolean sameDayAs(LocalDate date) {
        return year == date.getYear() && month == date.getMonthValue() && day == date.getDayOfMonth();
    }

    @Override
    public String toString() {
        return day != 0 ? String.format("%04d-%02d-%02d", year, month, day)
                : month != 0 ? String.format("%04d-%02d", year, month) : Integer.toString(year);
    }
}
