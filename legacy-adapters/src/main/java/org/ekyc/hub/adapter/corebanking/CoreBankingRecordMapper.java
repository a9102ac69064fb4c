package org.ekyc.hub.adapter.corebanking;

import java.time.LocalDate;
import org.ekyc.hub.adapter.fixedformat.MalformedRecordException;
import org.ekyc.hub.verification.api.Applicant;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.Channel;
import org.ekyc.hub.verification.api.OpenCaseCommand;
import org.ekyc.hub.verification.api.Product;
import org.ekyc.hub.verification.api.ReasonCode;

/** Maps core banking's KYCREQ/KYCRSP records to and from the canonical API records. */
public final class CoreBankingRecordMapper {

    public static final String OPEN = "OPEN";
    public static final String RC_ACCEPTED = "00";
    public static final String RC_REFUSED = "08";
    public static final String RC_HUB_ERROR = "12";

    private CoreBankingRecordMapper() {
    }

    /**
     * Layout-level checks happen here (request type, date digits): a failure is a malformed record.
     * Content checks (nationality, names) happen in the API records and raise
     * {@link org.ekyc.hub.verification.api.InvalidRequestException}: a refused, not a malformed, record.
     */
    public static OpenCaseCommand toOpenCase(KycRequestRecord r) throws MalformedRecordException {
        if (!OPEN.equals(r.getRequestType())) {
            throw new MalformedRecordException("REQ-TYPE '" + r.getRequestType() + "' is not one of [OPEN]");
        }
        LocalDate birthDate;
        try {
            birthDate = r.birthDateValue();
        } catch (IllegalArgumentException e) {
            throw new MalformedRecordException(e.getMessage());
        }
        Applicant applicant = new Applicant(r.getSurname(), r.getGivenNames(), null, r.getNationality(),
                birthDate, null, null);
        return new OpenCaseCommand(applicant, Product.fromCode(r.getProduct()), Channel.MQ,
                r.getCustomerRef(), r.getRegistrationNumber());
    }

    public static KycReplyRecord accepted(KycRequestRecord request, CaseView view) {
        KycReplyRecord reply = echo(request.getRequestType(), request.getCustomerRef());
        reply.setCaseId(view.caseId());
        reply.setCaseStatus(view.status().name());
        reply.setReturnCode(RC_ACCEPTED);
        reply.setReasonCode(view.reasons().isEmpty() ? "" : view.reasons().get(0).name());
        reply.setImmigrationCheck(view.immigrationCheck().name());
        return reply;
    }

    /** A reply for a request the hub refused or could not process; fields the hub could not read stay blank. */
    public static KycReplyRecord refused(String requestType, String customerRef, String returnCode, ReasonCode reason) {
        KycReplyRecord reply = echo(requestType, customerRef);
        reply.setCaseId("");
        reply.setCaseStatus("");
        reply.setReturnCode(returnCode);
        reply.setReasonCode(reason.name());
        reply.setImmigrationCheck("");
        return reply;
    }

    private static KycReplyRecord echo(String requestType, String customerRef) {
        KycReplyRecord reply = new KycReplyRecord();
        reply.setRequestType(requestType == null ? "" : requestType);
        reply.setCustomerRef(customerRef == null ? "" : customerRef);
        return reply;
    }
}
