package org.ekyc.sim.record;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

/**
 * A fixed-length record of a mainframe peer in one code page, read and written field by field at the
 * byte offsets of its layout, as the peer's COBOL program sees it. Three kinds of field:
 * <ul>
 * <li>text ({@code PIC X(n)}): characters of the code page, space-padded on the right. In a mixed
 * EBCDIC code page such as CCSID 933 (Korean) Hangul is double-byte between shift-out {@code 0E} and
 * shift-in {@code 0F}, and both shift bytes count in the field's length; a run still open at the end of
 * the field is refused;</li>
 * <li>zoned ({@code PIC 9(n)}, unsigned): one digit of the code page per byte ({@code F0}-{@code F9}
 * in EBCDIC);</li>
 * <li>packed decimal ({@code PIC S9(p)V9(s) COMP-3}): two digit nibbles a byte, the last half-byte is
 * the sign: written {@code C} positive, {@code D} negative; read as IBM's decimal instructions do,
 * {@code A C E F} positive, {@code B D} negative, a digit there is refused.</li>
 * </ul>
 * The record knows no layout: the record types (e.g. the core-banking orders) name their fields from
 * the layout pages in {@code docs/layouts/}. Reading never guesses: anything off is a
 * {@link RecordFormatException}. Writing a value that does not fit is a programming error.
 */
public final class FixedRecord {

    private static final byte SHIFT_OUT = 0x0E;
    private static final byte SHIFT_IN = 0x0F;
    private static final int SIGN_POSITIVE = 0xC;
    private static final int SIGN_NEGATIVE = 0xD;
    /** Also read, as IBM's packed-decimal instructions do: A and E plus, B minus. */
    private static final int SIGN_NEGATIVE_ALTERNATE = 0xB;

    private final byte[] bytes;
    private final Charset charset;
    private final byte[] digits;
    private final boolean shifted;

    private FixedRecord(byte[] bytes, Charset charset) {
        this.bytes = bytes;
        this.charset = charset;
        this.digits = "0123456789".getBytes(charset);
        if (digits.length != 10) {
            throw new IllegalArgumentException(charset + " has no single-byte digits");
        }
        byte[] hangul = charset.canEncode() && charset.newEncoder().canEncode('\uAC00')
                ? "\uAC00".getBytes(charset) : new byte[0];
        this.shifted = hangul.length > 0 && hangul[0] == SHIFT_OUT;
    }

    /** A record of {@code length} bytes, all spaces of the code page. */
    public static FixedRecord blank(int length, Charset charset) {
        byte[] b = new byte[length];
        Arrays.fill(b, spaceOf(charset));
        return new FixedRecord(b, charset);
    }

    /** The record held in {@code bytes}, refused unless it has exactly {@code length} bytes. */
    public static FixedRecord read(String recordName, byte[] bytes, int length, Charset charset)
            throws RecordFormatException {
        if (bytes == null || bytes.length != length) {
            throw new RecordFormatException(recordName, 0, "record of " + (bytes == null ? 0 : bytes.length)
                    + " bytes, the layout has " + length);
        }
        return new FixedRecord(bytes.clone(), charset);
    }

    public Charset charset() {
        return charset;
    }

    public int length() {
        return bytes.length;
    }

    /** A copy of the record's bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** A text field, trailing spaces removed. */
    public String text(Field f) throws RecordFormatException {
        if (shifted) {
            checkShifts(f);
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, f.offset(), f.length()))
                    .toString().stripTrailing();
        } catch (CharacterCodingException e) {
            throw new RecordFormatException(f.name(), f.offset(), "bytes outside " + charset.name());
        }
    }

    /** Writes a text field, space-padded; the encoded value (shift bytes included) must fit. */
    public FixedRecord text(Field f, String value) {
        byte[] v;
        try {
            ByteBuffer out = charset.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(value == null ? "" : value));
            v = new byte[out.remaining()];
            out.get(v);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(f.name() + ": value not in " + charset.name(), e);
        }
        if (v.length > f.length()) {
            throw new IllegalArgumentException(f.name() + ": value needs " + v.length + " bytes, the field has " + f.length());
        }
        Arrays.fill(bytes, f.offset(), f.end(), spaceOf(charset));
        System.arraycopy(v, 0, bytes, f.offset(), v.length);
        return this;
    }

    /** An unsigned zoned number. */
    public long zoned(Field f) throws RecordFormatException {
        long n = 0;
        for (int i = f.offset(); i < f.end(); i++) {
            int d = digitOf(bytes[i]);
            if (d < 0) {
                throw new RecordFormatException(f.name(), i, String.format("not a digit: %02X", bytes[i] & 0xFF));
            }
            n = n * 10 + d;
        }
        return n;
    }

    /** Writes an unsigned zoned number, zero-padded on the left. */
    public FixedRecord zoned(Field f, long value) {
        String s = Long.toString(value);
        if (value < 0 || s.length() > f.length()) {
            throw new IllegalArgumentException(f.name() + ": " + value + " is not " + f.length() + " unsigned digits");
        }
        int pad = f.length() - s.length();
        for (int i = 0; i < f.length(); i++) {
            bytes[f.offset() + i] = i < pad ? digits[0] : digits[s.charAt(i - pad) - '0'];
        }
        return this;
    }

    /** A packed decimal, with the field's scale. */
    public BigDecimal packed(Field f) throws RecordFormatException {
        BigInteger n = BigInteger.ZERO;
        for (int i = f.offset(); i < f.end(); i++) {
            int high = (bytes[i] >> 4) & 0xF;
            int low = bytes[i] & 0xF;
            n = appendDigit(n, high, f, i);
            if (i < f.end() - 1) {
                n = appendDigit(n, low, f, i);
            } else if (low <= 9) {
                throw new RecordFormatException(f.name(), i, String.format("bad sign nibble %X", low));
            } else if (low == SIGN_NEGATIVE || low == SIGN_NEGATIVE_ALTERNATE) {
                n = n.negate();
            }
        }
        return new BigDecimal(n, f.scale());
    }

    /** Writes a signed packed decimal: sign {@code C} for zero and positive values, {@code D} for negative. */
    public FixedRecord packed(Field f, BigDecimal value) {
        BigInteger unscaled;
        try {
            unscaled = value.setScale(f.scale()).unscaledValue();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(f.name() + ": " + value + " has more than " + f.scale() + " decimals", e);
        }
        String s = unscaled.abs().toString();
        int capacity = f.length() * 2 - 1;
        if (s.length() > capacity) {
            throw new IllegalArgumentException(f.name() + ": " + value + " needs more than " + capacity + " digits");
        }
        String nibbles = "0".repeat(capacity - s.length()) + s;
        int sign = unscaled.signum() < 0 ? SIGN_NEGATIVE : SIGN_POSITIVE;
        for (int i = 0; i < f.length(); i++) {
            int high = nibbles.charAt(2 * i) - '0';
            int low = 2 * i + 1 < capacity ? nibbles.charAt(2 * i + 1) - '0' : sign;
            bytes[f.offset() + i] = (byte) ((high << 4) | low);
        }
        return this;
    }

    private static BigInteger appendDigit(BigInteger n, int nibble, Field f, int at) throws RecordFormatException {
        if (nibble > 9) {
            throw new RecordFormatException(f.name(), at, String.format("not a packed digit: %X", nibble));
        }
        return n.multiply(BigInteger.TEN).add(BigInteger.valueOf(nibble));
    }

    private int digitOf(byte b) {
        for (int d = 0; d < 10; d++) {
            if (digits[d] == b) {
                return d;
            }
        }
        return -1;
    }

    /** Shift-out opens a double-byte run, shift-in closes it; inside a run bytes go in pairs. */
    private void checkShifts(Field f) throws RecordFormatException {
        int i = f.offset();
        boolean doubleByte = false;
        while (i < f.end()) {
            byte b = bytes[i];
            if (!doubleByte) {
                if (b == SHIFT_IN) {
                    throw new RecordFormatException(f.name(), i, "shift-in outside a double-byte run");
                }
                doubleByte = b == SHIFT_OUT;
                i++;
            } else if (b == SHIFT_IN) {
                doubleByte = false;
                i++;
            } else if (b == SHIFT_OUT || i + 1 >= f.end()) {
                throw new RecordFormatException(f.name(), i, "double-byte run not closed by shift-in");
            } else {
                i += 2;
            }
        }
        if (doubleByte) {
            throw new RecordFormatException(f.name(), f.end() - 1, "double-byte run not closed by shift-in");
        }
    }

    private static byte spaceOf(Charset charset) {
        byte[] space = " ".getBytes(charset);
        if (space.length != 1) {
            throw new IllegalArgumentException(charset + " has no single-byte space");
        }
        return space[0];
    }
}
