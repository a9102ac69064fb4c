package org.ekyc.hub.verification.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.document.DocumentField;
import org.ekyc.hub.verification.api.document.DocumentReading;
import org.ekyc.hub.verification.api.document.DocumentType;
import org.ekyc.hub.verification.api.document.FieldSource;
import org.ekyc.hub.verification.api.document.Finding;
import org.ekyc.hub.verification.api.document.Severity;
import org.ekyc.hub.verification.document.ocr.OcrEngine;
import org.ekyc.hub.verification.document.ocr.OcrProfile;
import org.ekyc.hub.verification.document.ocr.OcrSymbol;
import org.ekyc.hub.verification.document.ocr.OcrText;
import org.ekyc.hub.verification.document.ocr.TesseractPool;
import org.ekyc.hub.verification.document.ocr.ZoneReader;
import org.ekyc.hub.verification.document.quality.QualityGate;
import org.ekyc.hub.verification.document.quality.QualityThresholds;
import org.ekyc.hub.verification.document.synth.Capture;
import org.ekyc.hub.verification.document.synth.Degradation;
import org.ekyc.hub.verification.document.synth.DocumentRenderer;
import org.ekyc.hub.verification.document.synth.DocumentRenderer.Extension;
import org.ekyc.hub.verification.document.synth.SyntheticDocuments;
import org.ekyc.hub.verification.document.synth.SyntheticPeople;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ResidenceCardBackTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    /** The rules on literal entries. */
    @Nested
    class Rules {

        private StayExtensions.Entry entry(int row, String permit, String expiry) {
            return new StayExtensions.Entry(row, LocalDate.parse(permit), LocalDate.parse(expiry));
        }

        @Test
        void theLatestExpiryIsTheStay() {
            List<StayExtensions.Entry> entries = List.of(entry(0, "2022-03-02", "2024-03-01"),
                    entry(1, "2024-02-10", "2026-02-09"), entry(2, "2026-01-20", "2028-01-19"));
            assertThat(StayExtensions.latest(entries)).map(StayExtensions.Entry::expiry).contains(LocalDate.of(2028, 1, 19));
            assertThat(StayExtensions.validate(entries, List.of(), TODAY)).isEmpty();
        }

        @Test
        void aStayThatRanOutIsRejected() {
            List<Finding> f = StayExtensions.validate(List.of(entry(0, "2023-05-01", "2025-04-30")), List.of(), TODAY);
            assertThat(f).singleElement().satisfies(x -> {
                assertThat(x.code()).isEqualTo(ReasonCode.STAY_EXPIRED);
                assertThat(x.severity()).isEqualTo(Severity.REJECT);
                assertThat(x.evidence()).contains("2025-04-30");
            });
        }

        @Test
        void aPermitAfterItsExpiryOrRowsGoingBackAreReviewed() {
            assertThat(StayExtensions.validate(List.of(entry(0, "2027-05-01", "2026-12-30")), List.of(), TODAY))
                    .extracting(Finding::code).contains(ReasonCode.STAY_EXTENSION_INCONSISTENT);
            List<Finding> f = StayExtensions.validate(List.of(entry(0, "2024-02-10", "2027-02-09"),
                    entry(1, "2022-03-02", "2024-03-01")), List.of(), TODAY);
            assertThat(f).singleElement().satisfies(x -> {
                assertThat(x.code()).isEqualTo(ReasonCode.STAY_EXTENSION_INCONSISTENT);
                assertThat(x.severity()).isEqualTo(Severity.REVIEW);
                assertThat(x.evidence()).contains("row 2: earlier than row 1");
            });
        }

        @Test
        void aPermitDatedInTheFutureIsReviewed() {
            assertThat(StayExtensions.validate(List.of(entry(0, "2027-01-05", "2029-01-04")), List.of(), TODAY))
                    .extracting(Finding::code).containsExactly(ReasonCode.STAY_EXTENSION_INCONSISTENT);
        }

        @Test
        void aHalfReadRowIsReviewedNotIgnored() {
            assertThat(StayExtensions.validate(List.of(), List.of(1), TODAY)).singleElement().satisfies(x -> {
                assertThat(x.code()).isEqualTo(ReasonCode.DOCUMENT_FIELD_UNREADABLE);
                assertThat(x.evidence()).contains("row 2");
            });
        }
    }

    /** With Tesseract on generated card backs. */
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
        void theBackGivesTheCardSerialAndTheLatestStayExpiry() throws Exception {
            SyntheticDocuments back = SyntheticDocuments.generate(5, 3, DocumentType.RESIDENCE_CARD_BACK, Degradation.NONE, false);
            List<Extension> extensions = SyntheticPeople.extensions(back.person());
            Extension last = extensions.get(extensions.size() - 1);
            DocumentReading r = checker.check(back.jpeg(), DocumentType.RESIDENCE_CARD_BACK);
            assertThat(r.type()).isEqualTo(DocumentType.RESIDENCE_CARD_BACK);
            assertThat(r.value(DocumentField.CARD_SERIAL, FieldSource.VIZ)).contains(SyntheticPeople.cardSerial(back.person()));
            assertThat(r.value(DocumentField.STAY_EXPIRY_DATE, FieldSource.VIZ)).contains(last.expiry().toString());
            assertThat(r.value(DocumentField.STAY_PERMIT_DATE, FieldSource.VIZ)).contains(last.permit().toString());
            assertThat(r.findings()).isEmpty();
            assertThat(r.portrait()).isEmpty();
        }

        @Test
        void bothSidesTogetherKeepTheFrontsFieldsAndTheBacksStay() throws Exception {
            SyntheticDocuments front = SyntheticDocuments.generate(5, 3, DocumentType.ALIEN_REGISTRATION_CARD, Degradation.NONE, false);
            SyntheticDocuments back = SyntheticDocuments.generate(5, 3, DocumentType.RESIDENCE_CARD_BACK, Degradation.JPEG_NOISE, false);
            List<Extension> extensions = SyntheticPeople.extensions(back.person());
            DocumentReading r = checker.checkCard(List.of(front.jpeg()), List.of(back.jpeg()), null);
            assertThat(r.type()).isEqualTo(DocumentType.ALIEN_REGISTRATION_CARD);
            assertThat(r.value(DocumentField.REGISTRATION_NUMBER, FieldSource.VIZ)).contains(front.person().registrationNumber());
            assertThat(r.value(DocumentField.STAY_EXPIRY_DATE, FieldSource.VIZ))
                    .contains(extensions.get(extensions.size() - 1).expiry().toString());
            assertThat(r.portrait()).isNotEmpty();
            assertThat(r.findings()).isEmpty();
        }

        @Test
        void aBackWhoseStayRanOutIsRejected() throws Exception {
            DocumentReading r = checker.check(List.of(expiredStayBack(11), expiredStayBack(21)), DocumentType.RESIDENCE_CARD_BACK);
            assertThat(r.value(DocumentField.STAY_EXPIRY_DATE, FieldSource.VIZ)).contains("2026-03-24");
            assertThat(r.findings()).extracting(Finding::code, Finding::severity)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(ReasonCode.STAY_EXPIRED, Severity.REJECT));
        }

        @Test
        void anExpiredStayReadOnceIsARetakeNotARejection() throws Exception {
            DocumentReading r = checker.check(expiredStayBack(11), DocumentType.RESIDENCE_CARD_BACK);
            assertThat(r.findings()).singleElement().satisfies(f -> {
                assertThat(f.code()).isEqualTo(ReasonCode.DOCUMENT_READ_UNCERTAIN);
                assertThat(f.severity()).isEqualTo(Severity.RETAKE);
                assertThat(f.evidence()).startsWith("STAY_EXPIRED on one read");
            });
            assertThat(r.retake()).isTrue();
        }

        /** A capture of a card back whose latest stay ran out on 2026-03-24 (before the tests' today). */
        private static byte[] expiredStayBack(long seed) {
            BufferedImage flat = DocumentRenderer.residenceCardBack("KT20481937", List.of(
                    new Extension(LocalDate.of(2022, 4, 11), LocalDate.of(2024, 4, 10)),
                    new Extension(LocalDate.of(2024, 3, 25), LocalDate.of(2026, 3, 24))));
            return Capture.jpeg(Capture.photo(flat, Degradation.NONE, false, seed), 0.9f);
        }

        @Test
        void aBackWithTamperedOrderIsReviewed() throws Exception {
            BufferedImage flat = DocumentRenderer.residenceCardBack("KT20481937", List.of(
                    new Extension(LocalDate.of(2024, 3, 25), LocalDate.of(2027, 3, 24)),
                    new Extension(LocalDate.of(2022, 4, 11), LocalDate.of(2024, 4, 10))));
            byte[] jpeg = Capture.jpeg(Capture.photo(flat, Degradation.NONE, false, 12), 0.9f);
            DocumentReading r = checker.check(jpeg, DocumentType.RESIDENCE_CARD_BACK);
            assertThat(r.value(DocumentField.STAY_EXPIRY_DATE, FieldSource.VIZ)).contains("2027-03-24");
            assertThat(r.findings()).extracting(Finding::code).containsExactly(ReasonCode.STAY_EXTENSION_INCONSISTENT);
        }

        @Test
        void blankExtensionRowsAreNotSentToOcr() throws Exception {
            BufferedImage flat = DocumentRenderer.residenceCardBack("KT20481937", List.of(
                    new Extension(LocalDate.of(2025, 4, 11), LocalDate.of(2027, 4, 10))));
            byte[] jpeg = Capture.jpeg(Capture.photo(flat, Degradation.NONE, false, 13), 0.9f);
            AtomicInteger digitReads = new AtomicInteger();
            OcrEngine counting = new OcrEngine() {
                @Override
                public OcrText read(BufferedImage region, OcrProfile profile) {
                    if (profile == OcrProfile.DIGIT_LINE) {
                        digitReads.incrementAndGet();
                    }
                    return pool.read(region, profile);
                }

                @Override
                public List<OcrSymbol> symbols(BufferedImage region, OcrProfile profile) {
                    return pool.symbols(region, profile);
                }
            };
            DocumentReading r = new DocumentChecker(counting, QualityThresholds.DEFAULT, DocumentCheckerTest.CLOCK)
                    .check(jpeg, DocumentType.RESIDENCE_CARD_BACK);
            assertThat(r.value(DocumentField.STAY_EXPIRY_DATE, FieldSource.VIZ)).contains("2027-04-10");
            assertThat(digitReads.get()).isEqualTo(2);
        }

        @Test
        void blankAndPrintedCellsAreToldApart() throws Exception {
            BufferedImage flat = DocumentRenderer.residenceCardBack("KT20481937", List.of(
                    new Extension(LocalDate.of(2025, 4, 11), LocalDate.of(2027, 4, 10))));
            byte[] jpeg = Capture.jpeg(Capture.photo(flat, Degradation.DARK, false, 14), 0.9f);
            var assessment = new QualityGate(QualityThresholds.DEFAULT).assess(DocumentImageDecoder.decode(jpeg),
                    DocumentType.RESIDENCE_CARD_BACK);
            DocumentLayout l = DocumentLayout.RESIDENCE_CARD_BACK;
            assertThat(ZoneReader.blank(assessment.normalised(), l.pixels(DocumentLayout.extensionExpiry(0)))).isFalse();
            assertThat(ZoneReader.blank(assessment.normalised(), l.pixels(DocumentLayout.extensionExpiry(1)))).isTrue();
            assertThat(ZoneReader.blank(assessment.normalised(), l.pixels(DocumentLayout.extensionPermit(3)))).isTrue();
        }
    }
}
