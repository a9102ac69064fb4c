package org.ekyc.hub.verification.internal;

import java.util.HashMap;
import java.util.Map;
import org.ekyc.hub.verification.api.peer.credit.BalanceBand;
import org.ekyc.hub.verification.api.peer.credit.CreditOutcome;
import org.ekyc.hub.verification.api.peer.credit.CreditSummary;

/** The credit summary as the one sealed text column holds it: {@code outcome=FOUND;grade=3;...}. */
final class CreditSummaryText {

    private CreditSummaryText() {
    }

    static String format(CreditSummary s) {
        return "outcome=" + s.outcome() + ";grade=" + nz(s.grade()) + ";delinquent=" + nz(s.delinquent())
                + ";openLoans=" + nz(s.openLoans()) + ";band=" + nz(s.balanceBand()) + ";peer=" + nz(s.peerCode());
    }

    static CreditSummary parse(String text) {
        Map<String, String> v = new HashMap<>();
        for (String pair : text.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && eq < pair.length() - 1) {
                v.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return new CreditSummary(CreditOutcome.valueOf(v.get("outcome")),
                v.containsKey("grade") ? Integer.valueOf(v.get("grade")) : null,
                v.containsKey("delinquent") ? Boolean.valueOf(v.get("delinquent")) : null,
                v.containsKey("openLoans") ? Integer.valueOf(v.get("openLoans")) : null,
                v.containsKey("band") ? BalanceBand.valueOf(v.get("band")) : null,
                v.get("peer"));
    }

    private static String nz(Object o) {
        return o == null ? "" : o.toString();
    }
}
