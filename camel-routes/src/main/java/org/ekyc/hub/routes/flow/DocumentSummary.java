package org.ekyc.hub.routes.flow;

import java.util.List;
import java.util.Locale;
import org.ekyc.hub.verification.api.LocalizedMessages;
import org.ekyc.hub.verification.api.document.DocumentReading;

/**
 * What a channel tells the caller about a document check, before it is put in the channel's own
 * format (REST JSON, SOAP {@code UploadDocumentResponse}): the layout, the outcome recorded on the
 * case, whether to retake the photo, the findings with a message in the caller's language (a retake
 * reason says how), and the fields read. Never the image or the portrait.
 *
 * @param documentType the recognised layout ({@code DocumentType} name)
 * @param outcome      ACCEPTED, RETAKE, REVIEW or REJECTED, as recorded on the case
 * @param retake       whether the customer must take the photo again
 */
public record DocumentSummary(String documentType, String outcome, boolean retake, List<Reason> reasons,
                              List<Field> fields) {

    public DocumentSummary {
        reasons = List.copyOf(reasons);
        fields = List.copyOf(fields);
    }

    /** One finding: stable code, severity (RETAKE, REVIEW, REJECT...) and the localised message. */
    public record Reason(String code, String severity, String message) {
    }

    /** One field as read: source MRZ or VIZ, normalised value, confidence 0..1. */
    public record Field(String field, String source, String value, double confidence) {
    }

    public static DocumentSummary of(DocumentCheckFlow.Checked checked, Locale locale) {
        DocumentReading reading = checked.reading();
        String outcome = checked.caseView().document() == null ? null : checked.caseView().document().outcome();
        return new DocumentSummary(reading.type().name(), outcome, reading.retake(),
                reading.findings().stream().map(f -> new Reason(f.code().name(), f.severity().name(),
                        LocalizedMessages.message(f.code(), locale, f.evidence()))).toList(),
                reading.fields().stream().map(f -> new Field(f.field().name(), f.source().name(), f.value(),
                        f.confidence())).toList());
    }
}
