package org.ekyc.hub.verification.internal;

import static org.ekyc.hub.verification.api.CaseStatus.APPROVED;
import static org.ekyc.hub.verification.api.CaseStatus.OPENED;
import static org.ekyc.hub.verification.api.CaseStatus.REJECTED;
import static org.ekyc.hub.verification.api.CaseStatus.RETRY;
import static org.ekyc.hub.verification.api.CaseStatus.REVIEW;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.ekyc.hub.verification.api.CaseStatus;

/**
 * The case's states and every move between them, in one table (docs/case.md). A check keeps the
 * state or moves an undecided case between OPENED, RETRY and REVIEW; only a decision (automatic or a
 * reviewer's) leaves for APPROVED or REJECTED, and nothing leaves those: a decided case is final.
 * Approval is never from RETRY (the customer must repeat a step first).
 */
final class CaseTransitions {

    private static final Map<CaseStatus, Set<CaseStatus>> ALLOWED = new EnumMap<>(CaseStatus.class);

    static {
        ALLOWED.put(OPENED, EnumSet.of(OPENED, RETRY, REVIEW, APPROVED, REJECTED));
        ALLOWED.put(RETRY, EnumSet.of(RETRY, OPENED, REVIEW, REJECTED));
        ALLOWED.put(REVIEW, EnumSet.of(REVIEW, RETRY, APPROVED, REJECTED));
        ALLOWED.put(APPROVED, EnumSet.noneOf(CaseStatus.class));
        ALLOWED.put(REJECTED, EnumSet.noneOf(CaseStatus.class));
    }

    private CaseTransitions() {
    }

    /** The states a case in {@code from} may move to (itself included while it is not decided). */
    static Set<CaseStatus> allowed(CaseStatus from) {
        return Collections.unmodifiableSet(ALLOWED.get(from));
    }

    /** APPROVED or REJECTED: no move leaves it. */
    static boolean decided(CaseStatus status) {
        return ALLOWED.get(status).isEmpty();
    }

    /**
     * The move from {@code from} to {@code to}.
     *
     * @throws IllegalStateException when the table has no such move (a defect: commands on a decided
     *                               case are refused before anything is applied, see {@link DecidedCase})
     */
    static CaseStatus move(CaseStatus from, CaseStatus to) {
        if (!ALLOWED.get(from).contains(to)) {
            throw new IllegalStateException("no case transition " + from + " -> " + to);
        }
        return to;
    }
}
