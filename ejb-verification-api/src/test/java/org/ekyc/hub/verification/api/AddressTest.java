package org.ekyc.hub.verification.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressTest {

    private static final LocalDate BORN = LocalDate.of(1994, 3, 17);

    @Test
    void normalisesCountryKindAndWhitespace() {
        Address a = new Address(null, " vnm ", "  12 Hang Bac,\n  Hoan Kiem,   Ha Noi ");
        assertThat(a.kind()).isEqualTo(AddressKind.RESIDENCE);
        assertThat(a.country()).isEqualTo("VNM");
        assertThat(a.lines()).isEqualTo("12 Hang Bac, Hoan Kiem, Ha Noi");
        assertThat(new Address(AddressKind.MAILING, "KOR", "  ").lines()).isNull();
    }

    @Test
    void countryMustBeARealAlpha3Code() {
        // ICAO document codes that are not countries (D<<, XXA) and alpha-2 codes are refused
        for (String bad : List.of("D<<", "XXA", "VN", "ZZZ", "12A")) {
            assertThatThrownBy(() -> new Address(AddressKind.RESIDENCE, bad, null))
                    .as(bad).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                        assertThat(e.reason()).isEqualTo(ReasonCode.INVALID_ADDRESS_COUNTRY);
                        assertThat(e.field()).isEqualTo("addresses.country");
                    });
        }
        assertThat(new Address(AddressKind.WORK, "XKX", null).country()).isEqualTo("XKX");
        assertThatThrownBy(() -> new Address(AddressKind.RESIDENCE, " ", "Seoul"))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.reason()).isEqualTo(ReasonCode.FIELD_REQUIRED));
    }

    @Test
    void linesAreBounded() {
        assertThatThrownBy(() -> new Address(AddressKind.RESIDENCE, "KOR", "가".repeat(Address.MAX_LINES + 1)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ReasonCode.FIELD_TOO_LONG);
                    assertThat(e.field()).isEqualTo("addresses.lines");
                });
    }

    @Test
    void applicantKeepsAddressesAndTheirCountriesOnce() {
        Applicant a = new Applicant("NGUYEN", "An", null, "VNM", BORN, null, null, List.of(
                new Address(AddressKind.RESIDENCE, "KOR", "Seoul"),
                new Address(AddressKind.HOME_COUNTRY, "VNM", "Ha Noi"),
                new Address(AddressKind.MAILING, "KOR", null)));
        assertThat(a.addressCountries()).containsExactly("KOR", "VNM");
        assertThat(new Applicant("NGUYEN", "An", null, "VNM", BORN, null, null).addresses()).isEmpty();
    }

    @Test
    void atMostFiveAddresses() {
        List<Address> six = Collections.nCopies(Applicant.MAX_ADDRESSES + 1, new Address(AddressKind.RESIDENCE, "KOR", null));
        assertThatThrownBy(() -> new Applicant("NGUYEN", "An", null, "VNM", BORN, null, null, six))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ReasonCode.FIELD_TOO_LONG);
                    assertThat(e.field()).isEqualTo("addresses");
                });
    }
}
