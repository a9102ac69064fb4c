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
    void shortDetailLineIsMalformedWithItsLineNumber() throws Exception {
        List<String> content = new ArrayList<>(lines("KYC_PARTNER01_20261123_000042.dat"));
        content.set(2, content.get(2).substring(0, 100));
        assertThatThrownBy(() -> layout.parse(content)).isInstanceOfSatisfying(MalformedRecordException.class,
                e -> assertThat(e.line()).isEqualTo(3)).hasMessageContaining("record length 100");
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

    @Test
    void bytesThatAreNoCharacterOfMs949AreMalformedWithTheirLine() throws Exception {
        // a lead byte followed by a space; a byte MS949 does not use; a syllable cut by the field's end
        for (byte[] bad : new byte[][] {{(byte) 0xC8, ' '}, {(byte) 0xFF, 'A'}, {(byte) 0x80, 'A'}}) {
            assertThatThrownBy(() -> layout.parse(withSurname(bad), MS949)).isInstanceOf(MalformedRecordException.class)
                    .hasMessageContaining("line 2").hasMessageContaining("not characters of");
        }
        byte[] cut = withSurname(new byte[0]);
        byte[] syllable = "김".getBytes(MS949);
        cut[129 + 56] = syllable[0];
        cut[129 + 57] = syllable[1];
        assertThatThrownBy(() -> layout.parse(cut, MS949)).isInstanceOf(MalformedRecordException.class)
                .hasMessageContaining("line 2");
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
