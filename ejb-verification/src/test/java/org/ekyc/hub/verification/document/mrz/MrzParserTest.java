package org.ekyc.hub.verification.document.mrz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MrzParserTest {

    /** ICAO 9303 Part 4, Appendix: the TD3 specimen of Utopia. */
    static final String TD3_1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
    static final String TD3_2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
    /** ICAO 9303 Part 5, Appendix: the TD1 specimen of Utopia. */
    static final String TD1_1 = "I<UTOD231458907<<<<<<<<<<<<<<<";
    static final String TD1_2 = "7408122F1204159UTO<<<<<<<<<<<6";
    static final String TD1_3 = "ERIKSSON<<ANNA<MARIA<<<<<<<<<<";

    @Test
    void td3SpecimenParsesWithAllChecksPassing() {
        Mrz mrz = MrzParser.td3(TD3_1, TD3_2);
        assertThat(mrz.format()).isEqualTo(MrzFormat.TD3);
        assertThat(mrz.documentCode()).isEqualTo("P");
        assertThat(mrz.issuingState()).isEqualTo("UTO");
        assertThat(mrz.surname()).isEqualTo("ERIKSSON");
        assertThat(mrz.givenNames()).isEqualTo("ANNA MARIA");
        assertThat(mrz.documentNumber()).isEqualTo("L898902C3");
        assertThat(mrz.nationality()).isEqualTo("UTO");
        assertThat(mrz.birthDate()).isEqualTo("740812");
        assertThat(mrz.sex()).isEqualTo('F');
        assertThat(mrz.expiryDate()).isEqualTo("120415");
        assertThat(mrz.optionalData()).isEqualTo("ZE184226B");
        assertThat(mrz.failedChecks()).isEmpty();
        assertThat(mrz.corrections()).isZero();
    }

    @Test
    void aFillerInsideTheDocumentNumberIsAMisreadEvenWhenEveryCheckDigitPasses() {
        // a synthetic passport; its C read as a filler one place on: both the number's own check digit and the
        // composite still hold (the shifted weights add up to the same digit), the number does not
        String line1 = "P<VNMNGUYEN<<VAN<AN<<<<<<<<<<<<<<<<<<<<<<<<<";
        String read = "1<022146<4VNM6801221M3512078<<<<<<<<<<<<<<<2";
        assertThat(CheckDigit.matches("1<022146<", '4')).isTrue();
        assertThat(MrzParser.td3(line1, "C1022146<4VNM6801221M3512078<<<<<<<<<<<<<<<2").failedChecks()).isEmpty();
        Mrz misread = MrzParser.td3(line1, read);
        assertThat(misread.failedChecks()).containsExactly("documentNumber");
        // a number shorter than nine characters, padded at its end, is well formed
        assertThat(MrzParser.td3(TD3_1, "L898902C<3UTO7408122F1204159ZE184226B<<<<<16").failedChecks())
                .isEmpty();
    }

    @Test
    void td1SpecimenParsesWithAllChecksPassing() {
        Mrz mrz = MrzParser.td1(TD1_1, TD1_2, TD1_3);
        assertThat(mrz.format()).isEqualTo(MrzFormat.TD1);
        assertThat(mrz.documentCode()).isEqualTo("I");
        assertThat(mrz.documentNumber()).isEqualTo("D23145890");
        assertThat(mrz.birthDate()).isEqualTo("740812");
        assertThat(mrz.expiryDate()).isEqualTo("120415");
        assertThat(mrz.nationality()).isEqualTo("UTO");
        assertThat(mrz.surname()).isEqualTo("ERIKSSON");
        assertThat(mrz.givenNames()).isEqualTo("ANNA MARIA");
        assertThat(mrz.failedChecks()).isEmpty();
    }

    @Test
    void td1DocumentNumberLongerThanNineCharactersContinuesInOptionalData() {
        // Part 5 specimen with a 12-character number: D23145890 + 734, check digit 9
        String l1 = "I<UTOD23145890<7349<<<<<<<<<<<";
        String number = "D23145890734";
        assertThat(CheckDigit.of(number)).isEqualTo(9);
        String l2 = "7408122F1204159UTO<<<<<<<<<<<";
        String composite = l1.substring(5, 30) + l2.substring(0, 7) + l2.substring(8, 15) + l2.substring(18, 29);
        Mrz mrz = MrzParser.td1(l1, l2 + CheckDigit.of(composite), TD1_3);
        assertThat(mrz.documentNumber()).isEqualTo(number);
        assertThat(mrz.failedChecks()).isEmpty();
    }

    @Test
    void aWrongCheckDigitIsReportedByField() {
        Mrz mrz = MrzParser.td3(TD3_1, TD3_2.replace("7408122", "7408123"));
        assertThat(mrz.failedChecks()).containsExactly("birthDate", "composite");
    }

    @Test
    void aTamperedFieldBreaksTheCompositeEvenWhenItsOwnCheckDigitIsRecomputed() {
        String expiry = "220415";
        String forged = TD3_2.substring(0, 21) + expiry + CheckDigit.of(expiry) + TD3_2.substring(28);
        assertThat(MrzParser.td3(TD3_1, forged).failedChecks()).containsExactly("composite");
    }

    @Test
    void lookAlikeLettersInNumericFieldsBecomeDigits() {
        Mrz mrz = MrzParser.td3(TD3_1, "L898902C36UTO74O8I22F12O4I59ZE184226B<<<<<1O");
        assertThat(mrz.birthDate()).isEqualTo("740812");
        assertThat(mrz.expiryDate()).isEqualTo("120415");
        assertThat(mrz.failedChecks()).isEmpty();
        assertThat(mrz.corrections()).isEqualTo(5);
    }

    @Test
    void lookAlikeDigitsInAlphabeticFieldsBecomeLetters() {
        Mrz mrz = MrzParser.td3("P<UT0ER1KSSON<<ANNA<MAR1A<<<<<<<<<<<<<<<<<<<", "L898902C36UT07408122F1204159ZE184226B<<<<<10");
        assertThat(mrz.issuingState()).isEqualTo("UTO");
        assertThat(mrz.nationality()).isEqualTo("UTO");
        assertThat(mrz.surname()).isEqualTo("ERIKSSON");
        assertThat(mrz.givenNames()).isEqualTo("ANNA MARIA");
    }

    @Test
    void theCheckDigitChoosesBetweenLookAlikesInTheDocumentNumber() {
        // OCR read the first 8 of L898902C3 as B; only the digit satisfies check digit 6
        Mrz mrz = MrzParser.td3(TD3_1, "LB98902C36UTO7408122F1204159ZE184226B<<<<<10");
        assertThat(mrz.documentNumber()).isEqualTo("L898902C3");
        assertThat(mrz.failedChecks()).isEmpty();
    }

    @Test
    void aLetterPrefixReadAsADigitIsRestoredByTheCheckDigit() {
        char check = (char) ('0' + CheckDigit.of("Z82343215"));
        assertThat(LookAlikes.guided("282343215", check)).isEqualTo("Z82343215");
    }

    @Test
    void anAmbiguousCorrectionIsNotMade() {
        // two single swaps satisfy the check digit: neither is chosen, the check fails openly
        String field = "<14826573";
        char check = (char) ('0' + CheckDigit.of("S14826573"));
        assertThat(LookAlikes.guided(field, check)).isEqualTo(field);
    }

    @Test
    void ocrTextWithSpacesNoiseAndAShortNameLineIsFound() {
        List<String> ocr = List.of("REPUBLIC OF UTOPIA", "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<",
                "L898902C36 UTO7408122F1204159ZE184226B«<<<<10");
        Mrz mrz = MrzParser.parse(ocr).orElseThrow();
        assertThat(mrz.surname()).isEqualTo("ERIKSSON");
        assertThat(mrz.checksPass()).isTrue();
    }

    @Test
    void textWithoutAnMrzGivesNothing() {
        assertThat(MrzParser.parse(List.of("SPECIMEN", "NOT AN MRZ AT ALL"))).isEmpty();
    }

    @Test
    void birthDatesLieInThePastAndExpiryDatesWithinFiftyYears() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        assertThat(MrzDates.birth("740812", today)).contains(LocalDate.of(1974, 8, 12));
        assertThat(MrzDates.birth("101231", today)).contains(LocalDate.of(2010, 12, 31));
        assertThat(MrzDates.birth("261231", today)).contains(LocalDate.of(1926, 12, 31));
        assertThat(MrzDates.expiry("340101", today)).contains(LocalDate.of(2034, 1, 1));
        assertThat(MrzDates.expiry("120415", today)).contains(LocalDate.of(2012, 4, 15));
        assertThat(MrzDates.birth("741332", today)).isEmpty();
        assertThat(MrzDates.expiry("ABCDEF", today)).isEmpty();
    }
}
