package org.ekyc.hub.adapter.batch;

import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

/** Header record (type H) of partner batch files and of result files; LRECL 128. See docs/layouts/batch-kyc.md. */
@FixedLengthRecord(length = PartnerBatchLayout.LRECL)
public class BatchHeader {

    @DataField(pos = 1, length = 1, align = "L", trim = true)
    public String recordType;

    /** FILE-DATE 9(8) YYYYMMDD. */
    @DataField(pos = 2, length = 8, align = "L", trim = true)
    public String fileDate;

    /** PARTNER-ID X(10). */
    @DataField(pos = 10, length = 10, trim = true, align = "L")
    public String partnerId;

    /** FILE-SEQ 9(6). */
    @DataField(pos = 20, length = 6, paddingChar = '0', align = "R")
    public int fileSequence;

    @DataField(pos = 26, length = 103, align = "L", trim = true)
    public String filler = "";
}
