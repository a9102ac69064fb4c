package org.ekyc.sim.record;

/**
 * A record the simulated peer cannot read: wrong length, a byte outside the code page, a non-digit in
 * a zoned field, a bad packed-decimal nibble, a double-byte run left open. Names the field and its
 * offset; the message never repeats a text field's bytes.
 */
public class RecordFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final int offset;

    public RecordFormatException(String field, int offset, String problem) {
        super(field + " at offset " + offset + ": " + problem);
        this.field = field;
        this.offset = offset;
    }

    /** The field that could not be read, or the record's name when its length is wrong. */
    public String field() {
        return field;
    }

    public int offset() {
        return offset;
    }
}
