package org.ekyc.hub.verification.internal;

import org.jboss.logging.Logger;

/**
 * Records every read and write of personal data: who (channel), what (action), which case.
 * Written to the {@code org.ekyc.audit} category, which the server's logging configuration sends
 * to the structured JSON log. Never carries the personal data itself.
 */
final class AuditTrail {

    private static final Logger AUDIT = Logger.getLogger("org.ekyc.audit");

    private AuditTrail() {
    }

    static void record(String action, String caseId, String actor) {
        CaseLogContext.run(caseId, () -> AUDIT.infof("audit action=%s case=%s actor=%s", action, caseId, actor));
    }
}
