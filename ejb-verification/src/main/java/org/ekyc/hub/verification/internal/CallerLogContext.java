package org.ekyc.hub.verification.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import org.jboss.logging.MDC;

/**
 * Puts the authenticated caller of a facade call into the log MDC ({@code principal}) for the length of
 * the call, restoring what the thread had: every log line of the call, and the audit lines written where
 * no bean is at hand (a refusal inside the case's rules), name who asked.
 */
public class CallerLogContext {

    static final String KEY = "principal";

    @Resource
    private SessionContext ctx;

    @AroundInvoke
    Object withCaller(InvocationContext invocation) throws Exception {
        Object previous = MDC.get(KEY);
        MDC.put(KEY, Caller.of(ctx).name());
        try {
            return invocation.proceed();
        } finally {
            if (previous == null) {
                MDC.remove(KEY);
            } else {
                MDC.put(KEY, previous);
            }
        }
    }

    /** The caller of the facade call this thread is in, as the MDC holds it. */
    static String current() {
        Object p = MDC.get(KEY);
        return p == null ? Caller.ANONYMOUS : p.toString();
    }
}
