package org.ekyc.hub.verification.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.document.DocumentField;
import org.ekyc.hub.verification.api.document.DocumentType;
import org.ekyc.hub.verification.api.document.FieldLocation;
import org.ekyc.hub.verification.api.document.FieldReading;
import org.ekyc.hub.verification.api.document.FieldSource;
import org.ekyc.hub.verification.api.document.Finding;
import org.ekyc.hub.verification.api.document.Severity;
import org.ekyc.hub.verification.document.kr.RegistrationNumber;
import org.ekyc.hub.verification.document.ocr.OcrSymbol;
import org.ekyc.hub.verification.document.ocr.TextRows;
import org.ekyc.hub.verification.document.ocr.TextRows.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fields found by label and pattern on word boxes (no Tesseract), and the trust rule. */
class CardFieldsTest {

    /** A synthetic foreigner's number with a valid legacy check digit. */
    private static final String NUMBER = "850101512346" + RegistrationNumber.checkDigit("850101512346", true);

    /** Symbols of one line of text, 20 px per character, words separated by one character's gap. */
    private static List<OcrSymbol> line(int line, int y, String text, double confidence) {
        List<OcrSymbol> symbols = new ArrayList<>();
        int x = 10;
        for (char c : text.toCharArray()) {
            if (c != ' ') {
                symbols.add(new OcrSymbol(line, String.valueOf(c), confidence, x, y, x + 18, y + 24));
            }
            x += 20;
        }
        return symbols;
    }

    private static List<Row> card(double confidence, String... lines) {
        List<OcrSymbol> all = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            all.addAll(line(i, 20 + i * 50, lines[i], confidence));
        }
        return TextRows.of(all);
    }

    @Test
    void wordsAreGroupedIntoRowsWhateverTesseractsLinesWere() {
        List<OcrSymbol> symbols = new ArrayList<>(line(0, 20, "NAME", 0.9));
        // the value on the same baseline but another Tesseract "line" (sparse text mode)
        line(1, 21, "       NGUYEN VAN AN", 0.9).forEach(symbols::add);
        List<Row> rows = TextRows.of(symbols);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).text()).isEqualTo("NAME NGUYEN VAN AN");
    }

    @Test
    void aFieldIsFoundBesideItsKoreanAndEnglishLabel() {
        List<Row> rows = card(0.95, "외국인등록번호 Registration No. " + NUMBER.substring(0, 6) + "-" + NUMBER.substring(6),
                "성명 Name NGUYEN VAN AN");
        Map<DocumentField, CardFields.Located> found = CardFields.find(rows, DocumentType.ALIEN_REGISTRATION_CARD);
        assertThat(found.get(DocumentField.REGISTRATION_NUMBER).value()).isEqualTo(NUMBER);
        assertThat(found.get(DocumentField.REGISTRATION_NUMBER).location()).isEqualTo(FieldLocation.LABEL);
        assertThat(found.get(DocumentField.LATIN_NAME).value()).isEqualTo("NGUYEN VAN AN");
        assertThat(found.get(DocumentField.LATIN_NAME).location()).isEqualTo(FieldLocation.LABEL);
    }

    @Test
    void aFieldIsFoundBelowItsLabelAndTwoColumnsAreKeptApart() {
        List<Row> rows = card(0.95, "국가/지역 Country   체류자격 Status", "VIETNAM           F-6");
        Map<DocumentField, CardFields.Located> found = CardFields.find(rows, DocumentType.ALIEN_REGISTRATION_CARD);
        assertThat(found.get(DocumentField.NATIONALITY).value()).isEqualTo("VNM");
        assertThat(found.get(DocumentField.NATIONALITY).location()).isEqualTo(FieldLocation.LABEL);
        assertThat(found.get(DocumentField.STAY_STATUS).value()).isEqualTo("F-6");
    }

    @Test
    void unlabelledFieldsAreFoundByTheirPattern() {
        List<Row> rows = card(0.95, NUMBER.substring(0, 6) + " - " + NUMBER.substring(6), "PHILIPPINES", "E-9", "2023. 01. 07.");
        Map<DocumentField, CardFields.Located> found = CardFields.find(rows, DocumentType.ALIEN_REGISTRATION_CARD);
        assertThat(found.get(DocumentField.REGISTRATION_NUMBER).value()).isEqualTo(NUMBER);
        assertThat(found.get(DocumentField.REGISTRATION_NUMBER).location()).isEqualTo(FieldLocation.PATTERN);
        assertThat(found.get(DocumentField.NATIONALITY).value()).isEqualTo("PHL");
        assertThat(found.get(DocumentField.STAY_STATUS).value()).isEqualTo("E-9");
        assertThat(found.get(DocumentField.ISSUE_DATE).value()).isEqualTo("2023-01-07");
        assertThat(found.get(DocumentField.ISSUE_DATE).location()).isEqualTo(FieldLocation.PATTERN);
        assertThat(found).doesNotContainKey(DocumentField.LATIN_NAME);
    }

    @Test
    void datesAreReadInTheFormsIssuersPrint() {
        assertThat(CardFields.date("2023. 01. 07.", false)).contains("2023-01-07");
        assertThat(CardFields.date("07 JAN 2023", false)).contains("2023-01-07");
        assertThat(CardFields.date("2023-01-07", false)).contains("2023-01-07");
        assertThat(CardFields.date("2025.01.01 ~ 2034.12.31", true)).contains("2034-12-31");
    }

    @Test
    void aLicencePrintsTwoDatesSoTheIssueDateIsNotGuessedByPattern() {
        List<Row> rows = card(0.95, "2030.08.18", "2020.08.19");
        assertThat(CardFields.find(rows, DocumentType.DRIVER_LICENCE)).doesNotContainKey(DocumentField.ISSUE_DATE);
    }

    @Test
    void aLicencesIssueDateIsTheOneDateOutsideAndBeforeItsRenewalPeriod() {
        Map<DocumentField, CardFields.Located> found = CardFields.find(card(0.95, "적성검사기간 2033.01.01 ~ 2033.12.31",
                "조건 : 식별번호 BABA3", "2023.10.04", "서울경찰청장"), DocumentType.DRIVER_LICENCE);
        assertThat(found.get(DocumentField.EXPIRY_DATE).value()).isEqualTo("2033-12-31");
        assertThat(found.get(DocumentField.ISSUE_DATE).value()).isEqualTo("2023-10-04");
        assertThat(found.get(DocumentField.ISSUE_DATE).location()).isEqualTo(FieldLocation.PATTERN);
        // the period's row split in two: its end is not taken from the start, and the end is not an issue date
        Map<DocumentField, CardFields.Located> split = CardFields.find(card(0.95, "적성검사기간 2033.01.01 ~", "2033.12.31",
                "2023.10.04"), DocumentType.DRIVER_LICENCE);
        assertThat(split).doesNotContainKey(DocumentField.EXPIRY_DATE);
        assertThat(split.get(DocumentField.ISSUE_DATE).value()).isEqualTo("2023-10-04");
        // the issue date's row lost: the period's end is never taken for it
        assertThat(CardFields.find(card(0.95, "적성검사기간 2033.01.01 ~", "2033.12.31"), DocumentType.DRIVER_LICENCE))
                .doesNotContainKey(DocumentField.ISSUE_DATE);
        // a period whose label was misread is still a period (two dates, a tilde)
        assertThat(CardFields.find(card(0.95, "저성거사기가 2033.01.01 ~ 2033.12.31", "2023.10.04"), DocumentType.DRIVER_LICENCE)
                .get(DocumentField.ISSUE_DATE).value()).isEqualTo("2023-10-04");
    }

    @Test
    void aRenewalPeriodWhoseEndWasNotReadGivesNoExpiryDate() {
        assertThat(CardFields.periodEnd("갱신기간 2032.01.01 ~ 2032.12.31")).contains("2032-12-31");
        assertThat(CardFields.periodEnd("갱신기간 2032.01.01 ~ 2032.")).isEmpty();
        assertThat(CardFields.periodEnd("2032.01.01 ~")).isEmpty();
        assertThat(CardFields.periodEnd("~ 2032.12.31")).contains("2032-12-31");
        assertThat(CardFields.periodEnd("2032.12.31")).contains("2032-12-31");
        assertThat(CardFields.find(card(0.95, "갱신기간 2032.01.01 ~ 2032.", "2022.10.09"), DocumentType.DRIVER_LICENCE))
                .doesNotContainKey(DocumentField.EXPIRY_DATE);
    }

    private static FieldReading region(DocumentField f, String value, double confidence) {
        return new FieldReading(f, FieldSource.VIZ, value, confidence);
    }

    @Test
    void twoReadsThatAgreeAreTrusted() {
        Map<DocumentField, CardFields.Merged> merged = CardFields.merge(
                Map.of(DocumentField.HANGUL_NAME, region(DocumentField.HANGUL_NAME, "김서연", 0.5),
                        DocumentField.REGISTRATION_NUMBER, region(DocumentField.REGISTRATION_NUMBER, NUMBER, 0.5)),
                Map.of(DocumentField.HANGUL_NAME, new CardFields.Located(DocumentField.HANGUL_NAME, "김서연", FieldLocation.PATTERN, 0.5),
                        DocumentField.REGISTRATION_NUMBER, new CardFields.Located(DocumentField.REGISTRATION_NUMBER, NUMBER,
                                FieldLocation.PATTERN, 0.5)));
        assertThat(merged.get(DocumentField.HANGUL_NAME).reads()).isEqualTo(2);
        assertThat(CardFields.trust(DocumentType.RESIDENT_ID_CARD, merged)).isEmpty();
    }

    @Test
    void aKeyFieldFoundOnlyByLabelWithADoubtfulGlyphIsARetakeNeverAnAcceptance() {
        Map<DocumentField, CardFields.Merged> merged = CardFields.merge(Map.of(),
                Map.of(DocumentField.LATIN_NAME, new CardFields.Located(DocumentField.LATIN_NAME, "NGUYEN VAN AN", FieldLocation.LABEL, 0.6)));
        List<Finding> findings = CardFields.trust(DocumentType.ALIEN_REGISTRATION_CARD, merged);
        assertThat(findings).extracting(Finding::code).containsExactly(ReasonCode.DOCUMENT_READ_UNCERTAIN);
        assertThat(findings).extracting(Finding::severity).containsExactly(Severity.RETAKE);
        assertThat(findings.get(0).evidence()).contains("latinName by LABEL").doesNotContain("NGUYEN");
    }

    @Test
    void aConfidentSingleReadAndASelfCheckingNumberAreTrusted() {
        Map<DocumentField, CardFields.Merged> merged = CardFields.merge(Map.of(),
                Map.of(DocumentField.LATIN_NAME, new CardFields.Located(DocumentField.LATIN_NAME, "NGUYEN VAN AN", FieldLocation.LABEL, 0.97),
                        DocumentField.REGISTRATION_NUMBER, new CardFields.Located(DocumentField.REGISTRATION_NUMBER, NUMBER,
                                FieldLocation.PATTERN, 0.3)));
        assertThat(CardFields.trust(DocumentType.ALIEN_REGISTRATION_CARD, merged)).isEmpty();
    }

    @Test
    void aHangulNameReadOnceIsNeverEnoughAndAMissingLatinNameIsNotAccepted() {
        Map<DocumentField, CardFields.Merged> merged = CardFields.merge(Map.of(),
                Map.of(DocumentField.HANGUL_NAME, new CardFields.Located(DocumentField.HANGUL_NAME, "최도도", FieldLocation.PATTERN, 0.99)));
        assertThat(CardFields.trust(DocumentType.RESIDENT_ID_CARD, merged)).extracting(Finding::code)
                .containsExactly(ReasonCode.DOCUMENT_READ_UNCERTAIN);
        assertThat(CardFields.trust(DocumentType.ALIEN_REGISTRATION_CARD, Map.of())).extracting(Finding::evidence)
                .anyMatch(e -> e.contains("latinName not found"));
    }

    @Test
    void readsThatDisagreeOnACardFollowingTheLayoutAreNotTrusted() {
        Map<DocumentField, CardFields.Merged> merged = CardFields.merge(
                Map.of(DocumentField.HANGUL_NAME, region(DocumentField.HANGUL_NAME, "정민준", 0.99),
                        DocumentField.REGISTRATION_NUMBER, region(DocumentField.REGISTRATION_NUMBER, NUMBER, 0.99),
                        DocumentField.ISSUE_DATE, region(DocumentField.ISSUE_DATE, "2020-08-19", 0.99)),
                Map.of(DocumentField.HANGUL_NAME, new CardFields.Located(DocumentField.HANGUL_NAME, "전민준", FieldLocation.PATTERN, 0.99),
                        DocumentField.REGISTRATION_NUMBER, new CardFields.Located(DocumentField.REGISTRATION_NUMBER, NUMBER, FieldLocation.PATTERN, 0.99),
                        DocumentField.ISSUE_DATE, new CardFields.Located(DocumentField.ISSUE_DATE, "2020-08-19", FieldLocation.LABEL, 0.99)));
        assertThat(merged.get(DocumentField.HANGUL_NAME).disagreed()).isTrue();
        assertThat(CardFields.trust(DocumentType.RESIDENT_ID_CARD, merged)).extracting(Finding::severity)
                .containsExactly(Severity.RETAKE);
    }

    @Test
    void aNameFoundByPatternAndReadTwiceAlikeIsTrustedWhenItHasANamesLength() {
        CardFields.Merged name = new CardFields.Merged(new FieldReading(DocumentField.HANGUL_NAME, FieldSource.VIZ, "최도윤", 0.99,
                FieldLocation.PATTERN), 2, false);
        CardFields.Merged title = new CardFields.Merged(new FieldReading(DocumentField.HANGUL_NAME, FieldSource.VIZ, "즈미드로즈", 0.99,
                FieldLocation.PATTERN), 2, false);
        Map<DocumentField, CardFields.Merged> rest = Map.of(
                DocumentField.REGISTRATION_NUMBER, new CardFields.Merged(region(DocumentField.REGISTRATION_NUMBER, NUMBER, 0.99), 2, false),
                DocumentField.ISSUE_DATE, new CardFields.Merged(region(DocumentField.ISSUE_DATE, "2020-08-19", 0.99), 2, false));
        Map<DocumentField, CardFields.Merged> withName = new java.util.EnumMap<>(rest);
        withName.put(DocumentField.HANGUL_NAME, name);
        Map<DocumentField, CardFields.Merged> withTitle = new java.util.EnumMap<>(rest);
        withTitle.put(DocumentField.HANGUL_NAME, title);
        assertThat(CardFields.trust(DocumentType.RESIDENT_ID_CARD, withName)).isEmpty();
        assertThat(CardFields.trust(DocumentType.RESIDENT_ID_CARD, withTitle)).extracting(Finding::code)
                .containsExactly(ReasonCode.DOCUMENT_READ_UNCERTAIN);
    }

    @Test
    void aForeignersHangulNameReadBadlyIsLeftOutNotARetake() {
        Map<DocumentField, CardFields.Merged> merged = new java.util.EnumMap<>(DocumentField.class);
        merged.put(DocumentField.LATIN_NAME, new CardFields.Merged(region(DocumentField.LATIN_NAME, "SANTOS JOSE", 0.99), 1, false));
        merged.put(DocumentField.HANGUL_NAME, new CardFields.Merged(region(DocumentField.HANGUL_NAME, "산토스", 0.37), 1, false));
        assertThat(CardFields.trusted(DocumentField.HANGUL_NAME, merged.get(DocumentField.HANGUL_NAME))).isFalse();
        assertThat(CardFields.trust(DocumentType.ALIEN_REGISTRATION_CARD, merged)).isEmpty();
        // on a citizen's card the Hangul name is the holder's name: the same read asks for another photo
        assertThat(CardFields.trust(DocumentType.RESIDENT_ID_CARD, merged)).extracting(Finding::code)
                .containsExactly(ReasonCode.DOCUMENT_READ_UNCERTAIN);
    }

    // ------------------------------------------------ Tesseract's word boundaries (what its symbol boxes lose)

    /**
     * Symbols as Tesseract gives them on print it reads well: every word begins with {@code wordStart}, every Hangul
     * syllable too (it calls each one a word); each space is 4 px wide, about as narrow as the gap between two
     * letters (2 px), so the boxes alone would join the words.
     */
    private static List<OcrSymbol> tesseractLine(int line, int y, String text) {
        List<OcrSymbol> symbols = new ArrayList<>();
        int x = 10;
        boolean start = true;
        for (char c : text.toCharArray()) {
            if (c == ' ') {
                start = true;
                x += 4;
                continue;
            }
            boolean hangul = Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
            symbols.add(new OcrSymbol(line, String.valueOf(c), 0.97, x, y, x + 18, y + 24, start || hangul));
            x += 20;
            start = false;
        }
        return symbols;
    }

    @Test
    void tesseractsSpaceSeparatesANameItsBoxesWouldJoin() {
        List<Row> rows = TextRows.of(tesseractLine(0, 20, "RAHIMOVA JASUR"));
        assertThat(rows.get(0).words()).extracting(TextRows.Word::text).containsExactly("RAHIMOVA", "JASUR");
    }

    @Test
    void aLetterWhoseBoxGoesBackwardsStaysInItsWord() {
        List<OcrSymbol> symbols = new ArrayList<>(tesseractLine(0, 20, "UZBEKISTAN"));
        OcrSymbol n = symbols.get(symbols.size() - 1);
        // Tesseract's box of the last N starts left of the A before it: no new word for all that
        symbols.set(symbols.size() - 1, new OcrSymbol(0, "N", n.confidence(), n.left() - 30, n.top(), n.right(), n.bottom(), false));
        assertThat(TextRows.of(symbols).get(0).words()).extracting(TextRows.Word::text).containsExactly("UZBEKISTAN");
    }

    @Test
    void aBilingualLabelReadAsOneWordIsSplitWhereTheScriptChanges() {
        List<Row> rows = TextRows.of(tesseractLine(0, 20, "Status 체류자격"));
        // the Hangul syllables, each a "word" to Tesseract, stay one word: their gap decides
        assertThat(rows.get(0).words()).extracting(TextRows.Word::text).containsExactly("Status", "체류자격");
        assertThat(CardFields.labels(rows)).extracting(h -> h.field()).contains(DocumentField.STAY_STATUS);
    }

    @Test
    void aHangulNameWhoseSyllablesAreBoxedOneByOneKeepsAllThree() {
        // as Tesseract boxed 정수은 on seed 21 of the evaluation: a syllable, noise, then the other two apart
        List<TextRows.Word> words = java.util.stream.Stream.of("정", "@0", "aay", "수", "은")
                .map(w -> new TextRows.Word(w, 0.99, 0.99, new Rectangle(0, 0, 20, 20))).toList();
        assertThat(CardFields.value(DocumentField.HANGUL_NAME, words, FieldLocation.LABEL))
                .map(CardFields.Located::value).contains("정수은");
    }

    @Test
    void aKoreanNameLabelWithHangulBesideItIsTheHangulNameOfACardThatPrintsTheLatinNameOnItsOwnRow() {
        // label and value a column apart (each space here is 4 px)
        List<OcrSymbol> symbols = new ArrayList<>(tesseractLine(0, 20, "성명        장윤경"));
        symbols.addAll(tesseractLine(1, 70, "Name JANG YUNGYEONG"));
        Map<DocumentField, CardFields.Located> found = CardFields.find(TextRows.of(symbols),
                DocumentType.OVERSEAS_KOREAN_RESIDENCE_CARD);
        assertThat(found.get(DocumentField.HANGUL_NAME).value()).isEqualTo("장윤경");
        assertThat(found.get(DocumentField.LATIN_NAME).value()).isEqualTo("JANG YUNGYEONG");
    }

    @Test
    void aHangulWordWithAStrayBracketIsAMisreadNotAName() {
        // 장 read as "[": the two syllables left are not the name
        List<Row> rows = card(0.95, "성명 [유경", "Name JANG YUNGYEONG");
        assertThat(CardFields.find(rows, DocumentType.OVERSEAS_KOREAN_RESIDENCE_CARD)).doesNotContainKey(DocumentField.HANGUL_NAME);
    }

    @Test
    void aWordFarToTheRightOfANameIsNotPartOfIt() {
        // background pattern read as letters, well clear of the name
        List<Row> rows = card(0.95, "Name JANG YUNGYEONG          EE");
        assertThat(CardFields.find(rows, DocumentType.OVERSEAS_KOREAN_RESIDENCE_CARD).get(DocumentField.LATIN_NAME).value())
                .isEqualTo("JANG YUNGYEONG");
    }

    @Test
    void aLabelWhoseValueTheCardsReadLostPointsToTheLineBesideAndTheLineBelowIt() {
        // the whole card's read dropped the status ("방문취업(H-2)" read as "3"), the next label comes two rows down
        List<Row> rows = card(0.95, "Status", "3", "Country MONGOLIA");
        Map<DocumentField, CardFields.Located> found = CardFields.find(rows, DocumentType.ALIEN_REGISTRATION_CARD);
        assertThat(found).doesNotContainKey(DocumentField.STAY_STATUS);
        List<Rectangle> areas = CardFields.valueAreas(rows, DocumentType.ALIEN_REGISTRATION_CARD, found, 800, 500)
                .get(DocumentField.STAY_STATUS);
        Rectangle three = rows.get(1).box();
        assertThat(areas).hasSize(2);
        assertThat(areas.get(0).y).isLessThan(rows.get(0).box().y + rows.get(0).box().height); // beside the label
        assertThat(areas.get(1).contains(three)).as("the line below, down to the next label").isTrue();
        assertThat(areas.get(1).y + areas.get(1).height).isLessThanOrEqualTo(rows.get(2).box().y);
        // a field found, or one without a label, is not read again
        assertThat(CardFields.valueAreas(rows, DocumentType.ALIEN_REGISTRATION_CARD, found, 800, 500))
                .doesNotContainKeys(DocumentField.NATIONALITY, DocumentField.ISSUE_DATE);
    }

    @Test
    void aLabelWhoseBoxReachesIntoTheValueBelowAlsoPointsToTheBandFromItsLinesBottom() {
        // Tesseract joined the top of the value below to the label's first glyph: that glyph's box is 44 px tall
        List<OcrSymbol> symbols = new ArrayList<>(line(0, 20, "체류자격 Status", 0.95));
        OcrSymbol first = symbols.get(0);
        symbols.set(0, new OcrSymbol(first.line(), first.text(), first.confidence(), first.left(), first.top(), first.right(), first.top() + 44));
        symbols.addAll(line(1, 110, "Country MONGOLIA", 0.95));
        List<Row> rows = TextRows.of(symbols);
        List<Rectangle> areas = CardFields.valueAreas(rows, DocumentType.ALIEN_REGISTRATION_CARD, Map.of(), 800, 500)
                .get(DocumentField.STAY_STATUS);
        assertThat(areas).hasSize(3);
        assertThat(areas.get(1).y).as("below the label's box, as before").isEqualTo(64);
        assertThat(areas.get(2).y).as("then below the line's shortest word, tried after").isEqualTo(44);
        assertThat(areas.get(2).y + areas.get(2).height).isLessThanOrEqualTo(rows.get(1).box().y);
    }

    private static TextRows.Word word(String text, int x, int y, int width, int height) {
        return new TextRows.Word(text, 0.95, 0.95, new Rectangle(x, y, width, height));
    }

    @Test
    void aValueInLargerTypeJoinedToTheNextLabelsRowIsLookedForFromTheLabelRowsLeftEdge() {
        // the label's Korean half garbled (은 ay 격: only Status is a label, at x 137), the value D-2 below it in larger
        // type joined by Tesseract to the next label's row, whose box then starts at the value (y 283)
        List<Row> rows = List.of(
                new Row(List.of(word("은", 51, 262, 38, 20), word("ay", 85, 262, 42, 20), word("Status", 137, 263, 52, 16))),
                new Row(List.of(word("us", 51, 292, 59, 49), word("a", 103, 283, 33, 58),
                        word("Country/Region", 146, 323, 148, 21))),
                new Row(List.of(word("INDONESIA", 51, 334, 208, 39))));
        List<Rectangle> areas = CardFields.valueAreas(rows, DocumentType.ALIEN_REGISTRATION_CARD, Map.of(), 856, 540)
                .get(DocumentField.STAY_STATUS);
        Rectangle value = new Rectangle(51, 285, 60, 33); // where D-2 is printed
        // the bands before it (beside the label; below it, cut at y 283 by the next row's box) miss the value
        assertThat(areas.subList(0, areas.size() - 1)).noneMatch(a -> a.contains(value));
        Rectangle last = areas.get(areas.size() - 1);
        assertThat(last.contains(value)).as("the band from the row's left edge, %s", last).isTrue();
        assertThat(last.y + last.height).as("above the next label's line").isLessThanOrEqualTo(344 - 16);
    }

    @Test
    void anOlderLicenceNumberWithItsRegionsNameIsReadInTheCurrentForm() {
        List<Row> rows = card(0.95, "1종보통 경남 21-784606-72");
        assertThat(CardFields.find(rows, DocumentType.DRIVER_LICENCE).get(DocumentField.LICENCE_NUMBER).value())
                .isEqualTo("20-21-784606-72");
        assertThat(org.ekyc.hub.verification.document.kr.LicenceRegion.number("서울 09-123456-01")).contains("11-09-123456-01");
        assertThat(org.ekyc.hub.verification.document.kr.LicenceRegion.number("종로 09-123456-01")).isEmpty();
    }

    @Test
    void aRenewalPeriodWhoseLabelWasMisreadIsFoundByItsFormAndEndsTheLicence() {
        // the label 적성검사기간 read as Latin noise: the row's date, tilde and later date are still a period
        List<Row> rows = card(0.95, "1종보통 25-23-191687-42", "정희서", "871231-2883425", "ASBA7 2033.01.01 ~ 2033.12.31",
                "2023.10.04");
        CardFields.Located expiry = CardFields.find(rows, DocumentType.DRIVER_LICENCE).get(DocumentField.EXPIRY_DATE);
        assertThat(expiry.value()).isEqualTo("2033-12-31");
        assertThat(expiry.location()).isEqualTo(FieldLocation.PATTERN);
        // two periods that end differently, or an "end" before the start, are not a period to take
        assertThat(CardFields.renewalPeriod(card(0.95, "2033.01.01 ~ 2033.12.31", "2031.01.01 ~ 2031.12.31"))).isEmpty();
        assertThat(CardFields.renewalPeriod(card(0.95, "2033.12.31 ~ 2033.01.01"))).isEmpty();
        assertThat(CardFields.renewalPeriod(card(0.95, "2033.01.01 2033.12.31"))).as("no tilde: two dates, not a period")
                .isEmpty();
    }

    @Test
    void aLicenceNumberTheCardsReadGarbledPointsToItsRowAndADashReadAsEqualsStillSeparates() {
        List<Row> rows = card(0.95, "자동차운전면허증", "1 종보통 2052225 / 975723 |", "한도은", "850925-1024738",
                "2020.1.28 7052225 1");
        Map<DocumentField, CardFields.Located> found = CardFields.find(rows, DocumentType.DRIVER_LICENCE);
        assertThat(found).doesNotContainKey(DocumentField.LICENCE_NUMBER);
        List<Rectangle> where = CardFields.licenceNumberRows(rows, DocumentType.DRIVER_LICENCE, found);
        assertThat(where).as("the row with the licence class; not the resident number's nor a date's row")
                .containsExactly(rows.get(1).box());
        assertThat(CardFields.licenceNumberRows(card(0.95, "1종보통 20-22-579757-31"), DocumentType.DRIVER_LICENCE,
                CardFields.find(card(0.95, "1종보통 20-22-579757-31"), DocumentType.DRIVER_LICENCE))).isEmpty();
        assertThat(CardFields.licenceNumberRows(rows, DocumentType.RESIDENT_ID_CARD, Map.of())).isEmpty();
        assertThat(CardFields.find(card(0.95, "tee 15=21-517519-81"), DocumentType.DRIVER_LICENCE)
                .get(DocumentField.LICENCE_NUMBER).value()).isEqualTo("15-21-517519-81");
    }

    @Test
    void theEnglishNameLabelReadWithALetterLostIsNotTheHoldersName() {
        List<Row> rows = card(0.95, "성명 Nam", "CHEN MINGJUN", "Registration No", "740628-6363086");
        CardFields.Located name = CardFields.find(rows, DocumentType.ALIEN_REGISTRATION_CARD).get(DocumentField.LATIN_NAME);
        assertThat(name.value()).isEqualTo("CHEN MINGJUN");
        assertThat(CardFields.misreadNameLabel("NAMI")).isTrue();
        assertThat(CardFields.misreadNameLabel("NAME")).as("the label itself is found as a label").isFalse();
        assertThat(CardFields.misreadNameLabel("NGUYEN")).isFalse();
        // beside the whole label (성명 Name) a surname NAM is the holder's
        assertThat(CardFields.find(card(0.95, "성명 Name NAM JIHO"), DocumentType.ALIEN_REGISTRATION_CARD)
                .get(DocumentField.LATIN_NAME).value()).isEqualTo("NAM JIHO");
    }

    @Test
    void aDoubtfulRegionReadNeitherConfirmsNorContradictsAConfidentOne() {
        Map<DocumentField, CardFields.Located> located = Map.of(
                DocumentField.HANGUL_NAME, new CardFields.Located(DocumentField.HANGUL_NAME, "강희서", FieldLocation.PATTERN, 0.98),
                DocumentField.REGISTRATION_NUMBER, new CardFields.Located(DocumentField.REGISTRATION_NUMBER, NUMBER, FieldLocation.PATTERN, 0.98),
                DocumentField.EXPIRY_DATE, new CardFields.Located(DocumentField.EXPIRY_DATE, "2031-12-31", FieldLocation.LABEL, 0.99));
        // the layout is followed (two fields agree); its expiry region read the start of a range, doubtfully
        Map<DocumentField, FieldReading> doubtful = Map.of(
                DocumentField.HANGUL_NAME, region(DocumentField.HANGUL_NAME, "강희서", 0.98),
                DocumentField.REGISTRATION_NUMBER, region(DocumentField.REGISTRATION_NUMBER, NUMBER, 0.98),
                DocumentField.EXPIRY_DATE, region(DocumentField.EXPIRY_DATE, "2031-01-01", 0.62));
        CardFields.Merged expiry = CardFields.merge(doubtful, located).get(DocumentField.EXPIRY_DATE);
        assertThat(expiry.reading().value()).isEqualTo("2031-12-31");
        assertThat(expiry.disagreed()).isFalse();
        // a confident region read that disagrees still makes the two reads disagree
        Map<DocumentField, FieldReading> confident = new java.util.HashMap<>(doubtful);
        confident.put(DocumentField.EXPIRY_DATE, region(DocumentField.EXPIRY_DATE, "2031-01-01", 0.95));
        assertThat(CardFields.merge(confident, located).get(DocumentField.EXPIRY_DATE).disagreed()).isTrue();
    }

    @Test
    void latinLettersBesideTheKoreanNameLabelAreNotTheLatinNameWhenNameLabelsItsOwnRow() {
        // 윤경수 read as Latin letters beside 성명 on a card that labels the two names apart
        List<Row> rows = card(0.95, "성명 OWA LS", "Name YOON GYEONGSU");
        assertThat(CardFields.find(rows, DocumentType.OVERSEAS_KOREAN_RESIDENCE_CARD).get(DocumentField.LATIN_NAME).value())
                .isEqualTo("YOON GYEONGSU");
        // the Name row lost: nothing, rather than the misread Hangul
        assertThat(CardFields.find(card(0.95, "성명 OWA LS", "Name"), DocumentType.OVERSEAS_KOREAN_RESIDENCE_CARD))
                .doesNotContainKey(DocumentField.LATIN_NAME);
        // one label for both (성명 Name): the Latin name beside it, as before
        assertThat(CardFields.find(card(0.95, "성명 Name KEO VISAL"), DocumentType.ALIEN_REGISTRATION_CARD)
                .get(DocumentField.LATIN_NAME).value()).isEqualTo("KEO VISAL");
    }

    /** A status as read, and the code it stands for (empty: nothing). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', emptyValue = "", value = {
        "영주 (『-5)        | F-5",
        "결혼이민(80-6)     | F-6",
        "재외동포 (F−4)   | F-4",
        // E for F, the classic confusion: the name and the number decide
        "영주(E-5)          | F-5",
        "재외동포(E-4-11)   | F-4-11",
        // the code as read when the name agrees, or when there is no name
        "비전문취업(E-9)    | E-9",
        "E-9                | E-9",
        // the name and the number disagree: a contradiction, nothing
        "영주(『-6)         | ''",
        "영주(E-6)          | ''",
        // a name without any number is not enough (거주 and 영주 differ by one syllable)
        "영주 (             | ''",
        // a registration number's digits after a dash are not a status number
        "영주 850101-5123456 | ''"})
    void aStayStatusWhoseLetterWasMisreadIsReadFromItsKoreanNameAndNumber(String read, String code) {
        assertThat(CardFields.stayStatus(read)).isEqualTo(code.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(code));
    }

    @Test
    void aStayStatusIsFoundBesideItsLabelWhenOnlyItsKoreanNameAndNumberWereRead() {
        List<Row> rows = card(0.95, "성명 Name KEO VISAL", "체류자격 Status 결혼이민(80-6)");
        CardFields.Located stay = CardFields.find(rows, DocumentType.ALIEN_REGISTRATION_CARD).get(DocumentField.STAY_STATUS);
        assertThat(stay.value()).isEqualTo("F-6");
        assertThat(stay.location()).isEqualTo(FieldLocation.LABEL);
    }

    @Test
    void aHangulNameTheCardLabelsOnItsOwnRowAndNoReadGaveIsARetake() {
        List<Row> apart = card(0.95, "성명 OWA LS", "Name YOON GYEONGSU");
        Map<DocumentField, CardFields.Merged> merged = CardFields.merge(Map.of(), CardFields.find(apart,
                DocumentType.OVERSEAS_KOREAN_RESIDENCE_CARD));
        assertThat(merged).doesNotContainKey(DocumentField.HANGUL_NAME);
        assertThat(CardFields.trust(DocumentType.OVERSEAS_KOREAN_RESIDENCE_CARD, merged, apart)).extracting(Finding::evidence)
                .anyMatch(e -> e.contains("hangulName not found"));
        // one label for both names (성명 Name): no Hangul name is printed, none is asked for
        List<Row> together = card(0.95, "성명 Name YOON GYEONGSU");
        assertThat(CardFields.trust(DocumentType.OVERSEAS_KOREAN_RESIDENCE_CARD, CardFields.merge(Map.of(),
                CardFields.find(together, DocumentType.OVERSEAS_KOREAN_RESIDENCE_CARD)), together)).extracting(Finding::evidence)
                .noneMatch(e -> e.contains("hangulName"));
        // a foreigner's card: the Hangul name stays optional
        assertThat(CardFields.trust(DocumentType.ALIEN_REGISTRATION_CARD, merged, apart)).extracting(Finding::evidence)
                .noneMatch(e -> e.contains("hangulName"));
    }
}
