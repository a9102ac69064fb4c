package org.ekyc.hub.verification.api.capture;

import java.util.concurrent.Callable;

/**
 * The one case a customer's call is about, for the length of the call: the channel that checked the
 * capture token runs the customer's steps within {@link #call}, and the engine lets a caller with role
 * {@code customer} see that case and no other. (The engine's facades are local: the call stays on this
 * thread.)
 */
public final class CaptureScope {

    private static final ThreadLocal<String> CASE = new ThreadLocal<>();

    private CaptureScope() {
    }

    /** Runs {@code work} scoped to {@code caseId}, restoring what the thread had. */
    public static <T> T call(String caseId, Callable<T> work) throws Exception {
        String previous = CASE.get();
        CASE.set(caseId);
        try {
            return work.call();
        } finally {
            if (previous == null) {
                CASE.remove();
            } else {
                CASE.set(previous);
            }
        }
    }

    /** The case of the customer's call this thread is in, or null. */
    public static String caseId() {
        return CASE.get();
    }
}
