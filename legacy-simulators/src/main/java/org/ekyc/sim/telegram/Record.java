package org.ekyc.sim.telegram;

import java.nio.charset.Charset;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * A fixed-length telegram record in MS949, read and written by byte offset as the peer's own
 * programs would. The common header (50 bytes): type 0-4, transaction id 4-24, timestamp 24-38,
 * response code 38-42, institution code 42-50. Layouts: the hub's docs/layouts/.
 */
public final class Record {

    public static final Charset MS949 = Charset.forName("x-windows-949");
    public static final int HEADER = 50;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

    private final byte[] bytes;

    public Record(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A blank (all spaces) record of {@code length} bytes. */
    public static Record blank(int length) {
        byte[] b = new byte[length];
        Arrays.fill(b, (byte) ' ');
        return new Record(b);
    }

    /** A reply: the request's header with the reply type, now, and the response code. */
    public static Record reply(Record request, String type, int length, String responseCode) {
        Record r = blank(length);
        r.put(0, 4, type);
        r.put(4, 20, request.text(4, 20));
        r.put(24, 14, STAMP.format(LocalDateTime.now(java.time.ZoneId.of("Asia/Seoul"))));
        r.put(38, 4, responseCode);
        r.put(42, 8, request.text(42, 8));
        return r;
    }

    public int length() {
        return bytes.length;
    }

    public byte[] bytes() {
        return bytes;
    }

    /** The field's text, trailing spaces removed; bytes that are not MS949 come out as U+FFFD. */
    public String text(int offset, int length) {
        if (offset + length > bytes.length) {
            return "";
        }
        return new String(bytes, offset, length, MS949).stripTrailing();
    }

    public Record put(int offset, int length, String value) {
        byte[] v = value.getBytes(MS949);
        if (v.length > length) {
            throw new IllegalArgumentException("value needs " + v.length + " bytes, field has " + length);
        }
        Arrays.fill(bytes, offset, offset + length, (byte) ' ');
        System.arraycopy(v, 0, bytes, offset, v.length);
        return this;
    }

    public String type() {
        return text(0, 4);
    }

    public String transactionId() {
        return text(4, 20);
    }
}
