package org.ekyc.hub.verification.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.Roles;
import org.ekyc.hub.verification.api.review.MatchDisposition;
import org.ekyc.hub.verification.api.review.ReviewCase;
import org.ekyc.hub.verification.api.review.ReviewStep;
import org.ekyc.hub.verification.api.review.SourceOfFunds;
import org.ekyc.hub.verification.api.review.VideoInterview;

/**
 * Records the evidence reviewers gather (video interview, source of funds) under the authenticated reviewer
 * (a name given with it that is not the caller's is refused), audited with the reviewer as the actor.
 */
@RolesAllowed({Roles.REVIEWER, Roles.SENIOR_REVIEWER})
@Stateless
public class ReviewStepBean extends CaseFacadeBean implements ReviewStep {

    @Override
    public CaseView recordVideoInterview(String caseId, VideoInterview claimed) {
        VideoInterview interview = claimed == null ? null : new VideoInterview(store.caller().asReviewer(claimed.reviewer()),
                claimed.heldAt(), claimed.duration(), claimed.outcome(), claimed.recordingRef());
        VerificationCase c = store.find(caseId);
        c.recordVideoInterview(interview, store.now());
        store.reassess(c);
        CaseLogContext.run(caseId, () -> LOG.infof("video interview recorded outcome=%s duration=%ds",
                interview.outcome(), interview.duration().toSeconds()));
        store.audit("VIDEO_INTERVIEW_RECORDED outcome=" + interview.outcome(), caseId,
                "reviewer:" + interview.reviewer().strip());
        return c.toView();
    }

    @Override
    public CaseView recordSourceOfFunds(String caseId, SourceOfFunds claimed) {
        SourceOfFunds evidence = claimed == null ? null : new SourceOfFunds(store.caller().asReviewer(claimed.reviewer()),
                claimed.source(), claimed.evidenceRef(), claimed.note());
        VerificationCase c = store.find(caseId);
        c.recordSourceOfFunds(evidence, store.now());
        store.reassess(c);
        CaseLogContext.run(caseId, () -> LOG.infof("source of funds recorded source=%s", evidence.source()));
        store.audit("SOURCE_OF_FUNDS_RECORDED source=" + evidence.source(), caseId,
                "reviewer:" + evidence.reviewer().strip());
        return c.toView();
    }

    @Override
    public ReviewCase.MatchView disposeMatch(String caseId, String matchId, MatchDisposition disposition, String note) {
        String reviewer = store.caller().name();
        VerificationCase c = store.find(caseId);
        ScreenedMatch m = c.disposeMatch(matchId, disposition, note, reviewer, store.now());
        // the evidence changed: a first approval of the old one no longer stands
        store.reassess(c);
        CaseLogContext.run(caseId, () -> LOG.infof("screening match %s marked %s", matchId, disposition));
        store.audit("MATCH_DISPOSED match=" + m.matchId() + " disposition=" + disposition, caseId, "reviewer:" + reviewer);
        return m.view();
    }
}
