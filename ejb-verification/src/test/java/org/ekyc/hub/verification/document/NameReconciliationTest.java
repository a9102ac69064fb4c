package org.ekyc.hub.verification.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.ekyc.hub.verification.api.document.DocumentField;
import org.ekyc.hub.verification.document.mrz.Mrz;
import org.ekyc.hub.verification.document.mrz.MrzParser;
import org.junit.jupiter.api.Test;

class NameReconciliationTest {

    @Test
    void aFillerReadAsATrailingLetterIsDroppedWhenTheVisualZoneAgrees() {
        Mrz mrz = MrzParser.td3("P<UTOERIKSSON<<ANNA<MARIAK<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10");
        Map<DocumentField, String> viz = new EnumMap<>(DocumentField.class);
        viz.put(DocumentField.SURNAME, "ERIKSSON");
        viz.put(DocumentField.GIVEN_NAMES, "ANNA MARIA");
        assertThat(DocumentChecker.reconcileNames(mrz, viz).givenNames()).isEqualTo("ANNA MARIA");
        viz.put(DocumentField.GIVEN_NAMES, "ANNA MARIAK");
        assertThat(DocumentChecker.reconcileNames(mrz, viz).givenNames()).isEqualTo("ANNA MARIAK");
    }

    @Test
    void aSeparatorReadAsKIsSplitWhereTheVisualZoneSplitsTheName() {
        Mrz mrz = MrzParser.td3("P<UTOERIKSSONK<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10");
        assertThat(mrz.givenNames()).isEmpty();
        Map<DocumentField, String> viz = new EnumMap<>(DocumentField.class);
        viz.put(DocumentField.SURNAME, "ERIKSSON");
        viz.put(DocumentField.GIVEN_NAMES, "ANNA MARIA");
        Mrz reconciled = DocumentChecker.reconcileNames(mrz, viz);
        assertThat(reconciled.surname()).isEqualTo("ERIKSSON");
        assertThat(reconciled.givenNames()).isEqualTo("ANNA MARIA");
    }

    @Test
    void aSingleFillerReadAsKInsideTheGivenNamesBecomesASpace() {
        Mrz mrz = MrzParser.td3("P<UTOERIKSSON<<ANNAKMARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10");
        Map<DocumentField, String> viz = new EnumMap<>(DocumentField.class);
        viz.put(DocumentField.SURNAME, "ERIKSSON");
        viz.put(DocumentField.GIVEN_NAMES, "ANNA MARIA");
        assertThat(DocumentChecker.reconcileNames(mrz, viz).givenNames()).isEqualTo("ANNA MARIA");
    }

    @Test
    void aVisualZoneWithOtherLettersDoesNotOverrideTheMrz() {
        Mrz mrz = MrzParser.td3("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10");
        Map<DocumentField, String> viz = new EnumMap<>(DocumentField.class);
        viz.put(DocumentField.SURNAME, "ERIKSEN");
        viz.put(DocumentField.GIVEN_NAMES, "ANNA MARIA");
        assertThat(DocumentChecker.reconcileNames(mrz, viz).surname()).isEqualTo("ERIKSSON");
    }
}
