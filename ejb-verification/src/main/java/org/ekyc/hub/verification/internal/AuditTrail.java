package org.ekyc.hub.verification.internal;

import org.jboss.logging.Logger;

/**
 * Records every read and write of personal data: by what (channel, peer, job), by whom (the authenticated
 * principal), what (action), which case.
 * Written to the {@code org.ekyc.audit} category, which the server's logging configuration sends
 * to the structured JSON log. Never carries the personal data itself.
 */
final class AuditTrail {

    private static final Logger AUDIT = Logger.getLogger("org.ekyc.audit");

    private AuditTrail() {
    }

    /** An audit line of the facade call this thread is in, with its caller ({@link CallerLogContext}). */
    static void record(String action, String caseId, String actor) {
        record(action, caseId, actor, CallerLogContext.current());
    }

    static void record(String action, String caseId, String actor, String principal) {
        CaseLogContext.run(caseId, () -> AUDIT.infof("audit action=%s case=%s actor=%s principal=%s", action, caseId, actor,
                principal));
    }
}
