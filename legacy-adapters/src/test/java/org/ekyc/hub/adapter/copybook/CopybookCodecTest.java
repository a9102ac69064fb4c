package org.ekyc.hub.adapter.copybook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ekyc.hub.adapter.fixedformat.MalformedRecordException;
import org.junit.jupiter.api.Test;

class CopybookCodecTest {

    private static final Charset CCSID_933 = Charset.forName("x-IBM933");
    private static final Charset CCSID_037 = Charset.forName("IBM037");
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private static Copybook book(String... entries) {
        StringBuilder text = new StringBuilder("       01  T.\n");
        for (String e : entries) {
            text.append("           05  ").append(e).append('\n');
        }
        return CopybookParser.parse("T", text.toString());
    }

    private static String hex(byte[] b) {
        return HEX.formatHex(b);
    }

    private static byte[] bytes(String hex) {
        return HEX.parseHex(hex.replace(" ", ""));
    }

    // --- packed decimal (COMP-3) ---

    @Test
    void packedDecimalEncodesSignInTheLastNibble() {
        CopybookCodec c = new CopybookCodec(book("P PIC S9(5) COMP-3."), CCSID_037);
        assertThat(hex(c.encode(Map.of("P", 12345)))).isEqualTo("12345C");
        assertThat(hex(c.encode(Map.of("P", -12345)))).isEqualTo("12345D");
        assertThat(hex(c.encode(Map.of("P", 0)))).isEqualTo("00000C");
        assertThat(hex(c.encode(Map.of("P", 99999)))).isEqualTo("99999C");
        assertThat(hex(c.encode(Map.of("P", -99999)))).isEqualTo("99999D");
    }

    @Test
    void packedDecimalWithEvenDigitsAndImpliedDecimals() {
        CopybookCodec even = new CopybookCodec(book("P PIC S9(4) COMP-3."), CCSID_037);
        assertThat(hex(even.encode(Map.of("P", 1234)))).isEqualTo("01234C");
        CopybookCodec money = new CopybookCodec(book("A PIC S9(13)V99 COMP-3."), CCSID_037);
        assertThat(hex(money.encode(Map.of("A", new BigDecimal("1234.56"))))).isEqualTo("000000000123456C");
        assertThat(hex(money.encode(Map.of("A", new BigDecimal("-0.01"))))).isEqualTo("000000000000001D");
        CopybookCodec unsigned = new CopybookCodec(book("U PIC 9(3) COMP-3."), CCSID_037);
        assertThat(hex(unsigned.encode(Map.of("U", 7)))).isEqualTo("007F");
    }

    @Test
    void packedDecimalDecodesEveryValidSignAndRoundTrips() throws Exception {
        CopybookCodec c = new CopybookCodec(book("A PIC S9(13)V99 COMP-3."), CCSID_037);
        assertThat(c.decode(bytes("000000000123456C")).decimal("A")).isEqualByComparingTo("1234.56");
        assertThat(c.decode(bytes("000000000123456D")).decimal("A")).isEqualByComparingTo("-1234.56");
        assertThat(c.decode(bytes("000000000123456F")).decimal("A")).isEqualByComparingTo("1234.56");
        assertThat(c.decode(bytes("999999999999999C")).decimal("A")).isEqualByComparingTo("9999999999999.99");
        for (String v : new String[] {"0.00", "-9999999999999.99", "42.10", "-0.05"}) {
            assertThat(c.decode(c.encode(Map.of("A", new BigDecimal(v)))).decimal("A")).isEqualByComparingTo(v);
        }
    }

    @Test
    void garbledPackedDecimalIsMalformedWithFieldAndBytes() {
        CopybookCodec c = new CopybookCodec(book("P PIC S9(5) COMP-3."), CCSID_037);
        assertThatThrownBy(() -> c.decode(bytes("123457"))).isInstanceOf(MalformedRecordException.class)
                .hasMessageContaining("P at offset 0").hasMessageContaining("invalid sign nibble 7")
                .hasMessageContaining("123457");
        assertThatThrownBy(() -> c.decode(bytes("1A345C"))).isInstanceOf(MalformedRecordException.class)
                .hasMessageContaining("non-digit nibble");
        CopybookCodec unsigned = new CopybookCodec(book("U PIC 9(5) COMP-3."), CCSID_037);
        assertThatThrownBy(() -> unsigned.decode(bytes("12345D"))).isInstanceOf(MalformedRecordException.class)
                .hasMessageContaining("negative sign in an unsigned item");
    }

    @Test
    void valueThatDoesNotFitIsRefusedNotTruncated() {
        CopybookCodec c = new CopybookCodec(book("P PIC S9(5) COMP-3."), CCSID_037);
        assertThatThrownBy(() -> c.encode(Map.of("P", 123456))).hasMessageContaining("does not fit 5 digits");
        CopybookCodec money = new CopybookCodec(book("A PIC S9(3)V99 COMP-3."), CCSID_037);
        assertThatThrownBy(() -> money.encode(Map.of("A", new BigDecimal("1.234")))).hasMessageContaining("more than 2 decimals");
        CopybookCodec unsigned = new CopybookCodec(book("U PIC 9(3) COMP-3."), CCSID_037);
        assertThatThrownBy(() -> unsigned.encode(Map.of("U", -1))).hasMessageContaining("negative value");
    }

    // --- zoned decimal ---

    @Test
    void zonedDecimalCarriesTheSignInTheLastZone() throws Exception {
        CopybookCodec date = new CopybookCodec(book("D PIC 9(8)."), CCSID_037);
        assertThat(hex(date.encode(Map.of("D", 19940317)))).isEqualTo("F1F9F9F4F0F3F1F7");
        CopybookCodec signed = new CopybookCodec(book("S PIC S9(3)."), CCSID_037);
        assertThat(hex(signed.encode(Map.of("S", -123)))).isEqualTo("F1F2D3");
        assertThat(hex(signed.encode(Map.of("S", 123)))).isEqualTo("F1F2C3");
        assertThat(signed.decode(bytes("F1F2D3")).integer("S")).isEqualTo(-123);
        assertThat(signed.decode(bytes("F1F2F3")).integer("S")).isEqualTo(123);
        CopybookCodec rate = new CopybookCodec(book("R PIC S9V9(4)."), CCSID_037);
        assertThat(rate.decode(bytes("F0F1F2F5C0")).decimal("R")).isEqualByComparingTo("0.1250");
    }

    @Test
    void spacesInAZonedDecimalAreMalformed() {
        CopybookCodec date = new CopybookCodec(book("D PIC 9(8)."), CCSID_037);
        assertThatThrownBy(() -> date.decode(bytes("F1F9F9F44040F1F7"))).isInstanceOf(MalformedRecordException.class)
                .hasMessageContaining("non-digit in a zoned decimal");
    }

    // --- binary ---

    @Test
    void binaryIsBigEndianTwosComplement() throws Exception {
        CopybookCodec c = new CopybookCodec(book("H PIC S9(4) COMP.", "F PIC 9(9) BINARY."), CCSID_037);
        byte[] b = c.encode(Map.of("H", -2, "F", 305419896));
        assertThat(hex(b)).isEqualTo("FFFE12345678");
        CopybookRecord r = c.decode(b);
        assertThat(r.integer("H")).isEqualTo(-2);
        assertThat(r.integer("F")).isEqualTo(305419896);
    }

    // --- text, EBCDIC and DBCS ---

    @Test
    void latinTextInCcsid037IsPaddedWithEbcdicSpaces() throws Exception {
        CopybookCodec c = new CopybookCodec(book("N PIC X(8)."), CCSID_037);
        assertThat(hex(c.encode(Map.of("N", "KIM A")))).isEqualTo("D2C9D440C1404040");
        assertThat(c.decode(bytes("D2C9D440C1404040")).text("N")).isEqualTo("KIM A");
    }

    @Test
    void hangulInCcsid933IsDoubleByteBetweenShiftOutAndShiftIn() throws Exception {
        CopybookCodec c = new CopybookCodec(book("H PIC X(12)."), CCSID_933);
        byte[] b = c.encode(Map.of("H", "김민수"));
        assertThat(hex(b)).isEqualTo("0E8BB1A3A5AE810F40404040");
        assertThat(c.decode(b).text("H")).isEqualTo("김민수");
        assertThat(c.decode(bytes("D2C9D4400E8BB1A3A5AE810F")).text("H")).isEqualTo("KIM 김민수");
    }

    @Test
    void shiftOutWithoutShiftInIsMalformedAndShowsNoPersonalData() {
        CopybookCodec c = new CopybookCodec(book("H PIC X(8)."), CCSID_933);
        assertThatThrownBy(() -> c.decode(bytes("0E8BB1A3A5AE8140"))).isInstanceOf(MalformedRecordException.class)
                .hasMessageContaining("not closed by shift-in").hasMessageNotContaining("8BB1");
        assertThatThrownBy(() -> c.decode(bytes("D2C9D40F40404040"))).isInstanceOf(MalformedRecordException.class)
                .hasMessageContaining("shift-in without shift-out");
    }

    @Test
    void bytesThatAreNoCharacterOfCcsid933AreMalformed() throws Exception {
        CopybookCodec c = new CopybookCodec(book("H PIC X(4)."), CCSID_933);
        // unassigned single bytes, a double-byte pair outside the table, and control bytes (NUL, ESC, NL, EO)
        for (String raw : new String[] {"D2C94140", "D2C9B140", "0EFFFF0F", "D2C900C9", "D2C927C9", "D2C915C9", "D2FF4040"}) {
            assertThatThrownBy(() -> c.decode(bytes(raw))).as(raw).isInstanceOf(MalformedRecordException.class)
                    .hasMessageContaining("H at offset 0");
        }
        // trailing low-values are padding, as before
        assertThat(c.decode(bytes("D2C90000")).text("H")).isEqualTo("KI");
    }

    @Test
    void hangulThatDoesNotFitIsRefused() {
        CopybookCodec c = new CopybookCodec(book("H PIC X(6)."), CCSID_933);
        assertThatThrownBy(() -> c.encode(Map.of("H", "김민수"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("need 8 bytes").hasMessageContaining("the field has 6");
    }

    @Test
    void graphicItemsArePureDoubleByteWithoutShifts() throws Exception {
        CopybookCodec c = new CopybookCodec(book("G PIC G(4)."), CCSID_933);
        byte[] b = c.encode(Map.of("G", "김민수"));
        assertThat(b).hasSize(8);
        assertThat(hex(b)).isEqualTo("8BB1A3A5AE814040");
        assertThat(c.decode(b).text("G")).isEqualTo("김민수");
    }

    @Test
    void unknownFieldNameIsRefused() {
        CopybookCodec c = new CopybookCodec(book("N PIC X(2)."), CCSID_037);
        assertThatThrownBy(() -> c.encode(Map.of("NOPE", "x"))).hasMessageContaining("has no field NOPE");
    }

    @Test
    void wrongRecordLengthIsMalformed() {
        CopybookCodec c = new CopybookCodec(book("N PIC X(4)."), CCSID_037);
        assertThatThrownBy(() -> c.decode(bytes("C1C2C3"))).isInstanceOf(MalformedRecordException.class)
                .hasMessageContaining("record length 3 bytes, copybook T needs 4");
    }

    // --- the hub's copybooks ---

    @Test
    void kycreqRoundTripsThroughCcsid933WithAHangulName() throws Exception {
        CopybookCodec c = new CopybookCodec(Copybook.fromClasspath("copybooks/KYCREQ.cpy"), CCSID_933);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("KYCREQ-REQ-TYPE", "OPEN");
        v.put("KYCREQ-CUSTOMER-REF", "CIF0000012345");
        v.put("KYCREQ-REQ-SEQ", 7);
        v.put("KYCREQ-SURNAME", "KIM");
        v.put("KYCREQ-GIVEN-NAMES", "MINSU");
        v.put("KYCREQ-HANGUL-NAME", "김민수");
        v.put("KYCREQ-NATIONALITY", "KOR");
        v.put("KYCREQ-BIRTH-DATE", 19900101);
        v.put("KYCREQ-PRODUCT", "ACCOUNT");
        byte[] record = c.encode(v);
        assertThat(record).hasSize(173);
        assertThat(hex(java.util.Arrays.copyOfRange(record, 24, 29))).isEqualTo("000000007C");
        assertThat(hex(java.util.Arrays.copyOfRange(record, 89, 97))).isEqualTo("0E8BB1A3A5AE810F");
        CopybookRecord r = c.decode(record);
        assertThat(r.text("KYCREQ-HANGUL-NAME")).isEqualTo("김민수");
        assertThat(r.integer("KYCREQ-REQ-SEQ")).isEqualTo(7);
        assertThat(r.integer("KYCREQ-BIRTH-DATE")).isEqualTo(19900101);
        assertThat(r.text("KYCREQ-REGISTRATION-NO")).isEmpty();
    }

    // --- ASCII-based code pages (MS949 TCP telegrams) ---

    private static final Charset MS949 = Charset.forName("x-windows-949");

    @Test
    void ms949ZonedDigitsArePlainAsciiAndHangulIsTwoBytesWithoutShifts() throws Exception {
        CopybookCodec c = new CopybookCodec(book("N PIC X(6).", "D PIC 9(8)."), MS949);
        byte[] record = c.encode(Map.of("N", "홍길", "D", 19900101));
        assertThat(hex(record)).isEqualTo("C8ABB1E62020" + "3139393030313031");
        CopybookRecord back = c.decode(record);
        assertThat(back.text("N")).isEqualTo("홍길");
        assertThat(back.integer("D")).isEqualTo(19900101L);
    }

    @Test
    void ms949RefusesSpacesOrLettersInDigitsHalfCharactersAndControlBytes() {
        CopybookCodec c = new CopybookCodec(book("N PIC X(3).", "D PIC 9(2)."), MS949);
        assertThatThrownBy(() -> c.decode(bytes("414243 3A31"))).isInstanceOf(MalformedRecordException.class)
                .hasMessageContaining("D at offset 3").hasMessageContaining("non-digit");
        assertThatThrownBy(() -> c.decode(bytes("414243 2031"))).isInstanceOf(MalformedRecordException.class);
        // a Hangul lead byte cut off by the end of the field
        assertThatThrownBy(() -> c.decode(bytes("4142C8 3031"))).isInstanceOf(MalformedRecordException.class)
                .hasMessageContaining("N at offset 0");
        assertThatThrownBy(() -> c.decode(bytes("410E42 3031"))).isInstanceOf(MalformedRecordException.class)
                .hasMessageContaining("control character");
    }

    @Test
    void ms949HasNoSignedZonedOrGraphicItems() {
        assertThatThrownBy(() -> new CopybookCodec(book("S PIC S9(3)."), MS949))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("signed zoned");
        assertThatThrownBy(() -> new CopybookCodec(book("G PIC G(3)."), MS949))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PIC G");
    }
}
