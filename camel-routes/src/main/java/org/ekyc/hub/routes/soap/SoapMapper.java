package org.ekyc.hub.routes.soap;

import java.time.LocalDate;
import java.util.Locale;
import javax.xml.datatype.XMLGregorianCalendar;
import org.ekyc.hub.adapter.xml.XmlDates;
import org.ekyc.hub.routes.soap.wsdl.GetCaseStatusResponse;
import org.ekyc.hub.routes.soap.wsdl.KycFault;
import org.ekyc.hub.routes.soap.wsdl.KycFault_Exception;
import org.ekyc.hub.routes.soap.wsdl.OpenCase;
import org.ekyc.hub.routes.soap.wsdl.OpenCaseResponse;
import org.ekyc.hub.verification.api.Applicant;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.Channel;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.LocalizedMessages;
import org.ekyc.hub.verification.api.OpenCaseCommand;
import org.ekyc.hub.verification.api.Product;
import org.ekyc.hub.verification.api.ReasonCode;

/** Maps the SOAP channel's contract (wsdl/kyc-case-service.wsdl) to the canonical records and back. */
public final class SoapMapper {

    private SoapMapper() {
    }

    public static OpenCaseCommand toCommand(OpenCase r) {
        LocalDate birthDate = toLocalDate(r.getBirthDate());
        Applicant applicant = new Applicant(r.getSurname(), r.getGivenNames(), r.getHangulName(), r.getNationality(),
                birthDate, r.getPhone(), r.getEmail());
        if (r.getProduct() == null) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "product");
        }
        return new OpenCaseCommand(applicant, Product.valueOf(r.getProduct().name()), Channel.SOAP,
                r.getExternalReference(), r.getRegistrationNumber());
    }

    public static OpenCaseResponse toOpenCaseResponse(CaseView v) {
        OpenCaseResponse out = new OpenCaseResponse();
        out.setCaseId(v.caseId());
        out.setStatus(v.status().name());
        out.setImmigrationCheck(v.immigrationCheck().name());
        v.reasons().forEach(code -> out.getReasonCode().add(code.name()));
        return out;
    }

    public static GetCaseStatusResponse toStatusResponse(CaseView v) {
        GetCaseStatusResponse out = new GetCaseStatusResponse();
        out.setCaseId(v.caseId());
        out.setStatus(v.status().name());
        out.setProduct(org.ekyc.hub.routes.soap.wsdl.Product.valueOf(v.product().name()));
        out.setImmigrationCheck(v.immigrationCheck().name());
        out.setStayStatusCode(v.stayStatusCode());
        out.setStayExpiry(XmlDates.toXml(v.stayExpiry()));
        v.reasons().forEach(code -> out.getReasonCode().add(code.name()));
        return out;
    }

    /** The WSDL's KycFault for a refusal: stable code, field, message in the caller's language. */
    public static KycFault_Exception fault(ReasonCode code, String field, Locale locale) {
        KycFault detail = new KycFault();
        detail.setReasonCode(code.name());
        detail.setField(field);
        String message = LocalizedMessages.message(code, locale, field == null ? "" : field);
        detail.setMessage(message);
        return new KycFault_Exception(code.name() + ": " + message, detail);
    }

    private static LocalDate toLocalDate(XMLGregorianCalendar xml) {
        try {
            return XmlDates.toLocalDate(xml);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(ReasonCode.INVALID_BIRTH_DATE, "birthDate");
        }
    }
}
