package org.ekyc.hub.verification.document.mrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CheckDigitTest {

    @Test
    void icaoSpecimenFieldsHaveTheirPrintedCheckDigits() {
        // ICAO 9303 Part 4 specimen: L898902C3 6, 740812 2, 120415 9
        assertThat(CheckDigit.of("L898902C3")).isEqualTo(6);
        assertThat(CheckDigit.of("740812")).isEqualTo(2);
        assertThat(CheckDigit.of("120415")).isEqualTo(9);
        assertThat(CheckDigit.of("ZE184226B<<<<<")).isEqualTo(1);
    }

    @Test
    void fillerCountsAsZeroAndLettersFromTen() {
        assertThat(CheckDigit.value('<')).isZero();
        assertThat(CheckDigit.value('A')).isEqualTo(10);
        assertThat(CheckDigit.value('Z')).isEqualTo(35);
        assertThat(CheckDigit.of("<<<<<<<<<")).isZero();
        assertThat(CheckDigit.matches("<<<<", '<')).isTrue();
    }

    @Test
    void aCharacterOutsideTheMrzSetIsRefused() {
        assertThatThrownBy(() -> CheckDigit.of("AB-1")).isInstanceOf(IllegalArgumentException.class);
    }
}
