package org.ekyc.hub.verification.internal;

import jakarta.ejb.Stateless;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.review.ReviewStep;
import org.ekyc.hub.verification.api.review.SourceOfFunds;
import org.ekyc.hub.verification.api.review.VideoInterview;

/** Records the evidence reviewers gather (video interview, source of funds), audited with the reviewer as the actor. */
@Stateless
public class ReviewStepBean extends CaseFacadeBean implements ReviewStep {

    @Override
    public CaseView recordVideoInterview(String caseId, VideoInterview interview) {
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
    public CaseView recordSourceOfFunds(String caseId, SourceOfFunds evidence) {
        VerificationCase c = store.find(caseId);
        c.recordSourceOfFunds(evidence, store.now());
        store.reassess(c);
        CaseLogContext.run(caseId, () -> LOG.infof("source of funds recorded source=%s", evidence.source()));
        store.audit("SOURCE_OF_FUNDS_RECORDED source=" + evidence.source(), caseId,
                "reviewer:" + evidence.reviewer().strip());
        return c.toView();
    }
}
