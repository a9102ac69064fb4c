package org.ekyc.hub.verification.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VizValuesTest {

    @Test
    void passportDatesAreReadWithLookAlikesCorrected() {
        assertThat(VizValues.passportDate("06 APR 1965")).contains(LocalDate.of(1965, 4, 6));
        assertThat(VizValues.passportDate("O6 APR I965")).contains(LocalDate.of(1965, 4, 6));
        assertThat(VizValues.passportDate("31 FEB 1965")).isEmpty();
    }

    @Test
    void cardDatesAndRegistrationNumbers() {
        assertThat(VizValues.cardDate("2024.05.12")).contains(LocalDate.of(2024, 5, 12));
        assertThat(VizValues.registrationDigits("940317-5123463")).contains("9403175123463");
        assertThat(VizValues.registrationDigits("940317-512346")).isEmpty();
    }

    @Test
    void countryNamesBecomeAlpha3Codes() {
        assertThat(VizValues.countryCode("VIETNAM")).contains("VNM");
        assertThat(VizValues.countryCode("Philippines")).contains("PHL");
        assertThat(VizValues.countryCode("UTO")).contains("UTO");
        assertThat(VizValues.countryCode("ATLANTIS")).isEmpty();
    }

    @Test
    void editDistance() {
        assertThat(VizValues.distance("ERIKSSON", "ERIKSON")).isEqualTo(1);
        assertThat(VizValues.distance("ANNA", "ANNA")).isZero();
    }
}
