package org.ekyc.hub.verification.api.operations;

import java.time.LocalDate;
import java.time.Period;

/**
 * The applicant's age band, fixed when the case is opened: what the operations dashboard groups by, so that
 * no aggregate ever needs the birth date. Ten-year bands from 30; under 18 and a missing birth date have
 * bands of their own.
 */
public enum AgeBand {
    UNDER_18("<18"), FROM_18("18-29"), FROM_30("30-39"), FROM_40("40-49"), FROM_50("50-59"), FROM_60("60+");

    /** The group of cases opened before the band was kept. */
    public static final String UNKNOWN = "unknown";

    private final String label;

    AgeBand(String label) {
        this.label = label;
    }

    /** The label shown and stored ({@code 18-29}). */
    public String label() {
        return label;
    }

    /** The band of someone born on {@code birthDate} on {@code on} (full years, as the civil age). */
    public static AgeBand of(LocalDate birthDate, LocalDate on) {
        int years = Period.between(birthDate, on).getYears();
        if (years < 18) {
            return UNDER_18;
        }
        if (years < 30) {
            return FROM_18;
        }
        return years < 40 ? FROM_30 : years < 50 ? FROM_40 : years < 60 ? FROM_50 : FROM_60;
    }
}
