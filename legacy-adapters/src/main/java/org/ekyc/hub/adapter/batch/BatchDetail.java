package org.ekyc.hub.adapter.batch;

import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

/** Detail record (type D): one applicant to verify; LRECL 128. See docs/layouts/batch-kyc.md. */
@FixedLengthRecord(length = PartnerBatchLayout.LRECL)
public class BatchDetail {

    @DataField(pos = 1, length = 1, align = "L", trim = true)
    public String recordType;

    @DataField(pos = 2, length = 6, paddingChar = '0', align = "R")
    public int sequence;

    @DataField(pos = 8, length = 20, trim = true, align = "L")
    public String customerRef;

    @DataField(pos = 28, length = 30, trim = true, align = "L")
    public String surname;

    @DataField(pos = 58, length = 30, trim = true, align = "L")
    public String givenNames;

    @DataField(pos = 88, length = 3, trim = true, align = "L")
    public String nationality;

    /** BIRTH-DATE 9(8) YYYYMMDD. */
    @DataField(pos = 91, length = 8, trim = true, align = "L")
    public String birthDate;

    @DataField(pos = 99, length = 10, trim = true, align = "L")
    public String product;

    @DataField(pos = 109, length = 13, trim = true, align = "L")
    public String registrationNumber;

    /** RESIDENCE-COUNTRY X(3) alpha-3, optional (blank: not given); feeds the country risk. */
    @DataField(pos = 122, length = 3, trim = true, align = "L")
    public String residenceCountry;

    @DataField(pos = 125, length = 4, align = "L", trim = true)
    public String filler = "";
}
