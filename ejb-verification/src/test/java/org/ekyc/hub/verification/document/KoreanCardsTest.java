package org.ekyc.hub.verification.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.document.DocumentField;
import org.ekyc.hub.verification.api.document.DocumentReading;
import org.ekyc.hub.verification.api.document.DocumentType;
import org.ekyc.hub.verification.api.document.FieldSource;
import org.ekyc.hub.verification.api.document.Finding;
import org.ekyc.hub.verification.api.document.Severity;
import org.ekyc.hub.verification.document.kr.CardTitle;
import org.ekyc.hub.verification.document.kr.RegistrationNumber;
import org.ekyc.hub.verification.document.ocr.TesseractPool;
import org.ekyc.hub.verification.document.quality.QualityThresholds;
import org.ekyc.hub.verification.document.synth.Degradation;
import org.ekyc.hub.verification.document.synth.SyntheticDocuments;
import org.ekyc.hub.verification.document.synth.SyntheticPeople;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 주민등록증, 자동차운전면허증 and 국내거소신고증: classification by title, rules, and reading generated cards. */
class KoreanCardsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest
    @CsvSource({"외국인등록증, ALIEN_REGISTRATION_CARD", "외국인등룩증, ALIEN_REGISTRATION_CARD",
            "국내거소신고증, OVERSEAS_KOREAN_RESIDENCE_CARD", "주민등록증, RESIDENT_ID_CARD", "주민등록중, RESIDENT_ID_CARD",
            "자동차운전면허증, DRIVER_LICENCE", "자동차운진면허증, DRIVER_LICENCE", "'  주민 등록증 |', RESIDENT_ID_CARD"})
    void aCardIsToldByItsTitleEvenWithAMisreadSyllable(String read, DocumentType type) {
        assertThat(CardTitle.classify(read)).contains(type);
    }

    @Test
    void aTitleThatNamesNoCardIsNotGuessed() {
        assertThat(CardTitle.classify("PASSPORT")).isEmpty();
        assertThat(CardTitle.classify("대한민국")).isEmpty();
        assertThat(CardTitle.classify(null)).isEmpty();
    }

    @Nested
    class Rules {

        private static String resident(String first12) {
            return first12 + RegistrationNumber.checkDigit(first12, false);
        }

        @Test
        void aResidentCardWithAForeignersNumberIsRejected() {
            String foreigner = "900101512345";
            Map<DocumentField, String> viz = Map.of(DocumentField.HANGUL_NAME, "김민준",
                    DocumentField.REGISTRATION_NUMBER, foreigner + RegistrationNumber.checkDigit(foreigner, true),
                    DocumentField.ISSUE_DATE, "2019-05-01");
            assertThat(DocumentValidator.residentIdCard(viz, TODAY)).extracting(Finding::code, Finding::severity)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(ReasonCode.REGISTRATION_NUMBER_MISMATCH, Severity.REJECT));
        }

        @Test
        void aResidentNumberChecksumFailureIsOnlyReviewed() {
            String number = resident("900101112345");
            String wrong = number.substring(0, 12) + (char) ('0' + (number.charAt(12) - '0' + 1) % 10);
            Map<DocumentField, String> viz = Map.of(DocumentField.HANGUL_NAME, "김민준", DocumentField.REGISTRATION_NUMBER, wrong,
                    DocumentField.ISSUE_DATE, "2019-05-01");
            assertThat(DocumentValidator.residentIdCard(viz, TODAY)).extracting(Finding::code, Finding::severity)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(ReasonCode.REGISTRATION_NUMBER_CHECKSUM, Severity.REVIEW));
        }

        @Test
        void anIssueDateBeforeBirthIsReviewed() {
            Map<DocumentField, String> viz = Map.of(DocumentField.HANGUL_NAME, "김민준",
                    DocumentField.REGISTRATION_NUMBER, resident("020304312345"), DocumentField.ISSUE_DATE, "1999-05-01");
            assertThat(DocumentValidator.residentIdCard(viz, TODAY)).extracting(Finding::code)
                    .containsExactly(ReasonCode.DOCUMENT_DATE_INVALID);
        }

        @Test
        void aLicencePastItsRenewalPeriodIsExpired() {
            Map<DocumentField, String> viz = Map.of(DocumentField.LICENCE_NUMBER, "11-16-123456-78",
                    DocumentField.HANGUL_NAME, "이서연", DocumentField.REGISTRATION_NUMBER, resident("880512212345"),
                    DocumentField.EXPIRY_DATE, "2025-12-31", DocumentField.ISSUE_DATE, "2016-01-04");
            assertThat(DocumentValidator.driverLicence(viz, TODAY)).extracting(Finding::code)
                    .containsExactly(ReasonCode.DOCUMENT_EXPIRED);
        }

        @Test
        void aLicenceNumberFromAnUnknownRegionOrUnreadIsReviewed() {
            Map<DocumentField, String> viz = Map.of(DocumentField.LICENCE_NUMBER, "99-16-123456-78",
                    DocumentField.HANGUL_NAME, "이서연", DocumentField.REGISTRATION_NUMBER, resident("880512212345"),
                    DocumentField.EXPIRY_DATE, "2030-12-31", DocumentField.ISSUE_DATE, "2016-01-04");
            assertThat(DocumentValidator.driverLicence(viz, TODAY)).singleElement()
                    .satisfies(f -> assertThat(f.evidence()).contains("region code 99"));
            assertThat(VizValues.licenceNumber("11 16 12345G 78")).contains("11-16-123456-78");
            assertThat(VizValues.licenceNumber("11-16-12345-78")).isEmpty();
        }
    }

    @Nested
    class Reading {

        static TesseractPool pool;
        static DocumentChecker checker;

        @BeforeAll
        static void engines() {
            pool = new TesseractPool(TesseractPool.tessdata(), 1, 60_000);
            checker = new DocumentChecker(pool, QualityThresholds.DEFAULT, DocumentCheckerTest.CLOCK);
        }

        @AfterAll
        static void close() {
            pool.close();
        }

        @Test
        void aResidentIdCardIsClassifiedAndRead() throws Exception {
            SyntheticDocuments doc = SyntheticDocuments.generate(8, 1, DocumentType.RESIDENT_ID_CARD, Degradation.NONE, false);
            SyntheticPeople.Citizen c = SyntheticPeople.citizen(doc.person());
            DocumentReading r = checker.check(doc.jpeg(), null);
            assertThat(r.type()).isEqualTo(DocumentType.RESIDENT_ID_CARD);
            assertThat(r.value(DocumentField.REGISTRATION_NUMBER, FieldSource.VIZ)).contains(c.residentNumber());
            assertThat(r.value(DocumentField.HANGUL_NAME, FieldSource.VIZ)).contains(c.hangulName());
            assertThat(r.value(DocumentField.ISSUE_DATE, FieldSource.VIZ)).contains(c.idIssueDate().toString());
            assertThat(r.findings()).isEmpty();
            assertThat(r.portrait()).isNotEmpty();
        }

        @Test
        void aDriverLicenceIsClassifiedAndRead() throws Exception {
            SyntheticDocuments doc = SyntheticDocuments.generate(8, 2, DocumentType.DRIVER_LICENCE, Degradation.JPEG_NOISE, false);
            SyntheticPeople.Citizen c = SyntheticPeople.citizen(doc.person());
            DocumentReading r = checker.check(doc.jpeg(), null);
            assertThat(r.type()).isEqualTo(DocumentType.DRIVER_LICENCE);
            assertThat(r.value(DocumentField.LICENCE_NUMBER, FieldSource.VIZ)).contains(c.licenceNumber());
            assertThat(r.value(DocumentField.REGISTRATION_NUMBER, FieldSource.VIZ)).contains(c.residentNumber());
            assertThat(r.value(DocumentField.EXPIRY_DATE, FieldSource.VIZ)).contains(c.licenceRenewalEnd().toString());
            assertThat(r.findings()).extracting(Finding::severity).doesNotContain(Severity.REJECT, Severity.RETAKE);
        }

        @Test
        void anOverseasKoreanResidenceCardIsClassifiedAndRead() throws Exception {
            SyntheticDocuments doc = SyntheticDocuments.generate(8, 3, DocumentType.OVERSEAS_KOREAN_RESIDENCE_CARD, Degradation.NONE, false);
            DocumentReading r = checker.check(doc.jpeg(), null);
            assertThat(r.type()).isEqualTo(DocumentType.OVERSEAS_KOREAN_RESIDENCE_CARD);
            assertThat(r.value(DocumentField.REGISTRATION_NUMBER, FieldSource.VIZ)).contains(doc.person().registrationNumber());
            assertThat(r.value(DocumentField.STAY_STATUS, FieldSource.VIZ)).contains("F-4");
        }

        @Test
        void the2023ResidenceCardIsToldByItsQrCodeAndReadFromItsOwnLayout() throws Exception {
            SyntheticDocuments doc = SyntheticDocuments.generate(8, 6, DocumentType.ALIEN_REGISTRATION_CARD_2023,
                    Degradation.PERSPECTIVE, false);
            for (DocumentType expected : new DocumentType[] {null, DocumentType.ALIEN_REGISTRATION_CARD}) {
                DocumentReading r = checker.check(doc.jpeg(), expected);
                assertThat(r.type()).isEqualTo(DocumentType.ALIEN_REGISTRATION_CARD_2023);
                assertThat(r.value(DocumentField.REGISTRATION_NUMBER, FieldSource.VIZ)).contains(doc.person().registrationNumber());
                assertThat(r.value(DocumentField.STAY_STATUS, FieldSource.VIZ)).contains(doc.person().stayStatus());
                assertThat(r.value(DocumentField.ISSUE_DATE, FieldSource.VIZ)).contains(doc.person().cardIssueDate().toString());
            }
        }

        @Test
        void theResidenceCardIsStillTheResidenceCard() throws Exception {
            SyntheticDocuments doc = SyntheticDocuments.generate(8, 4, DocumentType.ALIEN_REGISTRATION_CARD, Degradation.NONE, false);
            assertThat(checker.check(doc.jpeg(), null).type()).isEqualTo(DocumentType.ALIEN_REGISTRATION_CARD);
        }

        @Test
        void theCallersWordOnTheTypeWinsOverTheTitle() throws Exception {
            SyntheticDocuments doc = SyntheticDocuments.generate(8, 5, DocumentType.RESIDENT_ID_CARD, Degradation.NONE, false);
            assertThat(checker.check(doc.jpeg(), DocumentType.RESIDENT_ID_CARD).type()).isEqualTo(DocumentType.RESIDENT_ID_CARD);
            List<Finding> f = checker.check(doc.jpeg(), DocumentType.DRIVER_LICENCE).findings();
            assertThat(f).extracting(Finding::code).contains(ReasonCode.DOCUMENT_FIELD_UNREADABLE);
        }
    }
}
