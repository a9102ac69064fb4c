package org.ekyc.hub.verification.document.kr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RegistrationNumberTest {

    /** Synthetic: born 1990-01-01, male resident, office digits and serial made up. */
    static String resident(String first12) {
        return first12 + RegistrationNumber.checkDigit(first12, false);
    }

    static String foreigner(String first12) {
        return first12 + RegistrationNumber.checkDigit(first12, true);
    }

    @Test
    void residentChecksumIsElevenMinusWeightedSumModElevenModTen() {
        // Σ of 900101123456 weighted 2..9,2..5 = 18+0+0+5+0+7+8+18+6+12+20+30 = 124; 124 mod 11 = 3; 11-3 = 8
        assertThat(RegistrationNumber.checkDigit("900101123456", false)).isEqualTo(8);
        assertThat(new RegistrationNumber("900101-1234568").checksumValid()).isTrue();
        assertThat(new RegistrationNumber("9001011234567").checksumValid()).isFalse();
    }

    @Test
    void foreignerChecksumIsThirteenMinusWeightedSumModElevenModTen() {
        // Σ of 940317512346 = 18+12+0+15+6+49+40+18+2+6+12+30 = 208; 208 mod 11 = 10; (13-10) mod 10 = 3
        assertThat(RegistrationNumber.checkDigit("940317512346", true)).isEqualTo(3);
        assertThat(new RegistrationNumber("940317-5123463").checksumValid()).isTrue();
    }

    @Test
    void foreignerOfficeDigitsMustBeEvenForTheLegacyChecksum() {
        String odd = foreigner("940317513346");
        assertThat(new RegistrationNumber(odd).checksumValid()).isFalse();
    }

    @Test
    void aChecksumFailureIsOnlyASignalTheNumberStillExists() {
        // numbers assigned since 2020-10-05 end in a random digit
        RegistrationNumber post2020 = new RegistrationNumber("0103157123450");
        assertThat(post2020.checksumValid()).isFalse();
        assertThat(post2020.birthDate()).contains(LocalDate.of(2001, 3, 15));
    }

    @Test
    void seventhDigitGivesCenturySexAndForeignerStatus() {
        assertThat(new RegistrationNumber(resident("900101123456")).birthDate()).contains(LocalDate.of(1990, 1, 1));
        assertThat(new RegistrationNumber(resident("050505423456")).birthDate()).contains(LocalDate.of(2005, 5, 5));
        assertThat(new RegistrationNumber(resident("050505423456")).sex()).isEqualTo('F');
        assertThat(new RegistrationNumber(foreigner("940317512346")).foreigner()).isTrue();
        assertThat(new RegistrationNumber(foreigner("940317612346")).sex()).isEqualTo('F');
        assertThat(new RegistrationNumber(foreigner("010203712346")).birthDate()).contains(LocalDate.of(2001, 2, 3));
        assertThat(new RegistrationNumber(resident("991231923456")).birthDate()).contains(LocalDate.of(1899, 12, 31));
        assertThat(new RegistrationNumber(resident("900101123456")).foreigner()).isFalse();
    }

    @Test
    void numberMustAgreeWithTheDocumentsBirthDateAndSex() {
        RegistrationNumber n = new RegistrationNumber(foreigner("940317512346"));
        assertThat(n.consistentWith(LocalDate.of(1994, 3, 17), 'M')).isTrue();
        assertThat(n.consistentWith(LocalDate.of(1994, 3, 17), null)).isTrue();
        assertThat(n.consistentWith(LocalDate.of(1994, 3, 17), 'F')).isFalse();
        assertThat(n.consistentWith(LocalDate.of(1994, 3, 18), 'M')).isFalse();
        assertThat(new RegistrationNumber("9402305123463").birthDate()).isEmpty();
    }

    @Test
    void formIsThirteenDigitsAndIsMaskedInToString() {
        assertThatThrownBy(() -> new RegistrationNumber("94031751234")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new RegistrationNumber("940317-5123463").toString()).isEqualTo("940317-5******");
    }
}
