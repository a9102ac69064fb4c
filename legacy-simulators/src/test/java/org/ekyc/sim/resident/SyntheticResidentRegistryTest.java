package org.ekyc.sim.resident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SyntheticResidentRegistryTest {

    private final SyntheticResidentRegistry registry = SyntheticResidentRegistry.load();

    @Test
    void answersMatchNoMatchAndReportedLost() {
        assertThat(registry.check("김민준", "900101-1000017", LocalDate.of(2019, 5, 20))).isEqualTo("00");
        assertThat(registry.check("이서연", "9203152000011", LocalDate.of(2021, 11, 2))).isEqualTo("02");
        assertThat(registry.check("김민준", "9001011000017", LocalDate.of(2018, 1, 1))).isEqualTo("01");
        assertThat(registry.check("아무개", "0000000000000", LocalDate.of(2019, 5, 20))).isEqualTo("01");
    }

    @Test
    void anOlderReplacedIssueDoesNotMatch() {
        assertThat(registry.check("박도윤", "8507071000019", LocalDate.of(2015, 3, 10))).isEqualTo("01");
        assertThat(registry.check("박도윤", "8507071000019", LocalDate.of(2022, 8, 1))).isEqualTo("00");
    }
}
