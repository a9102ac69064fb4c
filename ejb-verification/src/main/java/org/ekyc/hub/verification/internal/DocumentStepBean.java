package org.ekyc.hub.verification.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.Roles;
import org.ekyc.hub.verification.api.document.CaptureMode;
import org.ekyc.hub.verification.api.document.DocumentReading;
import org.ekyc.hub.verification.api.document.DocumentStep;
import org.ekyc.hub.verification.api.face.FaceTemplate;

/** Records what the document check found, and the template of its portrait for the face check. */
@RolesAllowed({Roles.PARTNER, Roles.CUSTOMER, Roles.HUB})
@Stateless
public class DocumentStepBean extends CaseFacadeBean implements DocumentStep {

    @Override
    public CaseView recordDocumentReading(String caseId, DocumentReading reading, FaceTemplate portrait, CaptureMode mode) {
        VerificationCase c = store.find(caseId);
        CaptureMode how = mode == null ? CaptureMode.CAMERA : mode;
        c.applyDocumentReading(reading, portrait, how, store.now());
        store.reassess(c);
        CaseLogContext.run(caseId, () -> LOG.infof("document check recorded type=%s findings=%d portrait template=%s mode=%s",
                reading.type(), reading.findings().size(), portrait != null, how));
        // the action stays as the dashboard reads it (a step's first time); how the photos came is its own line
        store.audit("DOCUMENT_CHECK_RECORDED", caseId, "channel");
        if (how == CaptureMode.UPLOAD) {
            store.audit("DOCUMENT_CAPTURE_MODE mode=UPLOAD", caseId, "channel");
        }
        return c.toView();
    }

    @Override
    public CaseView recordFieldCorrections(String caseId, java.util.List<org.ekyc.hub.verification.api.document.FieldCorrection> corrections) {
        if (corrections == null || corrections.isEmpty()) {
            throw new org.ekyc.hub.verification.api.InvalidRequestException(
                    org.ekyc.hub.verification.api.ReasonCode.FIELD_REQUIRED, "corrections");
        }
        VerificationCase c = store.find(caseId);
        var differing = c.applyFieldCorrections(corrections, store.now());
        CaseLogContext.run(caseId, () -> LOG.infof("field corrections recorded: %d, key fields differing %s",
                corrections.size(), differing));
        // field names only: the values are personal data, kept sealed on the case
        store.audit("DOCUMENT_FIELDS_CORRECTED fields=" + corrections.stream().map(x -> x.field().name()).toList()
                + " keyDiffers=" + differing, caseId, "channel");
        return c.toView();
    }
}
