package org.ekyc.hub.adapter.telecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.HexFormat;
import java.util.stream.Collectors;
import org.ekyc.hub.adapter.fixedformat.MalformedRecordException;
import org.ekyc.hub.adapter.telegram.PeerErrorException;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.peer.telecom.Carrier;
import org.ekyc.hub.verification.api.peer.telecom.OtpChallenge;
import org.ekyc.hub.verification.api.peer.telecom.PhoneCheckOutcome;
import org.ekyc.hub.verification.api.peer.telecom.PhoneIdentity;
import org.ekyc.hub.verification.api.peer.telecom.PhoneIdentityRequest;
import org.ekyc.hub.verification.api.peer.telecom.Sex;
import org.junit.jupiter.api.Test;

/** Telecom identity telegrams against literal MS949 byte fixtures (src/test/resources/telegrams/). */
class TelecomTelegramsTest {

    static final HexFormat HEX = HexFormat.of().withUpperCase();
    static final String TX = "20261123093000123001";
    static final LocalDateTime AT = LocalDateTime.of(2026, 11, 23, 9, 30, 0);
    static final String CI = "cXDkZkhbM7JguS5zhx2nokSWfEpBFtGEPBeybBVuWUyglRaR76QZHeyOMANzDm6gwMQHL6dWwTGoBWuowv/F0g==";
    static final String DI = "UM5O3brAkTbsj/SNtQHPcF8yA0QBps+RlkQuDMGQ8DLNkUM/pCDlwvjMuRKOSbg7";

    private final TelecomTelegrams telegrams = new TelecomTelegrams("EKYCHUB1");

    static byte[] fixture(String name) throws Exception {
        return HEX.parseHex(Files.readAllLines(Path.of("src/test/resources/telegrams/" + name)).stream()
                .filter(l -> !l.startsWith("#")).map(String::trim).collect(Collectors.joining()));
    }

    private static PhoneIdentityRequest hong() {
        return new PhoneIdentityRequest("홍길동", LocalDate.of(1990, 1, 1), Sex.M, false, "010-1234-5678", Carrier.SKT);
    }

    @Test
    void otpRequestIsByteForByteTheAgreedTelegram() throws Exception {
        byte[] record = telegrams.otpRequest(TX, AT, hong());
        assertThat(record).hasSize(130);
        assertThat(HEX.formatHex(record)).isEqualTo(HEX.formatHex(fixture("tel-0100-otp-request.hex")));
        // the name is 3 Hangul syllables = 6 bytes of MS949 at offset 50, then spaces
        assertThat(HEX.formatHex(Arrays.copyOfRange(record, 50, 58))).isEqualTo("C8ABB1E6B5BF2020");
    }

    @Test
    void otpSentIsReadFromTheCarriersRecord() throws Exception {
        OtpChallenge c = telegrams.otpResponse(fixture("tel-0110-otp-sent.hex"), TX);
        assertThat(c.outcome()).isEqualTo(PhoneCheckOutcome.OTP_SENT);
        assertThat(c.transactionId()).isEqualTo(TX);
        assertThat(c.expiresInSeconds()).isEqualTo(180);
        assertThat(c.peerCode()).isEqualTo("0000");
    }

    @Test
    void verifiedConfirmationCarriesCiAndDi() throws Exception {
        PhoneIdentity id = telegrams.confirmResponse(fixture("tel-0210-verified.hex"), TX);
        assertThat(id.outcome()).isEqualTo(PhoneCheckOutcome.VERIFIED);
        assertThat(id.ci()).isEqualTo(CI).hasSize(88);
        assertThat(id.di()).isEqualTo(DI).hasSize(64);
        assertThat(id.toString()).doesNotContain(CI).doesNotContain(DI);
    }

    @Test
    void confirmRequestRoundTripsThroughTheLayout() throws Exception {
        byte[] record = telegrams.confirmRequest(TX, AT, "123456");
        assertThat(record).hasSize(80);
        assertThat(new String(record, 0, 50, "x-windows-949")).isEqualTo("0200" + TX + "20261123093000    EKYCHUB1");
        assertThat(new String(record, 50, 6, "x-windows-949")).isEqualTo("123456");
        assertThatThrownBy(() -> telegrams.confirmRequest(TX, AT, "12a456")).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void businessAnswersAreOutcomesNotErrors() throws Exception {
        assertThat(telegrams.otpResponse(withCode(fixture("tel-0110-otp-sent.hex"), "1001"), TX).outcome())
                .isEqualTo(PhoneCheckOutcome.NO_SUBSCRIBER);
        assertThat(telegrams.otpResponse(withCode(fixture("tel-0110-otp-sent.hex"), "1002"), TX).outcome())
                .isEqualTo(PhoneCheckOutcome.IDENTITY_MISMATCH);
        assertThat(telegrams.confirmResponse(withCode(fixture("tel-0210-verified.hex"), "2001"), TX).outcome())
                .isEqualTo(PhoneCheckOutcome.OTP_MISMATCH);
        assertThat(telegrams.confirmResponse(withCode(fixture("tel-0210-verified.hex"), "2004"), TX).outcome())
                .isEqualTo(PhoneCheckOutcome.OTP_EXPIRED);
    }

    @Test
    void carrierSystemErrorIsAPeerErrorAndAnUnknownCodeIsMalformed() throws Exception {
        assertThatThrownBy(() -> telegrams.otpResponse(withCode(fixture("tel-0110-otp-sent.hex"), "9999"), TX))
                .isInstanceOf(PeerErrorException.class);
        assertThatThrownBy(() -> telegrams.otpResponse(withCode(fixture("tel-0110-otp-sent.hex"), "7777"), TX))
                .isInstanceOf(MalformedRecordException.class).hasMessageContaining("HDR-RESP-CODE");
    }

    @Test
    void shortLongAndGarbledRecordsAreTypedErrors() throws Exception {
        byte[] ok = fixture("tel-0110-otp-sent.hex");
        assertThatThrownBy(() -> telegrams.otpResponse(Arrays.copyOf(ok, 30), TX))
                .isInstanceOf(MalformedRecordException.class).hasMessageContaining("shorter than the 50-byte header");
        assertThatThrownBy(() -> telegrams.otpResponse(Arrays.copyOf(ok, 79), TX))
                .isInstanceOf(MalformedRecordException.class).hasMessageContaining("record length 79");
        assertThatThrownBy(() -> telegrams.otpResponse(Arrays.copyOf(ok, 81), TX))
                .isInstanceOf(MalformedRecordException.class).hasMessageContaining("record length 81");
        byte[] letters = ok.clone();
        letters[51] = 'X'; // RSP-OTP-VALID-SECONDS
        assertThatThrownBy(() -> telegrams.otpResponse(letters, TX))
                .isInstanceOf(MalformedRecordException.class).hasMessageContaining("RSP-OTP-VALID-SECONDS");
        byte[] badTime = ok.clone();
        badTime[28] = '1';
        badTime[29] = '3'; // month 13
        assertThatThrownBy(() -> telegrams.otpResponse(badTime, TX))
                .isInstanceOf(MalformedRecordException.class).hasMessageContaining("HDR-TIMESTAMP");
        assertThatThrownBy(() -> telegrams.otpResponse(ok, "20261123093000123999"))
                .isInstanceOf(MalformedRecordException.class).hasMessageContaining("another transaction");
        assertThatThrownBy(() -> telegrams.confirmResponse(ok, TX))
                .isInstanceOf(MalformedRecordException.class).hasMessageContaining("'0110' where 0210 was expected");
        byte[] ci = fixture("tel-0210-verified.hex");
        ci[60] = (byte) 0xC8; // a Hangul lead byte followed by an ASCII letter: not MS949 base64
        assertThatThrownBy(() -> telegrams.confirmResponse(ci, TX)).isInstanceOf(MalformedRecordException.class);
        byte[] noise = new byte[210];
        Arrays.fill(noise, (byte) 0xFF);
        assertThatThrownBy(() -> telegrams.confirmResponse(noise, TX)).isInstanceOf(MalformedRecordException.class);
    }

    private static PhoneIdentityRequest named(String name) {
        return new PhoneIdentityRequest(name, LocalDate.of(1990, 1, 1), Sex.F, true, "01012345678", Carrier.KT);
    }

    @Test
    void namesTheTelegramCannotCarryAreFoundBeforeSendingAndNeverEncoded() {
        // too long in bytes: 21 syllables; 21 Latin characters of two bytes each (fits in characters, not in bytes);
        // no MS949 encoding; control characters
        for (String bad : List.of("가".repeat(21), "ØØØØØØØØØØ ŁŁŁŁŁŁŁŁŁŁ", "NGUYỄN AN", "NGU\u0000YEN", "KIM\u001bMIN",
                "LEE\u0085")) {
            assertThatThrownBy(() -> telegrams.otpRequest(TX, AT, named(bad))).as(bad)
                    .isInstanceOfSatisfying(org.ekyc.hub.adapter.telegram.UnfitFieldException.class,
                            e -> assertThat(e.field()).isEqualTo("REQ-NAME"))
                    .hasMessageNotContaining(bad);
        }
        // exactly REQ-NAME's 40 bytes: 20 syllables; MS949 (unlike strict EUC-KR) has every modern syllable, e.g. 똠
        for (String fits : List.of("가".repeat(20), "김똠", "ØØØØØØØØØØ ŁŁŁŁŁŁŁŁŁ")) {
            assertThat(telegrams.otpRequest(TX, AT, named(fits))).hasSize(130);
        }
    }

    static byte[] withCode(byte[] record, String code) {
        byte[] copy = record.clone();
        System.arraycopy(code.getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, copy, 38, 4);
        return copy;
    }
}
