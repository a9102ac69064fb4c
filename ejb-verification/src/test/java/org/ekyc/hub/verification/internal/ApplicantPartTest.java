package org.ekyc.hub.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.ekyc.hub.verification.api.Address;
import org.ekyc.hub.verification.api.AddressKind;
import org.ekyc.hub.verification.api.Applicant;
import org.ekyc.hub.verification.api.FieldRules;
import org.ekyc.hub.verification.person.DocumentIdentity;
import org.junit.jupiter.api.Test;

/** The applicant read back from a case: as recorded, and as asked of the registries after a document. */
class ApplicantPartTest {

    private static final LocalDate BORN = LocalDate.of(1994, 3, 17);

    @Test
    void anApplicantRecordedUnderOlderRulesIsReadBack() {
        // what the hub accepted before the field rules: a control character, a digit, ZZZ
        Applicant old = FieldRules.asRecorded(() -> new Applicant("NGUYEN\u0000", "VAN 2", null, "ZZZ", BORN, null,
                null, List.of(new Address(AddressKind.RESIDENCE, "KOR", "Seoul\u001B"))));
        ApplicantPart part = ApplicantPart.of(old, null);
        assertThat(part.withAddresses().surname()).isEqualTo("NGUYEN\u0000");
        assertThat(part.withAddresses().addresses()).singleElement()
                .satisfies(a -> assertThat(a.lines()).isEqualTo("Seoul\u001B"));
        assertThat(part.withoutAddresses().nationality()).isEqualTo("ZZZ");
    }

    @Test
    void aNameTheDocumentGivesThatTheRulesRefuseIsNotAsked() {
        ApplicantPart part = ApplicantPart.of(new Applicant("NGUYEN", "VAN AN", "응우옌 반 안", "VNM", BORN, null, null),
                null);
        DocumentIdentity misread = new DocumentIdentity("NGUY3N", "VAN AN", null, "응우옌 반 1", null, null, null,
                null, null, null);
        Applicant asked = part.asOnDocument(misread);
        assertThat(asked.surname()).isEqualTo("NGUYEN");
        assertThat(asked.hangulName()).isEqualTo("응우옌 반 안");

        DocumentIdentity read = new DocumentIdentity("NGUYỄN", "VĂN AN", null, null, null, null, null, null, null, null);
        assertThat(part.asOnDocument(read).surname()).isEqualTo("NGUYỄN");
    }
}
