package org.ekyc.hub.verification.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountryRiskTableTest {

    @Test
    void bundledTableIsDatedAndVersioned() {
        CountryRiskTable table = CountryRiskTable.bundled();
        assertThat(table.version()).isEqualTo("FATF-2025-10");
        assertThat(table.published()).isEqualTo(LocalDate.of(2025, 10, 24));
        assertThat(table.level("PRK")).isEqualTo(CountryRiskLevel.HIGH_RISK);
        assertThat(table.level("VNM")).isEqualTo(CountryRiskLevel.INCREASED_MONITORING);
        assertThat(table.level("KOR")).isEqualTo(CountryRiskLevel.STANDARD);
    }

    @Test
    void nationalityAndAddressCountriesFeedTheHighestLevel() {
        CountryRiskTable table = CountryRiskTable.bundled();
        assertThat(table.highest(List.of("KOR", "VNM"))).isEqualTo(CountryRiskLevel.INCREASED_MONITORING);
        assertThat(table.highest(List.of("VNM", "IRN"))).isEqualTo(CountryRiskLevel.HIGH_RISK);
        assertThat(table.highest(List.of())).isEqualTo(CountryRiskLevel.STANDARD);
    }

    @Test
    void malformedTablesAreRefused() {
        assertThatThrownBy(() -> read("version=x\npublished=2025-01-01\nsource=s\nhigh-risk=PRK\nincreased-monitoring=Korea\n"))
                .hasMessageContaining("alpha-3");
        assertThatThrownBy(() -> read("version=x\npublished=2025-01-01\nsource=s\nhigh-risk=PRK\n"))
                .hasMessageContaining("increased-monitoring");
        assertThatThrownBy(() -> read("version=x\npublished=2025-01-01\nsource=s\nhigh-risk=PRK\nincreased-monitoring=PRK\n"))
                .hasMessageContaining("both lists");
    }

    private static CountryRiskTable read(String text) throws Exception {
        return CountryRiskTable.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
