package org.ekyc.sim.immigration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SyntheticImmigrationRegistryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final SyntheticImmigrationRegistry registry = SyntheticImmigrationRegistry.load();

    @Test
    void validStayIsAnsweredWithItsStatusAndExpiry() {
        var a = registry.check("9403175123456", "nguyen", LocalDate.of(1994, 3, 17), "VNM", TODAY);
        assertThat(a.resultCode()).isEqualTo("00");
        assertThat(a.stayStatusCode()).isEqualTo("E-9");
        assertThat(a.stayExpiry()).isEqualTo(LocalDate.of(2027, 8, 31));
    }

    @Test
    void matchesWithoutRegistrationNumberByNameBirthDateAndNationality() {
        assertThat(registry.check(null, "WANG", LocalDate.of(1985, 12, 24), "CHN", TODAY).resultCode()).isEqualTo("00");
    }

    @Test
    void registrationNumberOfSomeoneElseDoesNotMatch() {
        assertThat(registry.check("8512246234567", "NGUYEN", LocalDate.of(1994, 3, 17), "VNM", TODAY).resultCode())
                .isEqualTo("01");
    }

    @Test
    void expiredStayLostAndReissuedCardsHaveTheirCodes() {
        assertThat(registry.check(null, "TRAN", LocalDate.of(1990, 1, 1), "VNM", TODAY).resultCode()).isEqualTo("02");
        assertThat(registry.check(null, "SMITH", LocalDate.of(1977, 5, 5), "USA", TODAY).resultCode()).isEqualTo("03");
        assertThat(registry.check(null, "BATBAYAR", LocalDate.of(1998, 11, 23), "MNG", TODAY).resultCode()).isEqualTo("04");
    }

    @Test
    void unknownPersonIsNoMatch() {
        assertThat(registry.check(null, "DOE", LocalDate.of(1980, 1, 1), "GBR", TODAY).resultCode()).isEqualTo("01");
    }
}
