package org.ekyc.hub.adapter.copybook;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ekyc.hub.adapter.fixedformat.MalformedRecordException;

/**
 * Encodes and decodes records of one copybook in one code page, EBCDIC (MQ records) or ASCII-based
 * (MS949 TCP telegrams, where zoned digits are plain '0'-'9' and only unsigned PIC 9 is allowed): text in the code page (for
 * CCSID 933, Hangul as double-byte between shift-out 0x0E and shift-in 0x0F), zoned decimals with
 * the sign in the last byte's zone (C/F positive, D negative), packed decimals (COMP-3) with the
 * sign in the last nibble, big-endian binaries. Thread-safe.
 *
 * <p>A record that is too short or long, holds a non-digit in a numeric item, a bad sign, an
 * unterminated double-byte run or bytes that are not characters of the code page is a
 * {@link MalformedRecordException} naming the field, its offset and the bytes found.
 */
public final class CopybookCodec {

    private static final byte SO = 0x0E;
    private static final byte SI = 0x0F;

    private final Copybook copybook;
    private final Charset charset;
    private final byte space;
    /** Zone nibble of the digits 0-9 in the code page: 0xF0 in EBCDIC, 0x30 in ASCII-based code pages. */
    private final int digitZone;

    public CopybookCodec(Copybook copybook, Charset charset) {
        this.copybook = copybook;
        this.charset = charset;
        byte[] sp = " ".getBytes(charset);
        if (sp.length != 1) {
            throw new IllegalArgumentException(charset + " does not encode a space as one byte");
        }
        this.space = sp[0];
        byte[] zero = "0".getBytes(charset);
        byte[] nine = "9".getBytes(charset);
        if (zero.length != 1 || nine.length != 1 || (zero[0] & 0x0F) != 0 || (nine[0] & 0xF0) != (zero[0] & 0xF0)) {
            throw new IllegalArgumentException(charset + " does not encode the digits as one zoned byte each");
        }
        this.digitZone = zero[0] & 0xF0;
        if (digitZone != 0xF0) {
            // ASCII-based code pages (MS949, EUC-KR, US-ASCII) have no agreed sign convention for
            // zoned decimals (overpunch differs between compilers): only unsigned PIC 9 is accepted.
            for (CopybookField f : copybook.fields().values()) {
                if (f.type() == FieldType.ZONED && f.signed()) {
                    throw new IllegalArgumentException(copybook.name() + "." + f.name()
                            + ": signed zoned decimal (PIC S9 DISPLAY) in the ASCII-based code page " + charset.name());
                }
                if (f.type() == FieldType.GRAPHIC) {
                    throw new IllegalArgumentException(copybook.name() + "." + f.name()
                            + ": PIC G/N (SO/SI-less double-byte) is an EBCDIC notion; use PIC X in " + charset.name());
                }
            }
        }
    }

    public Copybook copybook() {
        return copybook;
    }

    public Charset charset() {
        return charset;
    }

    public CopybookRecord decode(byte[] record) throws MalformedRecordException {
        if (record == null || record.length != copybook.recordLength()) {
            throw new MalformedRecordException("record length " + (record == null ? 0 : record.length)
                    + " bytes, copybook " + copybook.name() + " needs " + copybook.recordLength());
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (CopybookField f : copybook.fields().values()) {
            byte[] raw = Arrays.copyOfRange(record, f.offset(), f.end());
            values.put(f.name(), switch (f.type()) {
                case ALPHANUMERIC -> text(f, raw);
                case GRAPHIC -> graphic(f, raw);
                case ZONED -> zoned(f, raw);
                case PACKED -> packed(f, raw);
                case BINARY -> binary(f, raw);
            });
        }
        return new CopybookRecord(copybook, values);
    }

    /** Encodes the given values; items not given are spaces (text) or zero (numbers). */
    public byte[] encode(Map<String, ?> values) {
        byte[] record = new byte[copybook.recordLength()];
        Arrays.fill(record, space);
        for (CopybookField f : copybook.fields().values()) {
            Object v = values.get(f.name());
            byte[] bytes = switch (f.type()) {
                case ALPHANUMERIC -> encodeText(f, v == null ? "" : v.toString());
                case GRAPHIC -> encodeGraphic(f, v == null ? "" : v.toString());
                case ZONED -> encodeZoned(f, number(f, v));
                case PACKED -> encodePacked(f, number(f, v));
                case BINARY -> encodeBinary(f, number(f, v));
            };
            System.arraycopy(bytes, 0, record, f.offset(), bytes.length);
        }
        for (String name : values.keySet()) {
            copybook.field(name); // unknown names are a caller's error, not silently dropped
        }
        return record;
    }

    // --- text ---------------------------------------------------------------------------------

    private String text(CopybookField f, byte[] raw) throws MalformedRecordException {
        if (digitZone != 0xF0) {
            // ASCII-based: Hangul is double-byte without shifts; a control byte is line noise
            for (byte b : raw) {
                if ((b & 0xFF) < 0x20 || b == 0x7F) {
                    throw malformed(f, raw, "control character in a text item");
                }
            }
            return stripTrailing(decodeStrict(f, raw));
        }
        boolean shifted = false;
        for (byte b : raw) {
            if (b == SO) {
                if (shifted) {
                    throw malformed(f, raw, "shift-out inside a double-byte run");
                }
                shifted = true;
            } else if (b == SI) {
                if (!shifted) {
                    throw malformed(f, raw, "shift-in without shift-out");
                }
                shifted = false;
            }
        }
        if (shifted) {
            throw malformed(f, raw, "double-byte run not closed by shift-in before the end of the field");
        }
        // EBCDIC's control bytes decode to C0/C1 controls: no character a text item carries (trailing
        // low-values are padding, stripped first)
        String text = stripTrailing(decodeStrict(f, raw));
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                throw malformed(f, raw, "control character in a text item");
            }
        }
        return text;
    }

    private String graphic(CopybookField f, byte[] raw) throws MalformedRecordException {
        byte[] wrapped = new byte[raw.length + 2];
        wrapped[0] = SO;
        System.arraycopy(raw, 0, wrapped, 1, raw.length);
        wrapped[wrapped.length - 1] = SI;
        return stripTrailing(decodeStrict(f, wrapped).replace('\u3000', ' '));
    }

    private String decodeStrict(CopybookField f, byte[] raw) throws MalformedRecordException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            throw malformed(f, raw, "bytes that are not characters of " + charset.name());
        }
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\u0000')) {
            end--;
        }
        return s.substring(0, end);
    }

    private byte[] encodeText(CopybookField f, String value) {
        byte[] bytes = encodeStrict(f, value);
        if (bytes.length > f.length()) {
            throw new IllegalArgumentException(f.name() + ": '" + value.length() + " characters' need " + bytes.length
                    + " bytes in " + charset.name() + ", the field has " + f.length());
        }
        byte[] out = new byte[f.length()];
        Arrays.fill(out, space);
        System.arraycopy(bytes, 0, out, 0, bytes.length);
        return out;
    }

    private byte[] encodeGraphic(CopybookField f, String value) {
        byte[] out = new byte[f.length()];
        byte[] dbcsSpace = dbcs(f, "\u3000");
        for (int i = 0; i < out.length; i += 2) {
            out[i] = dbcsSpace[0];
            out[i + 1] = dbcsSpace[1];
        }
        byte[] bytes = value.isEmpty() ? new byte[0] : dbcs(f, value);
        if (bytes.length > f.length()) {
            throw new IllegalArgumentException(f.name() + ": " + value.length() + " characters do not fit " + f.digits());
        }
        System.arraycopy(bytes, 0, out, 0, bytes.length);
        return out;
    }

    /** Double-byte form of a text: encoded in the code page with its SO/SI removed. */
    private byte[] dbcs(CopybookField f, String value) {
        byte[] mixed = encodeStrict(f, value);
        if (mixed.length < 2 || mixed[0] != SO || mixed[mixed.length - 1] != SI) {
            throw new IllegalArgumentException(f.name() + ": '" + value + "' is not all double-byte in " + charset.name());
        }
        byte[] inner = Arrays.copyOfRange(mixed, 1, mixed.length - 1);
        for (byte b : inner) {
            if (b == SO || b == SI) {
                throw new IllegalArgumentException(f.name() + ": value mixes single- and double-byte characters");
            }
        }
        return inner;
    }

    private byte[] encodeStrict(CopybookField f, String value) {
        CharsetEncoder encoder = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer buf = encoder.encode(CharBuffer.wrap(value));
            byte[] out = new byte[buf.remaining()];
            buf.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(f.name() + ": a character has no encoding in " + charset.name());
        }
    }

    // --- numbers ------------------------------------------------------------------------------

    private BigDecimal zoned(CopybookField f, byte[] raw) throws MalformedRecordException {
        StringBuilder digits = new StringBuilder(raw.length);
        boolean negative = false;
        for (int i = 0; i < raw.length; i++) {
            int zone = (raw[i] >> 4) & 0x0F;
            int digit = raw[i] & 0x0F;
            if (digit > 9) {
                throw malformed(f, raw, "non-digit in a zoned decimal");
            }
            boolean last = i == raw.length - 1;
            if ((!last || digitZone != 0xF0) && zone != digitZone >> 4) {
                throw malformed(f, raw, "non-digit in a zoned decimal");
            }
            if (last && digitZone == 0xF0) {
                negative = sign(f, raw, zone);
            }
            digits.append((char) ('0' + digit));
        }
        return value(digits, negative, f);
    }

    private BigDecimal packed(CopybookField f, byte[] raw) throws MalformedRecordException {
        StringBuilder digits = new StringBuilder(raw.length * 2);
        for (int i = 0; i < raw.length; i++) {
            int hi = (raw[i] >> 4) & 0x0F;
            int lo = raw[i] & 0x0F;
            if (hi > 9) {
                throw malformed(f, raw, "non-digit nibble in a packed decimal");
            }
            digits.append((char) ('0' + hi));
            if (i < raw.length - 1) {
                if (lo > 9) {
                    throw malformed(f, raw, "non-digit nibble in a packed decimal");
                }
                digits.append((char) ('0' + lo));
            } else {
                return value(digits, sign(f, raw, lo), f);
            }
        }
        throw malformed(f, raw, "empty packed decimal");
    }

    private static boolean sign(CopybookField f, byte[] raw, int nibble) throws MalformedRecordException {
        return switch (nibble) {
            case 0x0C, 0x0A, 0x0E, 0x0F -> false;
            case 0x0D, 0x0B -> {
                if (!f.signed()) {
                    throw malformed(f, raw, "negative sign in an unsigned item");
                }
                yield true;
            }
            default -> throw malformed(f, raw, "invalid sign nibble " + Integer.toHexString(nibble).toUpperCase());
        };
    }

    private static BigDecimal value(StringBuilder digits, boolean negative, CopybookField f) {
        BigDecimal v = new BigDecimal(new BigInteger(digits.toString()), f.scale());
        return negative ? v.negate() : v;
    }

    private BigDecimal binary(CopybookField f, byte[] raw) {
        long v = 0;
        for (byte b : raw) {
            v = (v << 8) | (b & 0xFF);
        }
        int bits = raw.length * 8;
        if (f.signed() && bits < 64 && (v & (1L << (bits - 1))) != 0) {
            v -= 1L << bits;
        }
        return BigDecimal.valueOf(v, f.scale());
    }

    private static BigDecimal number(CopybookField f, Object v) {
        if (v == null) {
            return BigDecimal.ZERO.setScale(f.scale());
        }
        BigDecimal n;
        if (v instanceof BigDecimal d) {
            n = d;
        } else if (v instanceof Number || v instanceof CharSequence) {
            try {
                n = new BigDecimal(v.toString().trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(f.name() + ": '" + v + "' is not a number");
            }
        } else {
            throw new IllegalArgumentException(f.name() + ": " + v.getClass().getSimpleName() + " is not a number");
        }
        try {
            n = n.setScale(f.scale(), RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(f.name() + ": " + v + " has more than " + f.scale() + " decimals");
        }
        if (n.signum() < 0 && !f.signed()) {
            throw new IllegalArgumentException(f.name() + ": negative value for an unsigned item");
        }
        if (n.unscaledValue().abs().toString().length() > f.digits()) {
            throw new IllegalArgumentException(f.name() + ": " + v + " does not fit " + f.digits() + " digits");
        }
        return n;
    }

    private static String digits(CopybookField f, BigDecimal n) {
        String d = n.unscaledValue().abs().toString();
        return "0".repeat(f.digits() - d.length()) + d;
    }

    private byte[] encodeZoned(CopybookField f, BigDecimal n) {
        String d = digits(f, n);
        byte[] out = new byte[f.length()];
        for (int i = 0; i < d.length(); i++) {
            out[i] = (byte) (digitZone | (d.charAt(i) - '0'));
        }
        int zone = !f.signed() ? digitZone : n.signum() < 0 ? 0xD0 : 0xC0;
        out[out.length - 1] = (byte) (zone | (d.charAt(d.length() - 1) - '0'));
        return out;
    }

    private static byte[] encodePacked(CopybookField f, BigDecimal n) {
        int nibbles = f.length() * 2;
        String d = "0".repeat(nibbles - 1 - f.digits()) + digits(f, n);
        byte[] out = new byte[f.length()];
        for (int i = 0; i < d.length(); i++) {
            int digit = d.charAt(i) - '0';
            out[i / 2] |= (byte) (i % 2 == 0 ? digit << 4 : digit);
        }
        int sign = !f.signed() ? 0x0F : n.signum() < 0 ? 0x0D : 0x0C;
        out[out.length - 1] |= (byte) sign;
        return out;
    }

    private static byte[] encodeBinary(CopybookField f, BigDecimal n) {
        long v = n.unscaledValue().longValueExact();
        byte[] out = new byte[f.length()];
        for (int i = out.length - 1; i >= 0; i--) {
            out[i] = (byte) (v & 0xFF);
            v >>= 8;
        }
        return out;
    }

    /** The bytes are shown for numeric items only: text items may hold personal data. */
    private static MalformedRecordException malformed(CopybookField f, byte[] raw, String why) {
        String bytes = f.numeric() ? " (bytes " + HexFormat.of().withUpperCase().formatHex(raw) + ")" : "";
        return new MalformedRecordException(f.name() + " at offset " + f.offset() + ": " + why + bytes);
    }
}
