package org.ekyc.hub.routes.channel.soap;

import java.time.LocalDate;
import java.util.Locale;
import javax.xml.datatype.XMLGregorianCalendar;
import org.ekyc.hub.adapter.xml.XmlDates;
import org.ekyc.hub.routes.flow.DocumentCheckFlow;
import org.ekyc.hub.routes.flow.DocumentSummary;
import org.ekyc.hub.routes.flow.ScreeningQuery;
import org.ekyc.hub.routes.soap.wsdl.DocumentFieldReading;
import org.ekyc.hub.routes.soap.wsdl.DocumentFinding;
import org.ekyc.hub.routes.soap.wsdl.GetCaseStatusResponse;
import org.ekyc.hub.routes.soap.wsdl.KycFault;
import org.ekyc.hub.routes.soap.wsdl.KycFault_Exception;
import org.ekyc.hub.routes.soap.wsdl.OpenCase;
import org.ekyc.hub.routes.soap.wsdl.OpenCaseResponse;
import org.ekyc.hub.routes.soap.wsdl.ScreenName;
import org.ekyc.hub.routes.soap.wsdl.ScreenNameResponse;
import org.ekyc.hub.routes.soap.wsdl.UploadDocumentResponse;
import org.ekyc.hub.verification.api.Applicant;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.Channel;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.LocalizedMessages;
import org.ekyc.hub.verification.api.OpenCaseCommand;
import org.ekyc.hub.verification.api.Product;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.screening.ScreeningMatch;
import org.ekyc.hub.verification.api.screening.ScreeningRequest;
import org.ekyc.hub.verification.api.screening.ScreeningResult;

/** Maps the SOAP channel's contract (wsdl/kyc-case-service.wsdl) to the canonical records and back. */
public final class SoapMapper {

    private SoapMapper() {
    }

    public static OpenCaseCommand toCommand(OpenCase r) {
        LocalDate birthDate = toLocalDate(r.getBirthDate());
        if (r.getAddress().size() > Applicant.MAX_ADDRESSES) {
            throw new InvalidRequestException(ReasonCode.FIELD_TOO_LONG, "addresses");
        }
        Applicant applicant = new Applicant(r.getSurname(), r.getGivenNames(), r.getHangulName(), r.getNationality(),
                birthDate, r.getPhone(), r.getEmail(), r.getAddress().stream()
                        .map(a -> new org.ekyc.hub.verification.api.Address(
                                a.getKind() == null ? null : org.ekyc.hub.verification.api.AddressKind.valueOf(a.getKind().name()),
                                a.getCountry(), a.getLines()))
                        .toList());
        if (r.getProduct() == null) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "product");
        }
        String key = r.getIdempotencyKey();
        return new OpenCaseCommand(applicant, Product.valueOf(r.getProduct().name()), Channel.SOAP,
                r.getExternalReference(), r.getRegistrationNumber(),
                key == null || key.isBlank() ? null : Channel.SOAP.name() + ":" + key.trim());
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

    /** ScreenName → the engine's request, validated as on every channel (ScreeningQuery). */
    public static ScreeningRequest toScreeningRequest(ScreenName r) {
        if (r == null) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "names");
        }
        return ScreeningQuery.request(r.getName(), toLocalDate(r.getBirthDate()), r.getNationality());
    }

    public static ScreenNameResponse toScreenNameResponse(ScreeningResult result) {
        ScreenNameResponse out = new ScreenNameResponse();
        out.setOutcome(org.ekyc.hub.routes.soap.wsdl.ScreeningOutcome.valueOf(result.outcome().name()));
        out.setScore(result.score());
        out.setListVersion(result.listVersion());
        for (ScreeningMatch m : result.matches()) {
            org.ekyc.hub.routes.soap.wsdl.ScreeningMatch match = new org.ekyc.hub.routes.soap.wsdl.ScreeningMatch();
            match.setEntryId(m.entryId());
            match.setList(m.list());
            match.setPrimaryName(m.primaryName());
            match.setMatchedName(m.matchedName());
            match.setQueryName(m.queryName());
            match.setScore(m.score());
            match.getEvidence().addAll(m.evidence());
            out.getMatch().add(match);
        }
        return out;
    }

    /** The document check's summary (shared with REST) in the WSDL's UploadDocumentResponse. */
    public static UploadDocumentResponse toUploadDocumentResponse(DocumentCheckFlow.Checked checked, Locale locale) {
        DocumentSummary summary = DocumentSummary.of(checked, locale);
        UploadDocumentResponse out = new UploadDocumentResponse();
        out.setCaseId(checked.caseView().caseId());
        out.setDocumentType(summary.documentType());
        out.setOutcome(summary.outcome());
        out.setRetake(summary.retake());
        for (DocumentSummary.Reason r : summary.reasons()) {
            DocumentFinding finding = new DocumentFinding();
            finding.setReasonCode(r.code());
            finding.setSeverity(r.severity());
            finding.setMessage(r.message());
            out.getFinding().add(finding);
        }
        for (DocumentSummary.Field f : summary.fields()) {
            DocumentFieldReading field = new DocumentFieldReading();
            field.setName(f.field());
            field.setSource(f.source());
            field.setValue(f.value());
            field.setConfidence(f.confidence());
            out.getField().add(field);
        }
        out.setCaseStatus(checked.caseView().status().name());
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
