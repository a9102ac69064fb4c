package org.ekyc.hub.adapter.copybook;

/** How an elementary copybook item is stored (its PICTURE and USAGE). */
public enum FieldType {
    /** PIC X: characters in the record's code page; for CCSID 933 mixed SBCS/DBCS with SO/SI. */
    ALPHANUMERIC,
    /** PIC G / PIC N: pure double-byte characters, 2 bytes each, no SO/SI. */
    GRAPHIC,
    /** PIC 9 / S9 USAGE DISPLAY: zoned decimal, one digit a byte, sign in the last byte's zone. */
    ZONED,
    /** PIC 9 / S9 USAGE COMP-3: packed decimal, two digits a byte, sign in the last nibble. */
    PACKED,
    /** PIC 9 / S9 USAGE COMP / BINARY: big-endian two's complement, 2, 4 or 8 bytes. */
    BINARY
}
