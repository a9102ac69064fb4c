package org.ekyc.hub.verification.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.document.DocumentField;
import org.ekyc.hub.verification.api.document.Finding;
import org.ekyc.hub.verification.document.mrz.Mrz;
import org.ekyc.hub.verification.document.mrz.MrzParser;
import org.ekyc.hub.verification.document.ocr.TextRows;
import org.junit.jupiter.api.Test;

/** The MRZ's values found on a passport page whose design the layout does not know (synthetic person). */
class PassportVizTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Mrz MRZ = MrzParser.td3("P<UTONAMGUNG<<SOYEON<MIRA<<<<<<<<<<<<<<<<<<<",
            "XK48213054UTO9203147F3406016<<<<<<<<<<<<<<<6");

    private static TextRows.Row row(String text) {
        return new TextRows.Row(Arrays.stream(text.split(" "))
                .map(w -> new TextRows.Word(w, 0.9, 0.9, new Rectangle(0, 0, 10, 10))).toList());
    }

    private static final List<TextRows.Row> PAGE = List.of(
            row("REPUBLIC OF UTOPIA"), row("PASSPORT"),
            row("Type / Country code / Passport No."), row("P UTO XK4821305"),
            row("Surname"), row("NAMGUNG"), row("Given names"), row("SOYEON MIRA"),
            row("Date of birth Sex"), row("14 MAR 1992 F"),
            row("Date of issue Date of expiry"), row("2024. 06. 02. 01 JUN 2034"),
            row("P<UTONAMGUNG<<SOYEON<MIRA<<<<<<<<<<<<<<<<<<<"));

    @Test
    void findsTheMrzValuesWhereverThePagePrintsThem() {
        Map<DocumentField, String> found = PassportViz.confirm(MRZ, PAGE, TODAY);
        assertThat(found).containsEntry(DocumentField.DOCUMENT_NUMBER, "XK4821305")
                .containsEntry(DocumentField.SURNAME, "NAMGUNG")
                .containsEntry(DocumentField.GIVEN_NAMES, "SOYEON MIRA")
                .containsEntry(DocumentField.NATIONALITY, "UTO")
                .containsEntry(DocumentField.BIRTH_DATE, "1992-03-14")
                .containsEntry(DocumentField.EXPIRY_DATE, "2034-06-01");
    }

    @Test
    void aFillerReadAsALetterInAnMrzNameIsTakenOutWhereThePrintShowsIt() {
        // the synthetic page prints NAMGUNG / SOYEON MIRA; the MRZ was read with fillers as K and X
        Mrz misread = MrzParser.td3("P<UTONAMGUNG<<SOYEONXMIRAK<<<<<<<<<<<<<<<<<<",
                "XK48213054UTO9203147F3406016<<<<<<<<<<<<<<<6");
        assertThat(misread.givenNames()).isEqualTo("SOYEONXMIRAK");
        Mrz trimmed = PassportViz.fillersInNames(misread, PAGE);
        assertThat(trimmed.surname()).isEqualTo("NAMGUNG");
        assertThat(trimmed.givenNames()).isEqualTo("SOYEON MIRA");
        // names the page prints as the MRZ gives them stay, a K that is part of the name included
        assertThat(PassportViz.fillersInNames(MRZ, PAGE)).isSameAs(MRZ);
        Mrz erik = MrzParser.td3("P<UTOLARSSON<<ERIK<<<<<<<<<<<<<<<<<<<<<<<<<<",
                "XK48213054UTO9203147M3406016<<<<<<<<<<<<<<<6");
        assertThat(PassportViz.fillersInNames(erik, List.of(row("LARSSON"), row("ERIK"), row("ERI")))).isSameAs(erik);
        // a page that does not print the shorter form leaves the MRZ's name as it is
        assertThat(PassportViz.fillersInNames(misread, List.of(row("NAMGUNG")))).isSameAs(misread);
    }

    @Test
    void theMrzLineItselfConfirmsNothing() {
        Map<DocumentField, String> found = PassportViz.confirm(MRZ,
                List.of(row("P<UTONAMGUNG<<SOYEON<MIRA<<<<<<<<<<<<<<<<<<<"), row("XK48213054UTO9203147F3406016<<<<<<<<<<<<<<<6")),
                TODAY);
        assertThat(found).isEmpty();
    }

    @Test
    void aNameThePageDoesNotPrintStaysAMismatch() {
        // a printed page altered to another name: the MRZ's surname is printed nowhere
        List<TextRows.Row> altered = List.of(row("Surname"), row("PARKHURST"), row("Given names"), row("SOYEON MIRA"));
        Map<DocumentField, String> region = Map.of(DocumentField.SURNAME, "PARKHURST", DocumentField.GIVEN_NAMES, "SOYEON MIRA");
        Map<DocumentField, String> merged = PassportViz.merge(region, PassportViz.confirm(MRZ, altered, TODAY), MRZ, TODAY);
        List<Finding> findings = DocumentValidator.mrzAgainstViz(MRZ, merged, TODAY);
        assertThat(findings).extracting(Finding::code).containsExactly(ReasonCode.MRZ_VIZ_MISMATCH);
        assertThat(findings.get(0).evidence()).isEqualTo("surname");
    }

    @Test
    void aFieldMisreadAtTheLayoutsPlaceButPrintedElsewhereAgrees() {
        // the layout's surname region caught a label on this design; the page prints the MRZ's surname below it
        Map<DocumentField, String> region = Map.of(DocumentField.SURNAME, "GIVEN NAMES", DocumentField.BIRTH_DATE, "");
        Map<DocumentField, String> merged = PassportViz.merge(region, PassportViz.confirm(MRZ, PAGE, TODAY), MRZ, TODAY);
        assertThat(DocumentValidator.mrzAgainstViz(MRZ, merged, TODAY)).isEmpty();
    }

    @Test
    void aFullNameFieldWithWordsJoinedByOcrConfirmsBothNames() {
        Map<DocumentField, String> found = PassportViz.confirm(MRZ,
                List.of(row("Full name"), row("NAMGUNGSOYEON MIRA"), row("Sex"), row("Nu / F"), row("14/03/1992")), TODAY);
        assertThat(found).containsEntry(DocumentField.SURNAME, "NAMGUNG").containsEntry(DocumentField.GIVEN_NAMES, "SOYEON MIRA")
                .containsEntry(DocumentField.SEX, "F").containsEntry(DocumentField.BIRTH_DATE, "1992-03-14");
    }

    @Test
    void datesInTheFormsIssuersPrintWithTheirSeparatorsLost() {
        LocalDate d = LocalDate.of(1982, 10, 9);
        for (String printed : List.of("09 OCT 1982", "090CT1982", "09/10/1982", "10.09.1982", "0910 1982", "1982. 10. 09.",
                "1982-10-09")) {
            assertThat(PassportViz.datePrinted(List.of("Date of birth " + printed), d)).as(printed).isTrue();
        }
        assertThat(PassportViz.datePrinted(List.of("09 OCT 1983", "19821009 X"), d)).isTrue();
        assertThat(PassportViz.datePrinted(List.of("09 OCT 1983", "08/10/1982"), d)).isFalse();
    }

    @Test
    void aOneLetterWordOfAnMrzNameCountsOnlyWithTheWholeNamePrinted() {
        List<String> page = List.of("NGUYEN", "VAN AN", "N 12 JAN 1990");
        // a filler read as a space splits NGUYEN into "NGUY N": NGUY is inside NGUYEN and an N stands elsewhere
        assertThat(PassportViz.namePrinted(page, "NGUY N")).isFalse();
        // a short given name printed with the rest of the name is confirmed
        assertThat(PassportViz.namePrinted(page, "VAN AN")).isTrue();
    }

    @Test
    void twoLettersOfANameStayTwoLettersWhenThePrintIsComparedWithTheMrz() {
        // the MRZ read BUI as BUL: I and L look alike as digits (1), never as letters of a name
        Mrz misread = MrzParser.td3("P<VNMBUL<<VAN<MAI<<<<<<<<<<<<<<<<<<<<<<<<<<<",
                "C6574829<7VNM0004020M3305119<<<<<<<<<<<<<<<0");
        Map<DocumentField, String> found = PassportViz.confirm(misread,
                List.of(row("Ho va ten / Full name"), row("BUI VAN MAI"), row("VIETNAM")), TODAY);
        assertThat(found).doesNotContainKey(DocumentField.SURNAME).containsEntry(DocumentField.GIVEN_NAMES, "VAN MAI");
        assertThat(PassportViz.namePrinted(List.of("BUI", "VAN MAI"), "BUL")).isFalse();
        // a full name printed as one line, words joined by OCR, confirms both names: letters that look like digits too
        assertThat(PassportViz.confirm(MrzParser.td3("P<VNMBUI<<VAN<MAI<<<<<<<<<<<<<<<<<<<<<<<<<<<",
                "C6574829<7VNM0004020M3305119<<<<<<<<<<<<<<<0"), List.of(row("BUIVAN MAI")), TODAY))
                .containsEntry(DocumentField.SURNAME, "BUI").containsEntry(DocumentField.GIVEN_NAMES, "VAN MAI");
        // a digit read for a letter of the print still folds to that letter
        assertThat(PassportViz.namePrinted(List.of("8UI VAN MAI"), "BUI")).isTrue();
    }
}
