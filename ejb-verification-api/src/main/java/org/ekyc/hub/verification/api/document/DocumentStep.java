package org.ekyc.hub.verification.api.document;

import jakarta.ejb.Local;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.face.FaceTemplate;

/** The document step of a case: what the document check found. */
@Local
public interface DocumentStep {

    /**
     * Records what the document check found: the document type and the findings as reason codes.
     * A finding to REJECT (e.g. expired document) or REVIEW sends the case to review; RETAKE findings
     * put it in RETRY. No image and no field value is stored by this call.
     *
     * @param portrait the template of the document portrait's face, kept sealed on the case for the face
     *                 check when the document is accepted (not RETAKE, not REJECT); null when the document
     *                 has no usable portrait. A new reading replaces the previous document's portrait, and a
     *                 face check matched against that one must be done again.
     * @param mode     how the photo came (#18): a document sent as a file ({@link CaptureMode#UPLOAD}) is never
     *                 approved automatically, it goes to REVIEW with DOCUMENT_UPLOADED_NOT_CAPTURED
     */
    CaseView recordDocumentReading(String caseId, DocumentReading reading, FaceTemplate portrait, CaptureMode mode);

    /**
     * #18 The customer's corrections of the fields read from the standing document, kept (sealed) beside what was
     * read and replacing earlier corrections; a key field (surname, given names, Latin or Hangul name, birth date,
     * registration number) that differs from the engine's reading sends the case to REVIEW with
     * DOCUMENT_KEY_FIELD_CORRECTED. Audited.
     * @throws org.ekyc.hub.verification.api.InvalidRequestException DOCUMENT_REQUIRED without a standing document (409)
     */
    CaseView recordFieldCorrections(String caseId, java.util.List<FieldCorrection> corrections);
}
