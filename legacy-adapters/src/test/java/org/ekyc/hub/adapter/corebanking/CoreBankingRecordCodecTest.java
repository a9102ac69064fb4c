package org.ekyc.hub.adapter.corebanking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ekyc.hub.adapter.copybook.CopybookCodec;
import org.ekyc.hub.adapter.copybook.CopybookRecord;
import org.ekyc.hub.adapter.fixedformat.MalformedRecordException;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.CaseSummary;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.Channel;
import org.ekyc.hub.verification.api.FieldRules;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.OpenCaseCommand;
import org.ekyc.hub.verification.api.Product;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.peer.immigration.RegistryCheckOutcome;
import org.junit.jupiter.api.Test;

class CoreBankingRecordCodecTest {

    private static final Charset CCSID_933 = Charset.forName("x-IBM933");
    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private final CopybookCodec requests = new CopybookCodec(CoreBankingRecordMapper.KYCREQ, CCSID_933);
    private final CopybookCodec replies = new CopybookCodec(CoreBankingRecordMapper.KYCRSP, CCSID_933);

    private static byte[] fixture() throws Exception {
        String hex = Files.readAllLines(Path.of("src/test/resources/corebanking/kycreq-open-ccsid933.hex")).stream()
                .filter(l -> !l.startsWith("#")).collect(Collectors.joining());
        return HEX.parseHex(hex);
    }

    @Test
    void kycreqInCcsid933DecodesToTheCanonicalCommand() throws Exception {
        OpenCaseCommand command = CoreBankingRecordMapper.toOpenCase(requests.decode(fixture()));

        assertThat(command.channel()).isEqualTo(Channel.MQ);
        assertThat(command.product()).isEqualTo(Product.ACCOUNT);
        assertThat(command.externalReference()).isEqualTo("CIF0000012345");
        assertThat(command.idempotencyKey()).isEqualTo("MQ:CIF0000012345:42");
        assertThat(command.applicant().surname()).isEqualTo("NGUYEN");
        assertThat(command.applicant().givenNames()).isEqualTo("VAN AN");
        assertThat(command.applicant().hangulName()).isEqualTo("응우옌 반 안");
        assertThat(command.applicant().nationality()).isEqualTo("VNM");
        assertThat(command.applicant().birthDate()).isEqualTo(LocalDate.of(1994, 3, 17));
        assertThat(command.registrationNumber()).isEqualTo("9403175123456");
    }

    @Test
    void kycrspCarriesTheCaseAndEchoesTheRequestKeys() throws Exception {
        CopybookRecord request = requests.decode(fixture());
        CaseView view = new CaseView("0d6b1f5e-8c53-4d1e-9a0e-3f1f2b9c7a11", CaseStatus.OPENED, Product.ACCOUNT,
                Channel.MQ, "CIF0000012345", null, RegistryCheckOutcome.VERIFIED, "E-9", LocalDate.of(2027, 8, 31),
                List.of(), Instant.EPOCH, Instant.EPOCH, null, null, null);

        byte[] bytes = replies.encode(CoreBankingRecordMapper.accepted(request, CaseSummary.of(view)));

        assertThat(bytes).hasSize(137);
        assertThat(HEX.formatHex(bytes, 0, 4)).isEqualTo("D6D7C5D5");          // OPEN
        assertThat(HEX.formatHex(bytes, 24, 29)).isEqualTo("000000042C");      // REQ-SEQ echoed, COMP-3
        assertThat(new String(bytes, 29, 36, CCSID_933)).isEqualTo("0d6b1f5e-8c53-4d1e-9a0e-3f1f2b9c7a11");
        assertThat(HEX.formatHex(bytes, 75, 77)).isEqualTo("F0F0");            // RETURN-CODE 00, zoned
        CopybookRecord reply = replies.decode(bytes);
        assertThat(reply.text("KYCRSP-CASE-STATUS")).isEqualTo("OPENED");
        assertThat(reply.text("KYCRSP-IMMIGRATION-CHECK")).isEqualTo("VERIFIED");
        assertThat(reply.integer("KYCRSP-STAY-EXPIRY")).isEqualTo(20270831);
    }

    /** A STAT request as a COBOL program builds it: INITIALIZE (spaces, zeros), then type and reference. */
    private byte[] statusRequest(String customerRef) {
        return requests.encode(Map.of("KYCREQ-REQ-TYPE", "STAT", "KYCREQ-CUSTOMER-REF", customerRef,
                "KYCREQ-REQ-SEQ", 7));
    }

    @Test
    void statusRequestNamesTheCustomerAndIsNotAnOpenRequest() throws Exception {
        byte[] bytes = statusRequest("CIF0000012345");
        assertThat(HEX.formatHex(bytes, 0, 4)).isEqualTo("E2E3C1E3");          // STAT
        assertThat(HEX.formatHex(bytes, 132, 140)).isEqualTo("F0F0F0F0F0F0F0F0"); // BIRTH-DATE zeros
        CopybookRecord record = requests.decode(bytes);

        assertThat(CoreBankingRecordMapper.requestType(record)).isEqualTo(CoreBankingRecordMapper.STATUS);
        assertThat(CoreBankingRecordMapper.statusCustomerRef(record)).isEqualTo("CIF0000012345");
        assertThatThrownBy(() -> CoreBankingRecordMapper.toOpenCase(record))
                .isInstanceOf(MalformedRecordException.class).hasMessageContaining("'STAT' is not OPEN");
    }

    @Test
    void statusRequestWithoutACustomerRefIsRefused() throws Exception {
        CopybookRecord record = requests.decode(statusRequest(""));
        assertThatThrownBy(() -> CoreBankingRecordMapper.statusCustomerRef(record))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.reason()).isEqualTo(ReasonCode.FIELD_REQUIRED));
    }

    @Test
    void unknownRequestTypeIsMalformedAndSaysWhichTypesExist() throws Exception {
        byte[] bytes = statusRequest("CIF1");
        System.arraycopy("SHUT".getBytes(CCSID_933), 0, bytes, 0, 4);
        CopybookRecord record = requests.decode(bytes);
        assertThatThrownBy(() -> CoreBankingRecordMapper.requestType(record))
                .isInstanceOf(MalformedRecordException.class).hasMessageContaining("'SHUT' is not one of [OPEN, STAT]");
    }

    @Test
    void statusOfACustomerWithNoCaseIsReturnCode04() throws Exception {
        CopybookRecord request = requests.decode(statusRequest("CIF0000099999"));
        byte[] bytes = replies.encode(CoreBankingRecordMapper.noCase(request));

        assertThat(bytes).hasSize(137);
        assertThat(HEX.formatHex(bytes, 0, 4)).isEqualTo("E2E3C1E3");          // STAT echoed
        assertThat(HEX.formatHex(bytes, 75, 77)).isEqualTo("F0F4");            // RETURN-CODE 04
        CopybookRecord reply = replies.decode(bytes);
        assertThat(reply.text("KYCRSP-CUSTOMER-REF")).isEqualTo("CIF0000099999");
        assertThat(reply.text("KYCRSP-REASON-CODE")).isEqualTo("CASE_NOT_FOUND");
        assertThat(reply.text("KYCRSP-CASE-ID")).isEmpty();
    }

    @Test
    void statusAnswerFromASummaryCarriesTheLatestCase() throws Exception {
        CopybookRecord request = requests.decode(statusRequest("CIF0000012345"));
        CaseSummary summary = new CaseSummary("0d6b1f5e-8c53-4d1e-9a0e-3f1f2b9c7a11", CaseStatus.REVIEW,
                List.of(ReasonCode.SANCTIONS_POTENTIAL, ReasonCode.ENHANCED_DUE_DILIGENCE), RegistryCheckOutcome.VERIFIED,
                LocalDate.of(2027, 8, 31), true);
        CopybookRecord reply = replies.decode(replies.encode(CoreBankingRecordMapper.accepted(request, summary)));

        assertThat(reply.integer("KYCRSP-RETURN-CODE")).isZero();
        assertThat(reply.text("KYCRSP-CASE-STATUS")).isEqualTo("REVIEW");
        assertThat(reply.text("KYCRSP-REASON-CODE")).isEqualTo("SANCTIONS_POTENTIAL");
        assertThat(reply.integer("KYCRSP-STAY-EXPIRY")).isEqualTo(20270831);
    }

    @Test
    void refusalOfAnUnreadableRecordIsAValidKycrsp() throws Exception {
        byte[] bytes = replies.encode(CoreBankingRecordMapper.refused(null, ReasonCode.MALFORMED_RECORD));
        CopybookRecord reply = replies.decode(bytes);
        assertThat(reply.integer("KYCRSP-RETURN-CODE")).isEqualTo(8);
        assertThat(reply.text("KYCRSP-REASON-CODE")).isEqualTo("MALFORMED_RECORD");
        assertThat(reply.text("KYCRSP-CASE-ID")).isEmpty();
    }

    @Test
    void shortRecordIsMalformed() throws Exception {
        byte[] shortRecord = java.util.Arrays.copyOf(fixture(), 100);
        assertThatThrownBy(() -> requests.decode(shortRecord)).isInstanceOf(MalformedRecordException.class)
                .hasMessageContaining("record length 100 bytes").hasMessageContaining("needs 173");
    }

    @Test
    void anUnknownRequestTypeIsMalformedAndAnImpossibleDateIsRefusedAsOnEveryChannel() throws Exception {
        Map<String, Object> v = new HashMap<>(requests.decode(fixture()).values());
        v.put("KYCREQ-REQ-TYPE", "XXXX");
        CopybookRecord badType = requests.decode(requests.encode(v));
        assertThatThrownBy(() -> CoreBankingRecordMapper.toOpenCase(badType))
                .isInstanceOf(MalformedRecordException.class).hasMessageContaining("KYCREQ-REQ-TYPE 'XXXX'");
        v.put("KYCREQ-REQ-TYPE", "OPEN");
        v.put("KYCREQ-BIRTH-DATE", 19940230);
        CopybookRecord badDate = requests.decode(requests.encode(v));
        // digits that are no date: the value is refused like REST's and the batch's, not the record as unreadable
        assertThatThrownBy(() -> CoreBankingRecordMapper.toOpenCase(badDate))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ReasonCode.INVALID_BIRTH_DATE);
                    assertThat(e.field()).isEqualTo("birthDate");
                });
    }

    @Test
    void wellFormedRecordWithBadContentIsRefusedNotMalformed() throws Exception {
        Map<String, Object> v = new HashMap<>(requests.decode(fixture()).values());
        v.put("KYCREQ-NATIONALITY", "V1N");
        CopybookRecord r = requests.decode(requests.encode(v));
        assertThatThrownBy(() -> CoreBankingRecordMapper.toOpenCase(r))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.reason()).isEqualTo(ReasonCode.INVALID_NATIONALITY));
    }

    @Test
    void theSharedFieldRulesApplyToARecord() throws Exception {
        // ZZZ is three letters but no country; a Latin name in the Hangul field; a digit in a name
        assertRefused("KYCREQ-NATIONALITY", "ZZZ", ReasonCode.INVALID_NATIONALITY, "nationality");
        assertRefused("KYCREQ-HANGUL-NAME", "KIM", ReasonCode.INVALID_CHARACTERS, "hangulName");
        assertRefused("KYCREQ-SURNAME", "KIM2", ReasonCode.INVALID_CHARACTERS, "surname");
    }

    @Test
    void namesAtTheExactByteWidthOfTheirFieldInCcsid933AreRead() throws Exception {
        Map<String, Object> v = new HashMap<>(requests.decode(fixture()).values());
        // 14 syllables: shift-out, 28 bytes, shift-in = KYCREQ-SURNAME's 30 bytes; 19 syllables fill the Hangul name's 40
        String fourteen = "김이박최정강조윤장임한오서신";
        String nineteen = "응우옌반안김이박최정강조윤장임한오서신";
        v.put("KYCREQ-SURNAME", fourteen);
        v.put("KYCREQ-HANGUL-NAME", nineteen);
        // Latin letters that are double-byte in CCSID 933: 14 of them fill 30 bytes (15 characters could not travel)
        v.put("KYCREQ-GIVEN-NAMES", "ØØØØØØØØØØØØØØ");
        OpenCaseCommand command = CoreBankingRecordMapper.toOpenCase(requests.decode(requests.encode(v)));
        assertThat(command.applicant().surname()).isEqualTo(fourteen);
        assertThat(command.applicant().hangulName()).isEqualTo(nineteen);
        assertThat(command.applicant().givenNames()).isEqualTo("ØØØØØØØØØØØØØØ");
        assertThatThrownBy(() -> FieldRules.fits("ØØØØØØØØØØØØØØØ", FieldRules.RecordField.KYCREQ_GIVEN_NAMES, "givenNames"))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.reason()).isEqualTo(ReasonCode.FIELD_TOO_LONG));
    }

    private void assertRefused(String item, String value, ReasonCode reason, String field) throws Exception {
        Map<String, Object> v = new HashMap<>(requests.decode(fixture()).values());
        v.put(item, value);
        CopybookRecord r = requests.decode(requests.encode(v));
        assertThatThrownBy(() -> CoreBankingRecordMapper.toOpenCase(r))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.field()).isEqualTo(field);
                });
    }

    @Test
    void residenceCountryBecomesAResidenceAddressAndBlankMeansNone() throws Exception {
        // the fixture's RESIDENCE-COUNTRY bytes are EBCDIC spaces (0x40), as in records from before the field
        assertThat(CoreBankingRecordMapper.toOpenCase(requests.decode(fixture())).applicant().addresses()).isEmpty();
        Map<String, Object> v = new HashMap<>(requests.decode(fixture()).values());
        v.put("KYCREQ-RESIDENCE-COUNTRY", "IRN");
        byte[] record = requests.encode(v);
        // the field sits where the filler was: bytes 163-165 (0-based), EBCDIC "IRN" = C9 D9 D5
        assertThat(HEX.formatHex(record, 163, 166)).isEqualTo("C9D9D5");
        assertThat(record).hasSize(173);
        var addresses = CoreBankingRecordMapper.toOpenCase(requests.decode(record)).applicant().addresses();
        assertThat(addresses).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(org.ekyc.hub.verification.api.AddressKind.RESIDENCE);
            assertThat(a.country()).isEqualTo("IRN");
            assertThat(a.lines()).isNull();
        });
        v.put("KYCREQ-RESIDENCE-COUNTRY", "QQQ");
        CopybookRecord bad = requests.decode(requests.encode(v));
        assertThatThrownBy(() -> CoreBankingRecordMapper.toOpenCase(bad))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.reason()).isEqualTo(ReasonCode.INVALID_ADDRESS_COUNTRY));
    }
}
