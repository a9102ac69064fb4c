package org.ekyc.hub.verification.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ekyc.hub.verification.api.Applicant;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.document.DocumentField;
import org.ekyc.hub.verification.api.document.DocumentReading;
import org.ekyc.hub.verification.api.document.DocumentType;
import org.ekyc.hub.verification.api.document.FieldReading;
import org.ekyc.hub.verification.api.document.FieldSource;
import org.ekyc.hub.verification.api.document.QualityMetrics;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The document against the applicant: every rule of {@link ApplicantMatch}, on synthetic people. */
class ApplicantMatchTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate BIRTH = LocalDate.of(1990, 5, 17);
    private static final QualityMetrics QUALITY = new QualityMetrics(1600, 1200, 500, 200, 0, 1, true);
    /** A synthetic foreigner registration number: born 1990-05-17, 7th digit 6 (female, 1900s). */
    private static final String FEMALE_NUMBER = "9005176123456";
    private static final String MALE_NUMBER = "9005175123456";

    private static Applicant applicant(String surname, String given) {
        return new Applicant(surname, given, null, "PHL", BIRTH, null, null);
    }

    /** A passport read: MRZ fields at the confidences the engine gives them. */
    private static DocumentIdentity passport(String surname, String given) {
        return passport(surname, given, "PHL", BIRTH.toString(), "F", "2031-01-31");
    }

    private static DocumentIdentity passport(String surname, String given, String nationality, String birth, String sex,
                                             String expiry) {
        List<FieldReading> f = new ArrayList<>();
        f.add(mrz(DocumentField.SURNAME, surname, 0.9));
        if (given != null) {
            f.add(mrz(DocumentField.GIVEN_NAMES, given, 0.9));
        }
        f.add(mrz(DocumentField.NATIONALITY, nationality, 1.0));
        f.add(mrz(DocumentField.BIRTH_DATE, birth, 1.0));
        f.add(mrz(DocumentField.SEX, sex, 1.0));
        f.add(mrz(DocumentField.EXPIRY_DATE, expiry, 1.0));
        return DocumentIdentity.of(reading(DocumentType.PASSPORT_TD3, f));
    }

    private static FieldReading mrz(DocumentField field, String value, double confidence) {
        return new FieldReading(field, FieldSource.MRZ, value, confidence);
    }

    private static FieldReading viz(DocumentField field, String value, double confidence) {
        return new FieldReading(field, FieldSource.VIZ, value, confidence);
    }

    private static DocumentReading reading(DocumentType type, List<FieldReading> fields) {
        return new DocumentReading(type, fields, QUALITY, List.of(), null);
    }

    private static java.util.Set<ReasonCode> compare(DocumentIdentity doc, Applicant a, String number) {
        return ApplicantMatch.compare(doc, a, number, TODAY);
    }

    @Nested
    class LatinName {

        @Test
        void theSameNameInCapitalsWithoutHyphensIsTheSame() {
            assertThat(compare(passport("SANTOS", "MARIA CLARA"), applicant("Santos", "Maria Clara"), null)).isEmpty();
            assertThat(compare(passport("KIM", "MINJUN"), applicant("Kim", "Min-jun"), null)).isEmpty();
            assertThat(compare(passport("OBRIEN", "SEAN"), applicant("O'Brien", "Seán"), null)).isEmpty();
        }

        @Test
        void spacingInsideTheGivenNamesIsTheSame() {
            assertThat(compare(passport("PHAM", "THUTRANG"), applicant("Pham", "Thu Trang"), null)).isEmpty();
            assertThat(compare(passport("NGUYEN", "VAN AN"), applicant("Nguyen", "Vanan"), null)).isEmpty();
        }

        @Test
        void surnameAndGivenNamesSwappedIsAVariant() {
            assertThat(compare(passport("SANTOS", "MARIA CLARA"), applicant("Maria Clara", "Santos"), null))
                    .containsExactly(ReasonCode.DOCUMENT_NAME_VARIANT);
            assertThat(compare(passport("NGUYEN", "VAN AN"), applicant("Van An", "Nguyen"), null))
                    .containsExactly(ReasonCode.DOCUMENT_NAME_VARIANT);
        }

        @Test
        void aMissingMiddleNameOnEitherSideIsAVariant() {
            assertThat(compare(passport("SANTOS", "MARIA CLARA"), applicant("Santos", "Maria"), null))
                    .containsExactly(ReasonCode.DOCUMENT_NAME_VARIANT);
            assertThat(compare(passport("SANTOS", "MARIA"), applicant("Santos", "Maria Clara Reyes"), null))
                    .containsExactly(ReasonCode.DOCUMENT_NAME_VARIANT);
        }

        @Test
        void aMissingSurnameIsNotAMiddleName() {
            // the applicant's own surname is not on the document at all
            assertThat(compare(passport("MARIA", "CLARA"), applicant("Santos", "Maria Clara"), null))
                    .containsExactly(ReasonCode.DOCUMENT_NAME_MISMATCH);
        }

        @Test
        void oneWordDoesNotCoverALongerName() {
            assertThat(compare(passport("SANTOS", null), applicant("Santos", "Maria"), null))
                    .containsExactly(ReasonCode.DOCUMENT_NAME_MISMATCH);
        }

        @Test
        void romanisationVariantsOfTheScreeningEngineAreVariants() {
            // Korean surname classes (Lee/Yi/Rhee, Park/Pak), McCune-Reischauer against Revised Romanization
            assertThat(compare(passport("YI", "SEOYEON"), applicant("Lee", "Seo-yeon"), null))
                    .containsExactly(ReasonCode.DOCUMENT_NAME_VARIANT);
            assertThat(compare(passport("PAK", "CHONGCHOL"), applicant("Park", "Jeong-cheol"), null))
                    .containsExactly(ReasonCode.DOCUMENT_NAME_VARIANT);
            // vowels only differ
            assertThat(compare(passport("RAHMAN", "MOHAMMED"), applicant("Rahman", "Muhammad"), null))
                    .containsExactly(ReasonCode.DOCUMENT_NAME_VARIANT);
        }

        @Test
        void anotherPersonsNameIsAMismatch() {
            assertThat(compare(passport("REYES", "JOSE"), applicant("Santos", "Maria Clara"), null))
                    .containsExactly(ReasonCode.DOCUMENT_NAME_MISMATCH);
            // same surname, another given name
            assertThat(compare(passport("SANTOS", "ANA LUISA"), applicant("Santos", "Maria Clara"), null))
                    .containsExactly(ReasonCode.DOCUMENT_NAME_MISMATCH);
            // words that only look alike once joined are not one name
            assertThat(compare(passport("NGUYEN", "VAN BINH"), applicant("Nguyen", "Van An"), null))
                    .containsExactly(ReasonCode.DOCUMENT_NAME_MISMATCH);
        }

        @Test
        void aResidenceCardsOneLineNameIsComparedWholeSurnameFirst() {
            DocumentIdentity card = DocumentIdentity.of(reading(DocumentType.ALIEN_REGISTRATION_CARD,
                    List.of(viz(DocumentField.LATIN_NAME, "NGUYEN VAN AN", 0.8))));
            Applicant a = new Applicant("Nguyen", "Van An", null, "VNM", BIRTH, null, null);
            assertThat(compare(card, a, null)).isEmpty();
            assertThat(compare(card, new Applicant("Van An", "Nguyen", null, "VNM", BIRTH, null, null), null))
                    .containsExactly(ReasonCode.DOCUMENT_NAME_VARIANT);
            assertThat(compare(card, new Applicant("Tran", "Thi Mai", null, "VNM", BIRTH, null, null), null))
                    .containsExactly(ReasonCode.DOCUMENT_NAME_MISMATCH);
        }
    }

    @Nested
    class HangulName {

        private DocumentIdentity residentCard(String hangul) {
            return DocumentIdentity.of(reading(DocumentType.RESIDENT_ID_CARD,
                    List.of(viz(DocumentField.HANGUL_NAME, hangul, 0.9))));
        }

        @Test
        void aHangulOnlyCardIsComparedWithTheApplicantsLatinName() {
            assertThat(compare(residentCard("김민준"), new Applicant("Kim", "Min-jun", null, "KOR", BIRTH, null, null), null))
                    .isEmpty();
            assertThat(compare(residentCard("이서연"), new Applicant("Lee", "Seo Yeon", null, "KOR", BIRTH, null, null), null))
                    .isEmpty();
            assertThat(compare(residentCard("박지훈"), new Applicant("Park", "Ji Hoon", null, "KOR", BIRTH, null, null), null))
                    .isEmpty();
        }

        @Test
        void aHangulNameOfAnotherPersonIsAMismatch() {
            assertThat(compare(residentCard("김민준"), new Applicant("Kim", "Seo-yeon", null, "KOR", BIRTH, null, null), null))
                    .containsExactly(ReasonCode.DOCUMENT_NAME_MISMATCH);
            assertThat(compare(residentCard("최하늘"), new Applicant("Park", "Min-jun", null, "KOR", BIRTH, null, null), null))
                    .containsExactly(ReasonCode.DOCUMENT_NAME_MISMATCH);
        }

        @Test
        void twoHangulNamesAreComparedSyllableForSyllable() {
            Applicant a = new Applicant("Kim", "Min-jun", "김민준", "KOR", BIRTH, null, null);
            assertThat(compare(residentCard("김 민준"), a, null)).isEmpty();
            assertThat(compare(residentCard("김민수"), a, null)).containsExactly(ReasonCode.DOCUMENT_NAME_MISMATCH);
            assertThat(compare(residentCard("박민준"), a, null)).containsExactly(ReasonCode.DOCUMENT_NAME_MISMATCH);
        }

        @Test
        void oneLetterApartTheConfusionOcrMakesOnCardNamesIsAVariant() {
            // 옌 read as 엔: one jamo apart
            Applicant a = new Applicant("Nguyen", "Van An", "응우옌반안", "VNM", BIRTH, null, null);
            DocumentIdentity card = DocumentIdentity.of(reading(DocumentType.ALIEN_REGISTRATION_CARD,
                    List.of(viz(DocumentField.LATIN_NAME, "NGUYEN VAN AN", 0.8), viz(DocumentField.HANGUL_NAME, "응우엔반안", 0.8))));
            assertThat(compare(card, a, null)).containsExactly(ReasonCode.DOCUMENT_NAME_VARIANT);
        }

        @Test
        void aForeignersHangulTranscriptionIsNotComparedWithTheLatinName() {
            DocumentIdentity card = DocumentIdentity.of(reading(DocumentType.ALIEN_REGISTRATION_CARD,
                    List.of(viz(DocumentField.LATIN_NAME, "NGUYEN VAN AN", 0.8), viz(DocumentField.HANGUL_NAME, "응우옌반안", 0.8))));
            assertThat(compare(card, new Applicant("Nguyen", "Van An", null, "VNM", BIRTH, null, null), null)).isEmpty();
        }
    }

    @Test
    void aDifferentBirthDateIsAMismatch() {
        assertThat(compare(passport("SANTOS", "MARIA CLARA", "PHL", "1990-05-18", "F", "2031-01-31"),
                applicant("Santos", "Maria Clara"), null)).containsExactly(ReasonCode.DOCUMENT_BIRTH_DATE_MISMATCH);
    }

    @Test
    void aCardWithoutABirthDateIsComparedByTheDateItsNumberEncodes() {
        DocumentIdentity card = DocumentIdentity.of(reading(DocumentType.RESIDENT_ID_CARD,
                List.of(viz(DocumentField.REGISTRATION_NUMBER, "9105172123456", 0.9))));
        assertThat(compare(card, applicant("Santos", "Maria"), null)).containsExactly(ReasonCode.DOCUMENT_BIRTH_DATE_MISMATCH);
    }

    @Test
    void aDifferentNationalityIsAMismatchFillersAside() {
        assertThat(compare(passport("SANTOS", "MARIA CLARA", "VNM", BIRTH.toString(), "F", "2031-01-31"),
                applicant("Santos", "Maria Clara"), null)).containsExactly(ReasonCode.DOCUMENT_NATIONALITY_MISMATCH);
        assertThat(compare(passport("MULLER", "ANNA", "D", BIRTH.toString(), "F", "2031-01-31"),
                new Applicant("Muller", "Anna", null, "D<<", BIRTH, null, null), null)).isEmpty();
    }

    @Test
    void theSexIsComparedWithTheOneTheApplicantsNumberEncodes() {
        assertThat(compare(passport("SANTOS", "MARIA CLARA"), applicant("Santos", "Maria Clara"), FEMALE_NUMBER)).isEmpty();
        assertThat(compare(passport("SANTOS", "MARIA CLARA"), applicant("Santos", "Maria Clara"), MALE_NUMBER))
                .containsExactly(ReasonCode.DOCUMENT_SEX_MISMATCH);
        // unspecified sex (<) is not read
        assertThat(compare(passport("SANTOS", "MARIA CLARA", "PHL", BIRTH.toString(), "<", "2031-01-31"),
                applicant("Santos", "Maria Clara"), MALE_NUMBER)).isEmpty();
    }

    @Test
    void anotherRegistrationNumberIsAMismatch() {
        DocumentIdentity card = DocumentIdentity.of(reading(DocumentType.ALIEN_REGISTRATION_CARD,
                List.of(viz(DocumentField.REGISTRATION_NUMBER, FEMALE_NUMBER, 0.9))));
        assertThat(compare(card, applicant("Santos", "Maria"), FEMALE_NUMBER)).isEmpty();
        assertThat(compare(card, applicant("Santos", "Maria"), "900517-6123457"))
                .containsExactly(ReasonCode.DOCUMENT_REGISTRATION_NUMBER_MISMATCH);
    }

    @Test
    void anExpiredDocumentIsHard() {
        assertThat(compare(passport("SANTOS", "MARIA CLARA", "PHL", BIRTH.toString(), "F", "2026-11-22"),
                applicant("Santos", "Maria Clara"), null)).containsExactly(ReasonCode.DOCUMENT_EXPIRED);
        assertThat(compare(passport("SANTOS", "MARIA CLARA", "PHL", BIRTH.toString(), "F", TODAY.toString()),
                applicant("Santos", "Maria Clara"), null)).as("valid through its expiry day").isEmpty();
    }

    @Test
    void fieldsNotReadOrNotGivenAreNotMismatches() {
        assertThat(compare(DocumentIdentity.NONE, applicant("Santos", "Maria"), FEMALE_NUMBER)).isEmpty();
        // an MRZ whose check digits fail (0.3) and a free-text VIZ value under the floor do not count
        DocumentIdentity weak = DocumentIdentity.of(reading(DocumentType.PASSPORT_TD3, List.of(
                mrz(DocumentField.BIRTH_DATE, "1970-01-01", 0.3), mrz(DocumentField.NATIONALITY, "VNM", 0.3),
                viz(DocumentField.SURNAME, "REYES", 0.3), mrz(DocumentField.SEX, "M", 0.3))));
        assertThat(compare(weak, applicant("Santos", "Maria"), FEMALE_NUMBER)).isEmpty();
        // a registration number on the document when the applicant gave none
        DocumentIdentity card = DocumentIdentity.of(reading(DocumentType.ALIEN_REGISTRATION_CARD,
                List.of(viz(DocumentField.REGISTRATION_NUMBER, FEMALE_NUMBER, 0.9))));
        assertThat(compare(card, applicant("Santos", "Maria"), null)).isEmpty();
    }

    @Test
    void aVisualZoneValueInAFormNoiseDoesNotMakeCountsWhateverItsConfidence() {
        DocumentIdentity card = DocumentIdentity.of(reading(DocumentType.ALIEN_REGISTRATION_CARD,
                List.of(viz(DocumentField.NATIONALITY, "VNM", 0.0))));
        assertThat(compare(card, applicant("Santos", "Maria"), null)).containsExactly(ReasonCode.DOCUMENT_NATIONALITY_MISMATCH);
    }

    @Test
    void aValueNotInItsFieldsFormIsNotRead() {
        DocumentIdentity card = DocumentIdentity.of(reading(DocumentType.ALIEN_REGISTRATION_CARD, List.of(
                viz(DocumentField.NATIONALITY, "VIETNAN", 0.9), viz(DocumentField.REGISTRATION_NUMBER, "90051761234", 0.9),
                viz(DocumentField.ISSUE_DATE, "2024.13.40", 0.9))));
        assertThat(card).isEqualTo(DocumentIdentity.NONE);
        assertThat(compare(card, applicant("Santos", "Maria"), FEMALE_NUMBER)).isEmpty();
    }

    @Test
    void theMachineReadableZoneWinsOverTheVisualZone() {
        DocumentIdentity doc = DocumentIdentity.of(reading(DocumentType.PASSPORT_TD3, List.of(
                viz(DocumentField.BIRTH_DATE, "1990-05-19", 0.9), mrz(DocumentField.BIRTH_DATE, BIRTH.toString(), 1.0))));
        assertThat(doc.birthDate()).isEqualTo(BIRTH);
    }

    @Test
    void everyMismatchIsHardButTheVariant() {
        assertThat(ApplicantMatch.HARD).doesNotContain(ReasonCode.DOCUMENT_NAME_VARIANT);
        assertThat(ApplicantMatch.anyHard(List.of(ReasonCode.DOCUMENT_NAME_VARIANT))).isFalse();
        assertThat(ApplicantMatch.anyHard(List.of(ReasonCode.DOCUMENT_NAME_VARIANT, ReasonCode.DOCUMENT_SEX_MISMATCH))).isTrue();
    }
}
