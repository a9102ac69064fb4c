package org.ekyc.sim.record;

/**
 * One field of a fixed-length record: its copybook name (used in error messages only), byte offset,
 * length in bytes and, for packed decimals, the digits after the implied decimal point ({@code V99}).
 */
public record Field(String name, int offset, int length, int scale) {

    public Field {
        if (offset < 0 || length <= 0 || scale < 0) {
            throw new IllegalArgumentException(name + ": offset " + offset + ", length " + length + ", scale " + scale);
        }
    }

    /** A text ({@code PIC X}) or zoned ({@code PIC 9}) field. */
    public Field(String name, int offset, int length) {
        this(name, offset, length, 0);
    }

    public int end() {
        return offset + length;
    }
}
