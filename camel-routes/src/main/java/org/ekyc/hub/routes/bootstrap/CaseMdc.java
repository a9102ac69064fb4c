package org.ekyc.hub.routes.bootstrap;

import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;
import org.jboss.logging.MDC;

/**
 * Puts the case id of the exchange into the logging MDC ({@code caseId}), so every log line of the
 * route, in the console and in the JSON log, carries it; removed when the exchange completes.
 */
public final class CaseMdc {

    public static final String HEADER = "kycCaseId";
    private static final String KEY = "caseId";

    private CaseMdc() {
    }

    public static void fromHeader(Exchange exchange) {
        String caseId = exchange.getMessage().getHeader(HEADER, String.class);
        if (caseId == null) {
            return;
        }
        MDC.put(KEY, caseId);
        if (exchange.getProperty(KEY) == null) {
            exchange.setProperty(KEY, caseId);
            exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
                @Override
                public void onDone(Exchange done) {
                    MDC.remove(KEY);
                }
            });
        }
    }
}
