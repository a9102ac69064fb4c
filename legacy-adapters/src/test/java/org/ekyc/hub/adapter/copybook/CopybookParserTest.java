package org.ekyc.hub.adapter.copybook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CopybookParserTest {

    @Test
    void kycreqLayoutHasTheDocumentedOffsets() {
        Copybook cb = Copybook.fromClasspath("copybooks/KYCREQ.cpy");
        assertThat(cb.recordLength()).isEqualTo(173);
        assertThat(cb.field("KYCREQ-REQ-SEQ")).isEqualTo(new CopybookField("KYCREQ-REQ-SEQ", 24, 5, FieldType.PACKED, 9, 0, true));
        assertThat(cb.field("KYCREQ-SURNAME").offset()).isEqualTo(29);
        assertThat(cb.field("KYCREQ-HANGUL-NAME")).isEqualTo(new CopybookField("KYCREQ-HANGUL-NAME", 89, 40, FieldType.ALPHANUMERIC, 40, 0, false));
        assertThat(cb.field("KYCREQ-BIRTH-DATE")).isEqualTo(new CopybookField("KYCREQ-BIRTH-DATE", 132, 8, FieldType.ZONED, 8, 0, false));
        assertThat(cb.fields()).doesNotContainKey("FILLER").doesNotContainKey("KYCREQ-APPLICANT");
    }

    @Test
    void occursOnAGroupExpandsWithIndexes() {
        Copybook cb = Copybook.fromClasspath("copybooks/ACCTOPEN.cpy");
        assertThat(cb.field("ACCTOPEN-INITIAL-DEPOSIT")).isEqualTo(
                new CopybookField("ACCTOPEN-INITIAL-DEPOSIT", 142, 8, FieldType.PACKED, 15, 2, true));
        assertThat(cb.field("ACCTOPEN-LIMIT-TYPE(1)").offset()).isEqualTo(153);
        assertThat(cb.field("ACCTOPEN-LIMIT-AMOUNT(1)")).isEqualTo(
                new CopybookField("ACCTOPEN-LIMIT-AMOUNT(1)", 155, 6, FieldType.PACKED, 11, 2, true));
        assertThat(cb.field("ACCTOPEN-LIMIT-TYPE(2)").offset()).isEqualTo(161);
        assertThat(cb.recordLength()).isEqualTo(170);
        assertThat(Copybook.fromClasspath("copybooks/KYCRSP.cpy").recordLength()).isEqualTo(137);
        assertThat(Copybook.fromClasspath("copybooks/ACCTRSP.cpy").recordLength()).isEqualTo(80);
    }

    @Test
    void usageOnAGroupAppliesToItsItemsAndConditionNamesAreSkipped() {
        Copybook cb = CopybookParser.parse("G", """
                      * a comment line
                       01  G.
                           05  AMOUNTS COMP-3.
                               10  A1   PIC S9(3).
                               10  A2   PIC S9(3).
                           05  FLAG     PIC X.
                               88  FLAG-ON VALUE 'Y'.
                """);
        assertThat(cb.field("A1").type()).isEqualTo(FieldType.PACKED);
        assertThat(cb.field("A2").offset()).isEqualTo(2);
        assertThat(cb.field("FLAG").offset()).isEqualTo(4);
        assertThat(cb.recordLength()).isEqualTo(5);
    }

    @Test
    void unsupportedClausesAreRefusedWithTheLine() {
        assertThatThrownBy(() -> CopybookParser.parse("R", """
                       01  R.
                           05  A PIC X(4).
                           05  B REDEFINES A PIC 9(4).
                """)).isInstanceOf(CopybookSyntaxException.class).hasMessageContaining("line 3")
                .hasMessageContaining("REDEFINES not supported");
        assertThatThrownBy(() -> CopybookParser.parse("E", """
                       01  E.
                           05  A PIC ZZ9.99.
                """)).hasMessageContaining("edited or scaled picture");
        assertThatThrownBy(() -> CopybookParser.parse("P", """
                       01  P.
                           05  A PIC X(4)
                """)).hasMessageContaining("not terminated by a period");
        assertThatThrownBy(() -> CopybookParser.parse("D", """
                       01  D.
                           05  N PIC 9(2).
                           05  A PIC X OCCURS 1 TO 9 DEPENDING ON N.
                """)).hasMessageContaining("OCCURS DEPENDING ON not supported");
    }
}
