package org.ekyc.hub.adapter.corebanking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.camel.impl.DefaultCamelContext;
import org.ekyc.hub.adapter.fixedformat.FixedRecordCodec;
import org.ekyc.hub.adapter.fixedformat.MalformedRecordException;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.Channel;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.OpenCaseCommand;
import org.ekyc.hub.verification.api.Product;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.RegistryCheckOutcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CoreBankingRecordCodecTest {

    private static final Charset CP037 = Charset.forName("IBM037");
    private static DefaultCamelContext camel;
    private static FixedRecordCodec<KycRequestRecord> requests;
    private static FixedRecordCodec<KycReplyRecord> replies;

    @BeforeAll
    static void start() {
        camel = new DefaultCamelContext();
        camel.start();
        requests = new FixedRecordCodec<>(camel, KycRequestRecord.class, KycRequestRecord.LENGTH, CP037);
        replies = new FixedRecordCodec<>(camel, KycReplyRecord.class, KycReplyRecord.LENGTH, CP037);
    }

    @AfterAll
    static void stop() {
        camel.stop();
    }

    private static byte[] fixtureInEbcdic() throws Exception {
        String line = Files.readString(Path.of("src/test/resources/corebanking/kycreq-open.txt"), StandardCharsets.US_ASCII);
        return line.replace("\n", "").getBytes(CP037);
    }

    @Test
    void ebcdicRequestRecordDecodesToTheCanonicalCommand() throws Exception {
        byte[] record = fixtureInEbcdic();
        assertThat(record).hasSize(118);
        assertThat(record[0]).isEqualTo((byte) 0xD6); // 'O' in CCSID 037

        OpenCaseCommand command = CoreBankingRecordMapper.toOpenCase(requests.decode(record));

        assertThat(command.channel()).isEqualTo(Channel.MQ);
        assertThat(command.product()).isEqualTo(Product.ACCOUNT);
        assertThat(command.externalReference()).isEqualTo("CIF0000012345");
        assertThat(command.applicant().surname()).isEqualTo("NGUYEN");
        assertThat(command.applicant().givenNames()).isEqualTo("VAN AN");
        assertThat(command.applicant().nationality()).isEqualTo("VNM");
        assertThat(command.applicant().birthDate()).isEqualTo(LocalDate.of(1994, 3, 17));
        assertThat(command.registrationNumber()).isNull();
    }

    @Test
    void replyRecordEncodesToExactlyTheLayoutInEbcdic() {
        KycRequestRecord request = new KycRequestRecord();
        request.setRequestType("OPEN");
        request.setCustomerRef("CIF0000012345");
        CaseView view = new CaseView("0d6b1f5e-8c53-4d1e-9a0e-3f1f2b9c7a11", CaseStatus.OPENED, Product.ACCOUNT,
                Channel.MQ, "CIF0000012345", null, RegistryCheckOutcome.VERIFIED, "E-9", null, List.of(),
                Instant.EPOCH, Instant.EPOCH);

        byte[] bytes = replies.encode(CoreBankingRecordMapper.accepted(request, view));

        assertThat(bytes).hasSize(KycReplyRecord.LENGTH);
        String text = new String(bytes, CP037);
        assertThat(text.substring(0, 4)).isEqualTo("OPEN");
        assertThat(text.substring(4, 24)).isEqualTo("CIF0000012345       ");
        assertThat(text.substring(24, 60)).isEqualTo("0d6b1f5e-8c53-4d1e-9a0e-3f1f2b9c7a11");
        assertThat(text.substring(60, 70)).isEqualTo("OPENED    ");
        assertThat(text.substring(70, 72)).isEqualTo("00");
        assertThat(text.substring(72, 102)).isBlank();
        assertThat(text.substring(102, 114)).isEqualTo("VERIFIED    ");
        assertThat(bytes[70]).isEqualTo((byte) 0xF0); // '0' in CCSID 037
    }

    @Test
    void recordOfTheWrongLengthIsMalformed() throws Exception {
        byte[] shortRecord = java.util.Arrays.copyOf(fixtureInEbcdic(), 100);
        assertThatThrownBy(() -> requests.decode(shortRecord))
                .isInstanceOf(MalformedRecordException.class)
                .hasMessageContaining("record length 100 bytes").hasMessageContaining("needs 118");
    }

    @Test
    void unknownRequestTypeAndImpossibleDateAreMalformed() throws Exception {
        KycRequestRecord r = requests.decode(fixtureInEbcdic());
        r.setRequestType("XXXX");
        assertThatThrownBy(() -> CoreBankingRecordMapper.toOpenCase(r))
                .isInstanceOf(MalformedRecordException.class).hasMessageContaining("REQ-TYPE 'XXXX'");
        KycRequestRecord d = requests.decode(fixtureInEbcdic());
        d.setBirthDate("19940230");
        assertThatThrownBy(() -> CoreBankingRecordMapper.toOpenCase(d))
                .isInstanceOf(MalformedRecordException.class).hasMessageContaining("BIRTH-DATE");
    }

    @Test
    void wellFormedRecordWithBadContentIsRefusedNotMalformed() throws Exception {
        KycRequestRecord r = requests.decode(fixtureInEbcdic());
        r.setNationality("V1N");
        assertThatThrownBy(() -> CoreBankingRecordMapper.toOpenCase(r))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.reason()).isEqualTo(ReasonCode.INVALID_NATIONALITY));
    }
}
