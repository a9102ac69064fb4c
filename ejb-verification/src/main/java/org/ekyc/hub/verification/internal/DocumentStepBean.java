package org.ekyc.hub.verification.internal;

import jakarta.ejb.Stateless;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.document.DocumentReading;
import org.ekyc.hub.verification.api.document.DocumentStep;

/** Records what the document check found. */
@Stateless
public class DocumentStepBean extends CaseFacadeBean implements DocumentStep {

    @Override
    public CaseView recordDocumentReading(String caseId, DocumentReading reading) {
        VerificationCase c = store.find(caseId);
        c.applyDocumentReading(reading, store.now());
        store.reassess(c);
        CaseLogContext.run(caseId, () -> LOG.infof("document check recorded type=%s findings=%d", reading.type(),
                reading.findings().size()));
        store.audit("DOCUMENT_CHECK_RECORDED", caseId, "channel");
        return c.toView();
    }
}
