package org.ekyc.hub.verification.api.document;

import jakarta.ejb.Local;
import org.ekyc.hub.verification.api.CaseView;

/** The document step of a case: what the document check found. */
@Local
public interface DocumentStep {

    /**
     * Records what the document check found: the document type and the findings as reason codes.
     * A finding to REJECT (e.g. expired document) or REVIEW sends the case to review; RETAKE findings
     * put it in RETRY. No image and no field value is stored by this call.
     */
    CaseView recordDocumentReading(String caseId, DocumentReading reading);
}
