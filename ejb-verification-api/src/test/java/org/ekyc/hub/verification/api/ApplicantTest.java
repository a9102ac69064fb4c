package org.ekyc.hub.verification.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ApplicantTest {

    private static final LocalDate BORN = LocalDate.of(1994, 3, 17);

    @Test
    void normalisesNationalityWhitespaceAndPhone() {
        Applicant a = new Applicant("  NGUYEN ", "Van   An", "응우옌 반 안", "vnm", BORN, "010-1234 5678", " ");
        assertThat(a.surname()).isEqualTo("NGUYEN");
        assertThat(a.givenNames()).isEqualTo("Van An");
        assertThat(a.nationality()).isEqualTo("VNM");
        assertThat(a.phone()).isEqualTo("01012345678");
        assertThat(a.email()).isNull();
    }

    @Test
    void surnameIsRequired() {
        assertThatThrownBy(() -> new Applicant(" ", "An", null, "VNM", BORN, null, null))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ReasonCode.FIELD_REQUIRED);
                    assertThat(e.field()).isEqualTo("surname");
                });
    }

    @Test
    void nationalityMustBeAlpha3() {
        assertThatThrownBy(() -> new Applicant("NGUYEN", "An", null, "VN", BORN, null, null))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.reason()).isEqualTo(ReasonCode.INVALID_NATIONALITY));
    }

    @Test
    void birthDateInTheFutureIsRefused() {
        assertThatThrownBy(() -> new Applicant("NGUYEN", "An", null, "VNM", LocalDate.now().plusDays(1), null, null))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.reason()).isEqualTo(ReasonCode.INVALID_BIRTH_DATE));
    }

    @Test
    void malformedEmailAndPhoneAreRefusedWithTheirOwnCodes() {
        assertThatThrownBy(() -> new Applicant("NGUYEN", "An", null, "VNM", BORN, null, "not-an-address"))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.reason()).isEqualTo(ReasonCode.INVALID_EMAIL));
        assertThatThrownBy(() -> new Applicant("NGUYEN", "An", null, "VNM", BORN, "12ab", null))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.reason()).isEqualTo(ReasonCode.INVALID_PHONE));
    }

    @Test
    void unknownProductHasItsOwnCode() {
        assertThat(Product.fromCode(" mobile_line ")).isEqualTo(Product.MOBILE_LINE);
        assertThatThrownBy(() -> Product.fromCode("YACHT"))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.reason()).isEqualTo(ReasonCode.UNKNOWN_PRODUCT));
    }
}
