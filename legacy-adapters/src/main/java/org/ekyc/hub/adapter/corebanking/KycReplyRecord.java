package org.ekyc.hub.adapter.corebanking;

import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

/**
 * KYCRSP: the reply record the hub puts on the request's reply-to queue, 114 bytes, same CCSID
 * as the request. Layout (see docs/layouts/mq-kycreq.md):
 * <pre>
 *  pos len field                  PIC
 *    1   4 REQ-TYPE               X(4)   echoed
 *    5  20 CUSTOMER-REF           X(20)  echoed
 *   25  36 CASE-ID                X(36)  blank when refused
 *   61  10 CASE-STATUS            X(10)
 *   71   2 RETURN-CODE            9(2)   00 accepted, 08 request refused, 12 hub error
 *   73  30 REASON-CODE            X(30)  stable reason code, blank when none
 *  103  12 IMMIGRATION-CHECK      X(12)
 * </pre>
 */
@FixedLengthRecord(length = KycReplyRecord.LENGTH, crlf = "UNIX")
public class KycReplyRecord {

    public static final int LENGTH = 114;

    @DataField(pos = 1, length = 4, align = "L", trim = true)
    private String requestType;

    @DataField(pos = 5, length = 20, align = "L", trim = true)
    private String customerRef;

    @DataField(pos = 25, length = 36, align = "L", trim = true)
    private String caseId;

    @DataField(pos = 61, length = 10, align = "L", trim = true)
    private String caseStatus;

    @DataField(pos = 71, length = 2, align = "L", trim = true)
    private String returnCode;

    @DataField(pos = 73, length = 30, align = "L", trim = true)
    private String reasonCode;

    @DataField(pos = 103, length = 12, align = "L", trim = true)
    private String immigrationCheck;

    public String getRequestType() {
        return requestType;
    }

    public void setRequestType(String requestType) {
        this.requestType = requestType;
    }

    public String getCustomerRef() {
        return customerRef;
    }

    public void setCustomerRef(String customerRef) {
        this.customerRef = customerRef;
    }

    public String getCaseId() {
        return caseId;
    }

    public void setCaseId(String caseId) {
        this.caseId = caseId;
    }

    public String getCaseStatus() {
        return caseStatus;
    }

    public void setCaseStatus(String caseStatus) {
        this.caseStatus = caseStatus;
    }

    public String getReturnCode() {
        return returnCode;
    }

    public void setReturnCode(String returnCode) {
        this.returnCode = returnCode;
    }

    public String getReasonCode() {
        return reasonCode;
    }

    public void setReasonCode(String reasonCode) {
        this.reasonCode = reasonCode;
    }

    public String getImmigrationCheck() {
        return immigrationCheck;
    }

    public void setImmigrationCheck(String immigrationCheck) {
        this.immigrationCheck = immigrationCheck;
    }
}
