package org.ekyc.hub.verification.internal;

import jakarta.ejb.SessionContext;
import java.security.Principal;
import java.util.function.Predicate;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.Roles;
import org.ekyc.hub.verification.api.capture.CaptureScope;

/**
 * Who calls a facade, as the container authenticated them (the bearer token's {@code preferred_username}
 * and realm roles, or the hub's own run-as identity): the name the audit records and a case is owned by,
 * and which cases they may see. A partner sees only the cases it opened, a customer only the case of their
 * capture token; staff who review or audit, and the hub's own jobs, see every case. A case another partner opened is answered as not found, never as
 * forbidden: its existence is not disclosed.
 */
final class Caller {

    /** The name of a call with no authenticated identity (the container's anonymous principal). */
    static final String ANONYMOUS = "anonymous";

    private final String name;
    private final Predicate<String> inRole;

    Caller(String name, Predicate<String> inRole) {
        this.name = name == null || name.isBlank() ? ANONYMOUS : name;
        this.inRole = inRole;
    }

    /** The caller of the current invocation of the bean whose context this is. */
    static Caller of(SessionContext ctx) {
        Principal p = ctx.getCallerPrincipal();
        return new Caller(p == null ? null : p.getName(), role -> {
            try {
                return ctx.isCallerInRole(role);
            } catch (IllegalStateException e) {
                return false;
            }
        });
    }

    String name() {
        return name;
    }

    boolean inRole(String role) {
        return inRole.test(role);
    }

    /** Staff who review or audit, and the hub's own work, see every case; a partner only its own. */
    boolean seesEveryCase() {
        return inRole(Roles.REVIEWER) || inRole(Roles.SENIOR_REVIEWER) || inRole(Roles.AUDITOR) || inRole(Roles.HUB);
    }

    /**
     * The reviewer a decision or a piece of review evidence is recorded under: always the caller. A name
     * given with it that is not the caller's is refused — the audit and the four-eyes rule rest on who
     * authenticated, never on a name typed into a request.
     *
     * @throws InvalidRequestException REVIEWER_NOT_CALLER
     */
    String asReviewer(String claimed) {
        if (claimed != null && !claimed.isBlank() && !claimed.strip().equals(name)) {
            throw new InvalidRequestException(ReasonCode.REVIEWER_NOT_CALLER, "reviewer");
        }
        return name;
    }

    /**
     * Whether this caller may see case {@code caseId} owned by {@code owner} (null: a case from before owners
     * were kept): staff and the hub every case, a partner the cases it opened, a customer the one case of
     * the capture token the channel checked ({@link CaptureScope}).
     */
    boolean maySee(String caseId, String owner) {
        if (seesEveryCase() || (owner != null && owner.equals(name))) {
            return true;
        }
        return inRole(Roles.CUSTOMER) && caseId != null && caseId.equals(CaptureScope.caseId());
    }
}
