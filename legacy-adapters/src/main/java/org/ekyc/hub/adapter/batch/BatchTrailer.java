package org.ekyc.hub.adapter.batch;

import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

/** Trailer record (type T): the number of detail records in the file; LRECL 128. */
@FixedLengthRecord(length = PartnerBatchLayout.LRECL)
public class BatchTrailer {

    @DataField(pos = 1, length = 1, align = "L", trim = true)
    public String recordType;

    /** RECORD-COUNT 9(6): detail records between header and trailer. */
    @DataField(pos = 2, length = 6, paddingChar = '0', align = "R")
    public int recordCount;

    @DataField(pos = 8, length = 121, align = "L", trim = true)
    public String filler = "";
}
