package org.ekyc.sim.tax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SyntheticTaxAuthorityTest {

    private final SyntheticTaxAuthority authority = SyntheticTaxAuthority.load();

    @Test
    void answersFiledNotFiledBusinessAndUnknown() {
        assertThat(authority.check("9001011000017", "김민준", 2025))
                .isEqualTo(new SyntheticTaxAuthority.Answer("00", "PERSON", "FILED", "B2", 2025));
        assertThat(authority.check("9203152000011", "이서연", 2025).statusCode()).isEqualTo("NOT_FILED");
        assertThat(authority.check("123-45-67890", "한빛상회", 2025).statusCode()).isEqualTo("REGISTERED");
        assertThat(authority.check("2208112345", "옛날상회", 2025).statusCode()).isEqualTo("CLOSED");
        assertThat(authority.check("1111111111111", "아무개", 2025).resultCode()).isEqualTo("01");
    }

    @Test
    void aKnownTaxpayerWithoutARowForTheYearHasNothingDeclared() {
        assertThat(authority.check("9001011000017", "김민준", 2021))
                .isEqualTo(new SyntheticTaxAuthority.Answer("00", "PERSON", "NOT_FILED", "B0", 2021));
        assertThat(authority.check("1234567890", "한빛상회", 2021).statusCode()).isEqualTo("NOT_REGISTERED");
    }
}
