package org.ekyc.hub.adapter.batch;

import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

/** Result record (type R) of a result file: what became of one detail record; LRECL 128. */
@FixedLengthRecord(length = PartnerBatchLayout.LRECL)
public class BatchResult {

    @DataField(pos = 1, length = 1, align = "L", trim = true)
    public String recordType = "R";

    @DataField(pos = 2, length = 6, paddingChar = '0', align = "R")
    public int sequence;

    @DataField(pos = 8, length = 20, align = "L", trim = true)
    public String customerRef = "";

    /** CASE-ID X(36), blank when the record was refused. */
    @DataField(pos = 28, length = 36, align = "L", trim = true)
    public String caseId = "";

    /** RETURN-CODE 9(2): 00 accepted, 08 refused (see REASON-CODE). */
    @DataField(pos = 64, length = 2, align = "L", trim = true)
    public String returnCode;

    @DataField(pos = 66, length = 10, align = "L", trim = true)
    public String caseStatus = "";

    @DataField(pos = 76, length = 30, align = "L", trim = true)
    public String reasonCode = "";

    @DataField(pos = 106, length = 12, align = "L", trim = true)
    public String immigrationCheck = "";

    @DataField(pos = 118, length = 11, align = "L", trim = true)
    public String filler = "";
}
