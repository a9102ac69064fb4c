package org.ekyc.hub.verification.document.mrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValueRecordsTest {

    @Test
    void countryCodesAreIsoAlpha3OrIcaoCodesWithFillersRemoved() {
        assertThat(new CountryCode("vnm").code()).isEqualTo("VNM");
        assertThat(new CountryCode("D<<").code()).isEqualTo("D");
        assertThat(new CountryCode("UTO").code()).isEqualTo("UTO");
        assertThat(CountryCode.isKnown("KOR")).isTrue();
        assertThat(CountryCode.isKnown("XYZ")).isFalse();
        assertThatThrownBy(() -> new CountryCode("VN")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mrzLinesHoldOnlyTheMrzCharacterSet() {
        assertThat(new MrzLine("p<uto eriksson").text()).isEqualTo("P<UTOERIKSSON");
        assertThatThrownBy(() -> new MrzLine("P<UTO-ERIKSSON")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void documentNumbersDropFillersAndRefuseOtherCharacters() {
        assertThat(new DocumentNumber("L898902C<").value()).isEqualTo("L898902C");
        assertThatThrownBy(() -> new DocumentNumber("<<<")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DocumentNumber("AB 12-3")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formatsAreKnownByLinesAndLength() {
        assertThat(MrzFormat.of(2, 44)).isEqualTo(MrzFormat.TD3);
        assertThat(MrzFormat.of(3, 30)).isEqualTo(MrzFormat.TD1);
        assertThat(MrzFormat.of(2, 36)).isEqualTo(MrzFormat.TD2);
        assertThat(MrzFormat.of(2, 30)).isNull();
    }
}
