package org.ekyc.hub.adapter.copybook;

/**
 * One elementary item of a copybook, at its byte position in the record.
 *
 * @param name    the COBOL data name; items under OCCURS carry their 1-based index, {@code NAME(2)}
 * @param offset  0-based byte offset in the record
 * @param length  bytes in the record
 * @param type    storage
 * @param digits  total digits of a numeric item (integer + decimal), characters of a text item
 * @param scale   digits after the implied decimal point (PIC V)
 * @param signed  PIC S
 */
public record CopybookField(String name, int offset, int length, FieldType type, int digits, int scale, boolean signed) {

    public CopybookField {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("field name required");
        }
        if (offset < 0 || length <= 0) {
            throw new IllegalArgumentException(name + ": bad offset/length " + offset + "/" + length);
        }
    }

    public boolean numeric() {
        return type == FieldType.ZONED || type == FieldType.PACKED || type == FieldType.BINARY;
    }

    public int end() {
        return offset + length;
    }
}
