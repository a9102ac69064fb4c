package org.ekyc.sim.telegram;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The peers' framing, as their gateways speak it: a 4-digit ASCII length (bytes that follow, not
 * counting itself) in front of each record. Written here on plain streams, independently of the
 * hub's Netty codecs, so that each side checks the other.
 */
public final class Frames {

    public static final int MAX = 9999;

    private Frames() {
    }

    /** Reads one framed record; null at a clean end of stream before a frame starts. */
    public static byte[] read(InputStream in) throws IOException {
        byte[] prefix = new byte[4];
        int first = in.read();
        if (first < 0) {
            return null;
        }
        prefix[0] = (byte) first;
        readFully(in, prefix, 1, 3);
        String digits = new String(prefix, StandardCharsets.US_ASCII);
        if (!digits.matches("[0-9]{4}")) {
            throw new IOException("length prefix is not 4 ASCII digits");
        }
        byte[] record = new byte[Integer.parseInt(digits)];
        readFully(in, record, 0, record.length);
        return record;
    }

    public static void write(OutputStream out, byte[] record) throws IOException {
        if (record.length > MAX) {
            throw new IOException("record of " + record.length + " bytes does not fit a 4-digit length");
        }
        out.write(String.format("%04d", record.length).getBytes(StandardCharsets.US_ASCII));
        out.write(record);
        out.flush();
    }

    private static void readFully(InputStream in, byte[] b, int off, int len) throws IOException {
        int done = 0;
        while (done < len) {
            int n = in.read(b, off + done, len - done);
            if (n < 0) {
                throw new EOFException("connection closed inside a frame");
            }
            done += n;
        }
    }
}
