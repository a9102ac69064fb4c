package org.ekyc.hub.verification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.screening.ScreeningMatch;
import org.ekyc.hub.verification.api.screening.ScreeningOutcome;
import org.ekyc.hub.verification.api.screening.ScreeningResult;

/**
 * The last sanctions/PEP screening of the applicant. A match on the PEP list is no sanctions hit: it is
 * kept apart ({@code screening_pep}) and makes the risk tier ENHANCED; the outcome recorded is that of
 * the sanctions lists (CLEAR when only PEP entries matched).
 */
@Embeddable
public class ScreeningPart {

    /** The list name of politically exposed persons in {@link ScreeningMatch#list()}. */
    static final String PEP_LIST = "PEP";

    /** HIT / POTENTIAL / CLEAR of the sanctions lists at the last screening, null before (or when screening was unavailable). */
    @Column(name = "screening_outcome", length = 10)
    private String outcome;

    @Column(name = "screening_list_version", length = 64)
    private String listVersion;

    @Column(name = "screening_score")
    private Double score;

    /** Whether an entry of the PEP list matched at the last screening (null on cases screened before it was kept). */
    @Column(name = "screening_pep")
    private Boolean pep;

    /**
     * Applies a screening result ({@code null}: screening was not available). A sanctions HIT sends the
     * case to review, a POTENTIAL sanctions match to review with enhanced due diligence; a PEP match adds
     * PEP_MATCH and leaves the status to the risk tier. When PEP and sanctions entries both matched, the
     * result's outcome counts as the sanctions outcome (the engine gives one outcome for all lists).
     */
    CaseStatus apply(ScreeningResult result, Reasons reasons, CaseStatus status) {
        reasons.remove(ReasonCode.SCREENING_UNAVAILABLE);
        if (result == null) {
            reasons.add(ReasonCode.SCREENING_UNAVAILABLE);
            return status;
        }
        boolean sanctionsMatched = result.matches().stream().anyMatch(m -> !PEP_LIST.equals(m.list()));
        ScreeningOutcome sanctions = sanctionsMatched ? result.outcome() : ScreeningOutcome.CLEAR;
        outcome = sanctions.name();
        listVersion = result.listVersion();
        score = result.score();
        pep = result.outcome() != ScreeningOutcome.CLEAR
                && result.matches().stream().anyMatch(m -> PEP_LIST.equals(m.list()));
        if (pep) {
            reasons.add(ReasonCode.PEP_MATCH);
        }
        switch (sanctions) {
            case HIT -> {
                reasons.add(ReasonCode.SANCTIONS_HIT);
                return CaseStatus.REVIEW;
            }
            case POTENTIAL -> {
                reasons.add(ReasonCode.SANCTIONS_POTENTIAL);
                reasons.add(ReasonCode.ENHANCED_DUE_DILIGENCE);
                return CaseStatus.REVIEW;
            }
            default -> {
                return status;
            }
        }
    }

    /**
     * A re-screening of a decided case: a HIT, POTENTIAL or PEP match adds SCREENING_MATCH_AFTER_DECISION
     * (once) for compliance; nothing else of the case changes. Returns whether the finding was added.
     */
    static boolean findingAfterDecision(ScreeningResult result, Reasons reasons) {
        if (result == null || result.outcome() == ScreeningOutcome.CLEAR
                || reasons.contains(ReasonCode.SCREENING_MATCH_AFTER_DECISION)) {
            return false;
        }
        reasons.add(ReasonCode.SCREENING_MATCH_AFTER_DECISION);
        return true;
    }

    /**
     * The sanctions factor of the risk assessment: the outcome of the last screening, {@code null} while
     * the case has not been screened (it counts as not clear).
     */
    ScreeningOutcome sanctions() {
        return outcome == null ? null : ScreeningOutcome.valueOf(outcome);
    }

    /** The PEP factor of the risk assessment. */
    boolean pep() {
        return Boolean.TRUE.equals(pep);
    }

    /** Whether a screening answered (it was not unavailable). */
    boolean screened() {
        return outcome != null;
    }

    boolean clear() {
        return "CLEAR".equals(outcome);
    }

    String outcome() {
        return outcome;
    }

    /** The list version of the last screening, null before. */
    String listVersion() {
        return listVersion;
    }
}
