package org.ekyc.hub.adapter.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.impl.DefaultCamelContext;
import org.ekyc.hub.adapter.fixedformat.MalformedRecordException;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PartnerBatchLayoutTest {

    private static DefaultCamelContext camel;
    private static PartnerBatchLayout layout;

    @BeforeAll
    static void start() {
        camel = new DefaultCamelContext();
        camel.start();
        layout = new PartnerBatchLayout(camel);
    }

    @AfterAll
    static void stop() {
        camel.stop();
    }

    private static List<String> lines(String name) throws Exception {
        return Files.readAllLines(Path.of("src/test/resources/batch", name));
    }

    @Test
    void wellFormedFileParsesIntoHeaderDetailsAndTrailer() throws Exception {
        PartnerBatch batch = layout.parse(lines("KYC_PARTNER01_20261123_000042.dat"));
        assertThat(batch.header().partnerId).isEqualTo("PARTNER01");
        assertThat(batch.header().fileSequence).isEqualTo(42);
        assertThat(batch.trailer().recordCount).isEqualTo(3);
        assertThat(batch.details()).extracting(d -> d.customerRef).containsExactly("P-0001", "P-0002", "P-0003");
        var command = PartnerBatchLayout.toOpenCase(batch.header(), batch.details().get(1));
        assertThat(command.applicant().givenNames()).isEqualTo("XIAOMING");
        assertThat(command.idempotencyKey()).isEqualTo("BATCH:PARTNER01:42:2");
    }

    @Test
    void wrongTrailerCountRejectsTheWholeFileWithTheCounts() {
        assertThatThrownBy(() -> layout.parse(lines("KYC_PARTNER01_wrong-count.dat")))
                .isInstanceOfSatisfying(BatchRejectedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ReasonCode.BATCH_TRAILER_COUNT_MISMATCH);
                    assertThat(e.line()).isEqualTo(5);
                })
                .hasMessageContaining("trailer says 5, file has 3");
    }

    @Test
    void missingHeaderOrTrailerIsNamed() throws Exception {
        List<String> noHeader = new ArrayList<>(lines("KYC_PARTNER01_20261123_000042.dat"));
        noHeader.remove(0);
        assertThatThrownBy(() -> layout.parse(noHeader)).isInstanceOfSatisfying(BatchRejectedException.class,
                e -> assertThat(e.reason()).isEqualTo(ReasonCode.BATCH_HEADER_MISSING));
        List<String> noTrailer = new ArrayList<>(lines("KYC_PARTNER01_20261123_000042.dat"));
        noTrailer.remove(noTrailer.size() - 1);
        assertThatThrownBy(() -> layout.parse(noTrailer)).isInstanceOfSatisfying(BatchRejectedException.class,
                e -> assertThat(e.reason()).isEqualTo(ReasonCode.BATCH_TRAILER_MISSING));
    }

    @Test
    void aShortDetailLineIsRefusedAloneWithItsLineAndTheCountStillCoversIt() throws Exception {
        List<String> content = new ArrayList<>(lines("KYC_PARTNER01_20261123_000042.dat"));
        content.set(2, content.get(2).substring(0, 100));
        PartnerBatch batch = layout.parse(content);
        assertThat(batch.records()).hasSize(3);
        assertThat(batch.records().get(1)).satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.sequence()).isEqualTo(2);
            assertThat(r.detail()).isNull();
            assertThat(r.unreadable().reason()).isEqualTo(ReasonCode.MALFORMED_RECORD);
        });
        assertThat(batch.details()).extracting(d -> d.customerRef).containsExactly("P-0001", "P-0003");
        // the trailer's count covers the refused record: 3 details, 3 counted
        assertThat(batch.trailer().recordCount).isEqualTo(3);
    }

    @Test
    void aRecordOfAnotherTypeAmongTheDetailsStillRejectsTheFile() throws Exception {
        List<String> content = new ArrayList<>(lines("KYC_PARTNER01_20261123_000042.dat"));
        content.set(2, "X" + content.get(2).substring(1));
        assertThatThrownBy(() -> layout.parse(content)).isInstanceOfSatisfying(MalformedRecordException.class,
                e -> assertThat(e.line()).isEqualTo(3)).hasMessageContaining("detail record (D) was expected");
    }

    @Test
    void detailWithBadContentIsRefusedIndividually() throws Exception {
        PartnerBatch batch = layout.parse(lines("KYC_PARTNER01_20261123_000042.dat"));
        BatchDetail smith = batch.details().get(2);
        assertThatThrownBy(() -> PartnerBatchLayout.toOpenCase(batch.header(), smith)).isInstanceOfSatisfying(
                InvalidRequestException.class, e -> assertThat(e.reason()).isEqualTo(ReasonCode.INVALID_NATIONALITY));
        BatchResult refused = PartnerBatchLayout.refused(smith, ReasonCode.INVALID_NATIONALITY);
        String file = layout.resultFile(batch.header(), List.of(refused), LocalDate.of(2026, 11, 23));
        String[] out = file.split("\n");
        assertThat(out).hasSize(3);
        assertThat(out).allSatisfy(l -> assertThat(l).hasSize(PartnerBatchLayout.LRECL));
        assertThat(out[0]).startsWith("H20261123PARTNER01 000042");
        assertThat(out[1]).startsWith("R000003P-0003").contains("08").contains("INVALID_NATIONALITY");
        assertThat(out[2]).startsWith("T000001");
    }

    @Test
    void theSharedFieldRulesApplyToADetail() throws Exception {
        List<String> content = new ArrayList<>(lines("KYC_PARTNER01_20261123_000042.dat"));
        String wang = content.get(2);
        content.set(2, wang.substring(0, 27) + "WANG<SCRIPT>".concat(" ".repeat(18)) + wang.substring(57));
        PartnerBatch batch = layout.parse(content);
        assertThatThrownBy(() -> PartnerBatchLayout.toOpenCase(batch.header(), batch.details().get(1)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ReasonCode.INVALID_CHARACTERS);
                    assertThat(e.field()).isEqualTo("surname");
                });
        content.set(2, wang.substring(0, 87) + "ZZZ" + wang.substring(90));
        PartnerBatch zzz = layout.parse(content);
        assertThatThrownBy(() -> PartnerBatchLayout.toOpenCase(zzz.header(), zzz.details().get(1)))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.reason()).isEqualTo(ReasonCode.INVALID_NATIONALITY));
    }

    @Test
    void residenceCountryAtColumn122BecomesAResidenceAddress() throws Exception {
        List<String> content = new ArrayList<>(lines("KYC_PARTNER01_20261123_000042.dat"));
        String wang = content.get(2);
        assertThat(wang.substring(121, 124)).isBlank(); // files from before the field: no address
        PartnerBatch plain = layout.parse(content);
        assertThat(PartnerBatchLayout.toOpenCase(plain.header(), plain.details().get(1)).applicant().addresses()).isEmpty();

        content.set(2, wang.substring(0, 121) + "PRK" + wang.substring(124));
        PartnerBatch batch = layout.parse(content);
        var addresses = PartnerBatchLayout.toOpenCase(batch.header(), batch.details().get(1)).applicant().addresses();
        assertThat(addresses).singleElement().satisfies(a -> {
            assertThat(a.country()).isEqualTo("PRK");
            assertThat(a.kind()).isEqualTo(org.ekyc.hub.verification.api.AddressKind.RESIDENCE);
        });

        content.set(2, wang.substring(0, 121) + "P1K" + wang.substring(124));
        PartnerBatch bad = layout.parse(content);
        assertThatThrownBy(() -> PartnerBatchLayout.toOpenCase(bad.header(), bad.details().get(1)))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.reason()).isEqualTo(ReasonCode.INVALID_ADDRESS_COUNTRY));
    }

    private static final java.nio.charset.Charset MS949 = java.nio.charset.Charset.forName("MS949");

    /** The well-formed file's bytes with detail 1's surname (30 bytes at byte 27) replaced. */
    private static byte[] withSurname(byte[] surname) throws Exception {
        byte[] file = Files.readAllBytes(Path.of("src/test/resources/batch", "KYC_PARTNER01_20261123_000042.dat"));
        int detail = 129; // after the header line and its line end
        java.util.Arrays.fill(file, detail + 27, detail + 57, (byte) ' ');
        System.arraycopy(surname, 0, file, detail + 27, surname.length);
        return file;
    }

    @Test
    void aBatchDetailWithMs949HangulIsRead() throws Exception {
        // 김민준: three syllables, six bytes in MS949; the line keeps its 128 bytes (not 128 characters)
        PartnerBatch batch = layout.parse(withSurname("김민준".getBytes(MS949)), MS949);
        assertThat(batch.details().get(0).surname).isEqualTo("김민준");
        assertThat(batch.details().get(0).givenNames).isEqualTo("THI BINH");
        assertThat(batch.details().get(0).nationality).isEqualTo("VNM");
        assertThat(batch.details()).hasSize(3);
    }

    /** The well-formed file's bytes with detail {@code n}'s bytes from {@code offset} replaced by {@code with}. */
    private static byte[] withBytes(byte[] file, int n, int offset, byte[] with) {
        System.arraycopy(with, 0, file, n * 129 + offset, with.length);
        return file;
    }

    private static byte[] sample() throws Exception {
        return Files.readAllBytes(Path.of("src/test/resources/batch", "KYC_PARTNER01_20261123_000042.dat"));
    }

    @Test
    void aDetailWithBytesThatAreNoCharacterOfMs949IsRefusedAloneWithItsLineAndField() throws Exception {
        // a lead byte followed by a space; a byte MS949 does not use; a lone trail byte
        for (byte[] bad : new byte[][] {{(byte) 0xC8, ' '}, {(byte) 0xFF, 'A'}, {(byte) 0x80, 'A'}}) {
            PartnerBatch batch = layout.parse(withSurname(bad), MS949);
            assertThat(batch.records()).hasSize(3);
            assertThat(batch.records().get(0).unreadable()).isEqualTo(
                    new DetailRecord.Refusal(ReasonCode.MALFORMED_RECORD, "SURNAME"));
            assertThat(batch.records().get(0).line()).isEqualTo(2);
            assertThat(batch.records().get(0).sequence()).isEqualTo(1);
            assertThat(batch.details()).extracting(d -> d.customerRef).containsExactly("P-0002", "P-0003");
        }
        // a control byte in the given names
        PartnerBatch esc = layout.parse(withBytes(sample(), 2, 60, new byte[] {0x1B}), MS949);
        assertThat(esc.records().get(1).unreadable()).isEqualTo(new DetailRecord.Refusal(ReasonCode.MALFORMED_RECORD, "GIVEN-NAMES"));
        // in the header, the same bytes still refuse the whole file
        assertThatThrownBy(() -> layout.parse(withBytes(sample(), 0, 12, new byte[] {(byte) 0xFF}), MS949))
                .isInstanceOf(MalformedRecordException.class).hasMessageContaining("line 1").hasMessageContaining("not characters of");
    }

    @Test
    void aHangulSurnameOfExactlyThirtyBytesIsReadAndOneRunningPastItsFieldIsTooLong() throws Exception {
        String fifteen = "김이박최정강조윤장임한오서신권"; // 15 syllables: 30 bytes in MS949
        PartnerBatch full = layout.parse(withSurname(fifteen.getBytes(MS949)), MS949);
        assertThat(full.details().get(0).surname).isEqualTo(fifteen);
        assertThat(PartnerBatchLayout.toOpenCase(full.header(), full.details().get(0)).applicant().surname()).isEqualTo(fifteen);
        // a sixteenth syllable: its first byte is the field's last, its second the given names' first
        byte[] cut = withSurname(new byte[0]);
        byte[] syllable = "김".getBytes(MS949);
        cut[129 + 56] = syllable[0];
        cut[129 + 57] = syllable[1];
        PartnerBatch batch = layout.parse(cut, MS949);
        assertThat(batch.records().get(0).unreadable()).isEqualTo(new DetailRecord.Refusal(ReasonCode.FIELD_TOO_LONG, "SURNAME"));
        assertThat(batch.details()).hasSize(2);
    }

    @Test
    void theRejectFileHasOneAsciiLinePerRefusedRecordWithLineSequenceFieldAndCodeOnly() throws Exception {
        byte[] file = withBytes(sample(), 1, 27, new byte[] {(byte) 0xFF});
        PartnerBatch batch = layout.parse(file, MS949);
        List<DetailOutcome> outcomes = new ArrayList<>();
        outcomes.add(PartnerBatchLayout.unreadable(batch.records().get(0)));
        outcomes.add(PartnerBatchLayout.accepted(batch.records().get(1), view("P-0002")));
        DetailRecord smith = batch.records().get(2);
        InvalidRequestException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidRequestException.class,
                () -> PartnerBatchLayout.toOpenCase(batch.header(), smith.detail()));
        outcomes.add(PartnerBatchLayout.refused(smith, e.reason(), e.field()));

        String rej = PartnerBatchLayout.rejectFile(outcomes);
        assertThat(rej).isEqualTo("line=000002 sequence=000001 field=SURNAME code=MALFORMED_RECORD\n"
                + "line=000004 sequence=000003 field=NATIONALITY code=INVALID_NATIONALITY\n");
        assertThat(rej.chars()).allMatch(c -> c < 0x80);
        assertThat(rej).doesNotContain("SMITH").doesNotContain("XX1");
        String[] result = layout.resultFile(batch.header(), DetailOutcome.results(outcomes), LocalDate.of(2026, 11, 23)).split("\n");
        assertThat(result).hasSize(5);
        assertThat(result[1]).startsWith("R000001").contains("08").contains("MALFORMED_RECORD");
        assertThat(result[2]).startsWith("R000002P-0002").contains("00");
        assertThat(result[3]).startsWith("R000003P-0003").contains("08").contains("INVALID_NATIONALITY");
        assertThat(result[4]).startsWith("T000003");
        assertThat(PartnerBatchLayout.rejectFile(outcomes.subList(1, 2))).isEmpty();
    }

    @Test
    void everyKindOfBadFieldIsRefusedWithItsCodeAndField() throws Exception {
        List<String> content = new ArrayList<>(lines("KYC_PARTNER01_20261123_000042.dat"));
        String wang = content.get(2);
        java.util.Map<String, java.util.Map.Entry<ReasonCode, String>> cases = java.util.Map.of(
                wang.substring(0, 27) + "WANG<SCRIPT>" + " ".repeat(18) + wang.substring(57),
                java.util.Map.entry(ReasonCode.INVALID_CHARACTERS, "SURNAME"),
                wang.substring(0, 87) + "ZZZ" + wang.substring(90), java.util.Map.entry(ReasonCode.INVALID_NATIONALITY, "NATIONALITY"),
                wang.substring(0, 90) + "20230229" + wang.substring(98), java.util.Map.entry(ReasonCode.INVALID_BIRTH_DATE, "BIRTH-DATE"),
                wang.substring(0, 57) + "XIAO 2" + " ".repeat(24) + wang.substring(87),
                java.util.Map.entry(ReasonCode.INVALID_CHARACTERS, "GIVEN-NAMES"));
        for (var c : cases.entrySet()) {
            content.set(2, c.getKey());
            PartnerBatch batch = layout.parse(content);
            DetailRecord r = batch.records().get(1);
            InvalidRequestException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidRequestException.class,
                    () -> PartnerBatchLayout.toOpenCase(batch.header(), r.detail()));
            DetailOutcome o = PartnerBatchLayout.refused(r, e.reason(), e.field());
            assertThat(o.refusal()).isEqualTo(new DetailRecord.Refusal(c.getValue().getKey(), c.getValue().getValue()));
            assertThat(PartnerBatchLayout.rejectFile(List.of(o))).isEqualTo("line=000003 sequence=000002 field="
                    + c.getValue().getValue() + " code=" + c.getValue().getKey() + "\n");
        }
    }

    private static org.ekyc.hub.verification.api.CaseView view(String ref) {
        return new org.ekyc.hub.verification.api.CaseView("0d6b1f5e-8c53-4d1e-9a0e-3f1f2b9c7a11",
                org.ekyc.hub.verification.api.CaseStatus.OPENED, org.ekyc.hub.verification.api.Product.ACCOUNT,
                org.ekyc.hub.verification.api.Channel.BATCH, ref, null,
                org.ekyc.hub.verification.api.peer.immigration.RegistryCheckOutcome.VERIFIED, "E-9", null, List.of(),
                java.time.Instant.now(), java.time.Instant.now(), null, "CLEAR", null);
    }

    @Test
    void binaryGarbageAndAnEmptyFileAreRefused() {
        byte[] garbage = new byte[512];
        new java.util.Random(15).nextBytes(garbage);
        garbage[0] = 'H';
        assertThatThrownBy(() -> layout.parse(garbage, MS949)).isInstanceOf(MalformedRecordException.class)
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> layout.parse(new byte[0], MS949)).isInstanceOfSatisfying(BatchRejectedException.class,
                e -> assertThat(e.reason()).isEqualTo(ReasonCode.BATCH_HEADER_MISSING));
    }
}
