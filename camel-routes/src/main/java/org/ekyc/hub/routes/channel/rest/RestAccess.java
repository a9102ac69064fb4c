package org.ekyc.hub.routes.channel.rest;

import static org.ekyc.hub.verification.api.Roles.ADMIN;
import static org.ekyc.hub.verification.api.Roles.AUDITOR;
import static org.ekyc.hub.verification.api.Roles.CUSTOMER;
import static org.ekyc.hub.verification.api.Roles.PARTNER;
import static org.ekyc.hub.verification.api.Roles.REVIEWER;
import static org.ekyc.hub.verification.api.Roles.SENIOR_REVIEWER;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.http.common.HttpMessage;

/**
 * Who may call each REST operation, checked at the web layer before any work (the engine's facades check
 * again, {@code @RolesAllowed}). The container authenticated the bearer token already (web.xml: every
 * path under {@code /api} but the health probes needs one; no token or a bad one is 401 there); this
 * table turns a caller without a role the operation allows into 403 {@code ACCESS_DENIED}. A partner's
 * access to a case it did not open is the engine's answer (404, as if there were no such case).
 * An operation missing from the table is refused: a new route must be given its roles here.
 */
final class RestAccess {

    /** The roles of the customer's steps: the route checks the capture token itself ({@link CaptureAccess}). */
    static final Set<String> CAPTURE_TOKEN = Set.of(CUSTOMER);

    /**
     * The operation's route id → the roles that may call it; an empty set: anyone, without a token (the
     * health probes, the console's sign-in settings). (Camel inlines each operation's {@code direct:} route into the REST route, which
     * takes its id.)
     */
    static final Map<String, Set<String>> ROLES = Map.ofEntries(
            Map.entry("rest-open-case", Set.of(PARTNER)),
            Map.entry("rest-get-case", Set.of(PARTNER, REVIEWER, SENIOR_REVIEWER, AUDITOR)),
            // the customer's steps, driven by the partner that opened the case
            Map.entry("rest-consent", Set.of(PARTNER)),
            Map.entry("rest-liveness-challenge", Set.of(PARTNER)),
            Map.entry("rest-document", Set.of(PARTNER)),
            Map.entry("rest-selfie", Set.of(PARTNER)),
            Map.entry("rest-phone-verification", Set.of(PARTNER)),
            Map.entry("rest-phone-confirm", Set.of(PARTNER)),
            Map.entry("rest-resident-check", Set.of(PARTNER)),
            Map.entry("rest-income-check", Set.of(PARTNER)),
            Map.entry("rest-credit-summary", Set.of(PARTNER)),
            Map.entry("rest-get-credit-summary", Set.of(PARTNER, REVIEWER, SENIOR_REVIEWER, AUDITOR)),
            // a person's work: evidence and decisions, recorded under the authenticated reviewer
            Map.entry("rest-decision", Set.of(REVIEWER, SENIOR_REVIEWER)),
            Map.entry("rest-video-interview", Set.of(REVIEWER, SENIOR_REVIEWER)),
            Map.entry("rest-source-of-funds", Set.of(REVIEWER, SENIOR_REVIEWER)),
            Map.entry("rest-screening", Set.of(PARTNER, REVIEWER, SENIOR_REVIEWER)),
            Map.entry("rest-capture-session", Set.of(PARTNER)),
            // the customer's own steps: no OIDC token; the capture token is checked by the route (CaptureAccess)
            Map.entry("capture-case", CAPTURE_TOKEN),
            Map.entry("capture-consent", CAPTURE_TOKEN),
            Map.entry("capture-liveness-challenge", CAPTURE_TOKEN),
            Map.entry("capture-document", CAPTURE_TOKEN),
            Map.entry("capture-selfie", CAPTURE_TOKEN),
            Map.entry("capture-phone-verification", CAPTURE_TOKEN),
            Map.entry("capture-phone-confirm", CAPTURE_TOKEN),
            Map.entry("capture-handoff", CAPTURE_TOKEN),
            Map.entry("capture-redeem", CAPTURE_TOKEN),
            Map.entry("rest-health-live", Set.of()),
            Map.entry("rest-health-ready", Set.of()),
            // where the staff console signs in (issuer, client id): public, no data
            Map.entry("rest-console-config", Set.of()),
            // #19 the reviewer's queue and cases (the staff console): reviewers work them, auditors read; an
            // administrator sees no personal data and is refused
            Map.entry("rest-review-queue", Set.of(REVIEWER, SENIOR_REVIEWER, AUDITOR)),
            Map.entry("rest-decision-reasons", Set.of(REVIEWER, SENIOR_REVIEWER, AUDITOR)),
            Map.entry("rest-review-case", Set.of(REVIEWER, SENIOR_REVIEWER, AUDITOR)),
            Map.entry("rest-review-claim", Set.of(REVIEWER, SENIOR_REVIEWER)),
            Map.entry("rest-review-release", Set.of(REVIEWER, SENIOR_REVIEWER)),
            Map.entry("rest-review-next", Set.of(REVIEWER, SENIOR_REVIEWER)),
            // #19 operations: the capture page's funnel events (capture token), the dashboard (aggregates only)
            Map.entry("capture-events", CAPTURE_TOKEN),
            Map.entry("rest-operations-dashboard", Set.of(SENIOR_REVIEWER, AUDITOR, ADMIN)),
            Map.entry("rest-operations-dashboard-csv", Set.of(SENIOR_REVIEWER, AUDITOR, ADMIN)),
            Map.entry("rest-operations-metrics", Set.of(ADMIN)),
            // #19 s19-rev: screening match dispositions (reviewers only; an auditor reads them in the case detail)
            Map.entry("rest-review-match-disposition", Set.of(REVIEWER, SENIOR_REVIEWER)),
            // #18 the customer's flow: the refusal of face processing (capture token, the case from the token)
            Map.entry("capture-consent-refusal", CAPTURE_TOKEN),
            // #18 the customer's corrections of the fields read from their document (capture token)
            Map.entry("capture-document-corrections", CAPTURE_TOKEN));

    private RestAccess() {
    }

    /**
     * Whether the caller of an exchange holds a role. In the server: the servlet request's
     * {@code isUserInRole} (the roles of the authenticated bearer token); route tests bind another under
     * {@link #REF}.
     */
    @FunctionalInterface
    interface CallerRoles {
        String REF = "restCallerRoles";

        boolean inRole(Exchange e, String role);

        CallerRoles SERVLET = (e, role) -> {
            HttpMessage http = e.getIn(HttpMessage.class);
            HttpServletRequest request = http == null ? null : http.getRequest();
            return request != null && request.isUserInRole(role);
        };
    }

    /** Thrown when the caller's roles do not allow the operation: 403 ACCESS_DENIED. */
    static final class AccessDenied extends RuntimeException {
        AccessDenied(String operation) {
            super("the caller has no role for " + operation);
        }
    }

    /** Refuses the exchange's operation to a caller without one of its roles. */
    static void check(Exchange e) {
        String operation = e.getFromRouteId();
        Set<String> allowed = operation == null ? null : ROLES.get(operation);
        if (allowed == null) {
            throw new AccessDenied(operation);
        }
        if (allowed.isEmpty() || allowed == CAPTURE_TOKEN) {
            return;
        }
        CallerRoles bound = e.getContext().getRegistry().lookupByNameAndType(CallerRoles.REF, CallerRoles.class);
        CallerRoles caller = bound == null ? CallerRoles.SERVLET : bound;
        if (allowed.stream().noneMatch(role -> caller.inRole(e, role))) {
            throw new AccessDenied(operation);
        }
    }
}
