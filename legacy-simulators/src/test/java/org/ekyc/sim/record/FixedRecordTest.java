package org.ekyc.sim.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Field by field, against literal CCSID 933 bytes written out by hand from the code page tables. */
class FixedRecordTest {

    private static final Charset CCSID_933 = Charset.forName("x-IBM933");
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private static FixedRecord record(String hex) throws RecordFormatException {
        byte[] b = HEX.parseHex(hex.replace(" ", ""));
        return FixedRecord.read("TEST", b, b.length, CCSID_933);
    }

    private static String hex(FixedRecord r) {
        return HEX.formatHex(r.bytes());
    }

    @Test
    void latinTextIsSingleByteEbcdicPaddedWithSpaces() throws Exception {
        Field f = new Field("NAME", 0, 8);
        FixedRecord r = record("D5C7E4E8C5D54040");
        assertThat(r.text(f)).isEqualTo("NGUYEN");
        assertThat(hex(FixedRecord.blank(8, CCSID_933).text(f, "NGUYEN"))).isEqualTo("D5C7E4E8C5D54040");
    }

    @Test
    void hangulIsDoubleByteBetweenShiftOutAndShiftInCountedInTheField() throws Exception {
        // "AN " then 응우옌: SO, B777 B681 B585, SI; then spaces to 16 bytes
        String bytes = "C1D540" + "0E" + "B777B681B585" + "0F" + "4040404040";
        Field f = new Field("HANGUL-NAME", 0, 16);
        assertThat(record(bytes).text(f)).isEqualTo("AN 응우옌");
        assertThat(hex(FixedRecord.blank(16, CCSID_933).text(f, "AN 응우옌"))).isEqualTo(bytes);
    }

    @Test
    void aDoubleByteRunLeftOpenAtTheEndOfTheFieldIsRefused() throws Exception {
        // the JDK decoder alone would read this as 응우 and say nothing
        FixedRecord r = record("0EB777B681" + "40" + "4040");
        assertThatThrownBy(() -> r.text(new Field("HANGUL-NAME", 0, 5)))
                .isInstanceOf(RecordFormatException.class)
                .hasMessageContaining("HANGUL-NAME").hasMessageContaining("shift-in");
    }

    @Test
    void aHangulValueThatDoesNotFitWithItsShiftBytesIsNotWritten() {
        // 홍길동 is 6 bytes of Hangul plus SO and SI: 8 bytes
        assertThat(HEX.formatHex("홍길동".getBytes(CCSID_933))).isEqualTo("0ED1B78BA995B70F");
        assertThatThrownBy(() -> FixedRecord.blank(7, CCSID_933).text(new Field("NAME", 0, 7), "홍길동"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("8 bytes");
    }

    @Test
    void aByteOutsideTheCodePageIsRefused() throws Exception {
        FixedRecord r = record("C141");
        assertThatThrownBy(() -> r.text(new Field("CODE", 0, 2)))
                .isInstanceOf(RecordFormatException.class).hasMessageContaining("CODE at offset 0");
    }

    @Test
    void zonedDigitsAreF0ToF9() throws Exception {
        Field f = new Field("BIRTH-DATE", 2, 8);
        FixedRecord r = record("4040 F1F9F9F4F0F3F1F7");
        assertThat(r.zoned(f)).isEqualTo(19940317L);
        assertThat(hex(FixedRecord.blank(10, CCSID_933).zoned(f, 19940317L))).isEqualTo("4040F1F9F9F4F0F3F1F7");
        assertThat(hex(FixedRecord.blank(2, CCSID_933).zoned(new Field("RC", 0, 2), 0))).isEqualTo("F0F0");
    }

    @Test
    void aNonDigitInAZonedFieldIsRefusedWithItsOffset() throws Exception {
        FixedRecord r = record("F1F940F4");
        assertThatThrownBy(() -> r.zoned(new Field("BIRTH-DATE", 0, 4)))
                .isInstanceOf(RecordFormatException.class)
                .satisfies(e -> assertThat(((RecordFormatException) e).offset()).isEqualTo(2))
                .hasMessageContaining("not a digit: 40");
    }

    @Test
    void packedDecimalsCarryTwoDigitsAByteAndTheSignInTheLastNibble() throws Exception {
        Field limit = new Field("LIMIT-AMOUNT", 0, 6, 2);
        assertThat(record("00100000000C").packed(limit)).isEqualByComparingTo("1000000.00");
        assertThat(record("00000001234D").packed(limit)).isEqualByComparingTo("-12.34");
        assertThat(record("00000001234F").packed(limit)).isEqualByComparingTo("12.34");
        assertThat(record("00000001234A").packed(limit)).isEqualByComparingTo("12.34");
        assertThat(record("00000001234B").packed(limit)).isEqualByComparingTo("-12.34");
        assertThat(hex(FixedRecord.blank(6, CCSID_933).packed(limit, new BigDecimal("1000000.00"))))
                .isEqualTo("00100000000C");
        assertThat(hex(FixedRecord.blank(6, CCSID_933).packed(limit, new BigDecimal("-12.34"))))
                .isEqualTo("00000001234D");
        assertThat(hex(FixedRecord.blank(8, CCSID_933).packed(new Field("DEPOSIT", 0, 8, 2), BigDecimal.ZERO)))
                .isEqualTo("000000000000000C");
    }

    @Test
    void aBadSignOrDigitNibbleIsRefused() throws Exception {
        Field f = new Field("AMOUNT", 0, 3, 2);
        assertThatThrownBy(() -> record("123455").packed(f))
                .isInstanceOf(RecordFormatException.class).hasMessageContaining("sign nibble 5");
        assertThatThrownBy(() -> record("1A345C").packed(f))
                .isInstanceOf(RecordFormatException.class).hasMessageContaining("not a packed digit: A");
    }

    @Test
    void valuesThatDoNotFitAreNotWritten() {
        assertThatThrownBy(() -> FixedRecord.blank(3, CCSID_933).packed(new Field("AMOUNT", 0, 3, 2), new BigDecimal("1000.00")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FixedRecord.blank(3, CCSID_933).packed(new Field("AMOUNT", 0, 3, 2), new BigDecimal("1.005")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FixedRecord.blank(2, CCSID_933).zoned(new Field("RC", 0, 2), 100))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRecordOfTheWrongLengthIsRefused() {
        assertThatThrownBy(() -> FixedRecord.read("ACCTRSP", new byte[79], 80, CCSID_933))
                .isInstanceOf(RecordFormatException.class)
                .hasMessage("ACCTRSP at offset 0: record of 79 bytes, the layout has 80");
        assertThatThrownBy(() -> FixedRecord.read("ACCTRSP", null, 80, CCSID_933))
                .isInstanceOf(RecordFormatException.class);
    }
}
