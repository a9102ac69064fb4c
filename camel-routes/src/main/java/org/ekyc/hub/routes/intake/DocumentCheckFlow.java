package org.ekyc.hub.routes.intake;

import org.ekyc.hub.verification.api.CaseService;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.document.DocumentCheckService;
import org.ekyc.hub.verification.api.document.DocumentImageException;
import org.ekyc.hub.verification.api.document.DocumentReading;
import org.ekyc.hub.verification.api.document.DocumentType;

/**
 * A document upload as every channel runs it (REST {@code POST /cases/{id}/document}, SOAP
 * {@code UploadDocument}): the case must exist before the image is decoded, then the engine reads
 * and checks the photo and the outcome is recorded on the case. The image lives for this call only.
 * Size and format limits are the engine's ({@link DocumentCheckService#MAX_IMAGE_BYTES}; a file that
 * is no JPEG or PNG is a {@link DocumentImageException} with its code).
 */
public final class DocumentCheckFlow {

    private final CaseService cases;
    private final DocumentCheckService documents;

    public DocumentCheckFlow(CaseService cases, DocumentCheckService documents) {
        this.cases = cases;
        this.documents = documents;
    }

    /** What was read and the case as it now stands. */
    public record Checked(DocumentReading reading, CaseView caseView) {
    }

    /**
     * @param image        the photo's bytes as received (already Base64-decoded by the channel)
     * @param expectedType the layout the customer said they photographed, a {@link DocumentType}
     *                     name, or null/blank to classify
     * @throws InvalidRequestException FIELD_REQUIRED on an empty image, DOCUMENT_TYPE_UNKNOWN on an
     *                                 unknown expectedType
     * @throws org.ekyc.hub.verification.api.CaseNotFoundException for an unknown case
     */
    public Checked check(String caseId, byte[] image, String expectedType) throws DocumentImageException {
        if (image == null || image.length == 0) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "image");
        }
        DocumentType expected = expectedType(expectedType);
        cases.getCase(caseId);
        DocumentReading reading = documents.check(image, expected);
        return new Checked(reading, cases.recordDocumentReading(caseId, reading));
    }

    static DocumentType expectedType(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return DocumentType.valueOf(name.trim());
        } catch (IllegalArgumentException ex) {
            throw new InvalidRequestException(ReasonCode.DOCUMENT_TYPE_UNKNOWN, "expectedType");
        }
    }
}
