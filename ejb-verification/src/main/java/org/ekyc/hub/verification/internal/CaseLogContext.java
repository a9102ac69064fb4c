package org.ekyc.hub.verification.internal;

import org.jboss.logging.MDC;

/** Runs a logging call with the case id in the MDC ({@code caseId}), restoring what the thread had. */
final class CaseLogContext {

    private static final String KEY = "caseId";

    private CaseLogContext() {
    }

    static void run(String caseId, Runnable log) {
        if (caseId == null) {
            // an entry of no case (e.g. a start-up repair's own): logged without the key
            log.run();
            return;
        }
        Object previous = MDC.get(KEY);
        MDC.put(KEY, caseId);
        try {
            log.run();
        } finally {
            if (previous == null) {
                MDC.remove(KEY);
            } else {
                MDC.put(KEY, previous);
            }
        }
    }
}
