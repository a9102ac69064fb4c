package org.ekyc.hub.adapter.creditbureau;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.stream.Collectors;
import org.ekyc.hub.adapter.fixedformat.MalformedRecordException;
import org.ekyc.hub.adapter.telegram.PeerErrorException;
import org.ekyc.hub.verification.api.peer.credit.BalanceBand;
import org.ekyc.hub.verification.api.peer.credit.CreditOutcome;
import org.ekyc.hub.verification.api.peer.credit.CreditSummary;
import org.ekyc.hub.verification.api.peer.credit.CreditSummaryRequest;
import org.junit.jupiter.api.Test;

class CreditBureauTelegramsTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final String TX = "20261123093000123001";
    private final CreditBureauTelegrams telegrams = new CreditBureauTelegrams("EKYCHUB1");

    private static byte[] fixture(String name) throws Exception {
        return HEX.parseHex(Files.readAllLines(Path.of("src/test/resources/telegrams/" + name)).stream()
                .filter(l -> !l.startsWith("#")).map(String::trim).collect(Collectors.joining()));
    }

    @Test
    void summaryRequestLayout() throws Exception {
        byte[] record = telegrams.summaryRequest(TX, LocalDateTime.of(2026, 11, 23, 9, 30),
                new CreditSummaryRequest("왕 샤오밍", "8512246234567", true));
        assertThat(record).hasSize(130);
        String text = new String(record, "x-windows-949");
        assertThat(text).startsWith("0300" + TX + "20261123093000    EKYCHUB1왕 샤오밍");
        // name: 4 syllables + 1 space = 9 bytes, padded to 40; then the number, consent, purpose
        assertThat(new String(Arrays.copyOfRange(record, 90, 106), "US-ASCII")).isEqualTo("8512246234567Y01");
    }

    @Test
    void aNameTheEnquiryCannotCarryIsFoundBeforeSending() {
        for (String bad : java.util.List.of("왕".repeat(21), "ØØØØØØØØØØ ŁŁŁŁŁŁŁŁŁŁ", "NGUYỄN", "WA\u0000NG")) {
            CreditSummaryRequest r = new CreditSummaryRequest(bad, "8512246234567", true);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> telegrams.summaryRequest(TX, LocalDateTime.of(2026, 11, 23, 9, 30), r))
                    .as(bad).isInstanceOfSatisfying(org.ekyc.hub.adapter.telegram.UnfitFieldException.class,
                            e -> assertThat(e.field()).isEqualTo("REQ-NAME"));
        }
        CreditSummaryRequest twenty = new CreditSummaryRequest("왕".repeat(20), "8512246234567", true);
        assertThat(telegrams.summaryRequest(TX, LocalDateTime.of(2026, 11, 23, 9, 30), twenty)).hasSize(130);
    }

    @Test
    void foundSummaryIsReadFromTheBureausRecord() throws Exception {
        CreditSummary s = telegrams.summaryResponse(fixture("cb-0310-found.hex"), TX);
        assertThat(s).isEqualTo(new CreditSummary(CreditOutcome.FOUND, 3, false, 2, BalanceBand.UNDER_50M, "0000"));
    }

    @Test
    void noFileAndNameMismatchAreOutcomes() throws Exception {
        assertThat(telegrams.summaryResponse(code(fixture("cb-0310-found.hex"), "1001"), TX).outcome())
                .isEqualTo(CreditOutcome.NO_RECORD);
        assertThat(telegrams.summaryResponse(code(fixture("cb-0310-found.hex"), "1002"), TX).outcome())
                .isEqualTo(CreditOutcome.NAME_MISMATCH);
        assertThatThrownBy(() -> telegrams.summaryResponse(code(fixture("cb-0310-found.hex"), "9001"), TX))
                .isInstanceOf(PeerErrorException.class);
    }

    @Test
    void badCodedValuesShortAndLongRecordsAreMalformed() throws Exception {
        byte[] ok = fixture("cb-0310-found.hex");
        byte[] grade = ok.clone();
        grade[50] = '1';
        grade[51] = '1';
        assertThatThrownBy(() -> telegrams.summaryResponse(grade, TX)).hasMessageContaining("RSP-GRADE");
        byte[] flag = ok.clone();
        flag[52] = 'X';
        assertThatThrownBy(() -> telegrams.summaryResponse(flag, TX)).hasMessageContaining("RSP-DELINQUENT");
        byte[] band = ok.clone();
        band[57] = '9';
        assertThatThrownBy(() -> telegrams.summaryResponse(band, TX)).hasMessageContaining("RSP-BALANCE-BAND");
        assertThatThrownBy(() -> telegrams.summaryResponse(Arrays.copyOf(ok, 60), TX))
                .isInstanceOf(MalformedRecordException.class);
        assertThatThrownBy(() -> telegrams.summaryResponse(Arrays.copyOf(ok, 200), TX))
                .isInstanceOf(MalformedRecordException.class);
        assertThatThrownBy(() -> telegrams.summaryResponse(new byte[0], TX))
                .isInstanceOf(MalformedRecordException.class);
    }

    @Test
    void bandCodesRoundTrip() throws Exception {
        for (BalanceBand b : BalanceBand.values()) {
            assertThat(CreditBureauTelegrams.band(CreditBureauTelegrams.bandCode(b))).isEqualTo(b);
        }
    }

    private static byte[] code(byte[] record, String code) {
        byte[] copy = record.clone();
        System.arraycopy(code.getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, copy, 38, 4);
        return copy;
    }
}
