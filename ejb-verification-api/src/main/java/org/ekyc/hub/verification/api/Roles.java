package org.ekyc.hub.verification.api;

/**
 * Who may do what: the roles the identity provider grants (realm roles of the {@code kyc} realm, as the
 * bearer token carries them) and the hub's own role for the work nobody called for. The web layer checks
 * them on every REST operation and the engine's facades again ({@code @RolesAllowed}).
 * <ul>
 *   <li>{@link #PARTNER}: a partner system (bank app backend, insurer, core-banking bridge), client
 *       credentials; opens cases and drives the customer's steps on the cases it opened, and sees only those;</li>
 *   <li>{@link #CUSTOMER}: the applicant's own session on one case (capture flow);</li>
 *   <li>{@link #REVIEWER}: reads every case, records review evidence, decides;</li>
 *   <li>{@link #SENIOR_REVIEWER}: a reviewer who may give the second approval of an ENHANCED case;</li>
 *   <li>{@link #AUDITOR}: reads every case, changes nothing;</li>
 *   <li>{@link #ADMIN}: operates the hub (list updates); no access to personal data;</li>
 *   <li>{@link #HUB}: the hub itself — background jobs, MQ and batch channels (run-as, never granted by
 *       the identity provider).</li>
 * </ul>
 */
public final class Roles {

    public static final String PARTNER = "partner";
    public static final String CUSTOMER = "customer";
    public static final String REVIEWER = "reviewer";
    public static final String SENIOR_REVIEWER = "senior-reviewer";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";
    public static final String HUB = "hub-system";

    /** The principal name of the hub's own work (background jobs, MQ and batch channels). */
    public static final String HUB_PRINCIPAL = "hub";

    private Roles() {
    }
}
