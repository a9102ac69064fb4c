package org.ekyc.hub.verification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Duration;
import java.time.Instant;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.FieldRules;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.review.FundsSource;
import org.ekyc.hub.verification.api.review.InterviewOutcome;
import org.ekyc.hub.verification.api.review.SourceOfFunds;
import org.ekyc.hub.verification.api.review.VideoInterview;
import org.ekyc.hub.verification.privacy.EncryptedStringConverter;

/**
 * What reviewers recorded on a case: the video interview (who, when, how long, outcome, recording
 * reference), the source-of-funds evidence, and the first of the two approvals an ENHANCED case needs.
 * The evidence version counts every change of what a decision rests on (a check landing, evidence
 * recorded); a change voids a first approval, which approved the evidence as it was.
 */
@Embeddable
public class ReviewEvidence {

    /** Clock skew tolerated between the reviewer's tools and the hub. */
    static final Duration SKEW = Duration.ofMinutes(5);
    /** Shorter than this, a call is no interview. */
    static final Duration SHORTEST_INTERVIEW = Duration.ofMinutes(1);
    static final Duration LONGEST_INTERVIEW = Duration.ofHours(4);
    static final int MAX_REVIEWER = 64;
    static final int MAX_REFERENCE = 200;
    static final int MAX_NOTE = 2000;

    @Column(name = "evidence_version")
    private Integer evidenceVersion;

    @Column(name = "video_interview_by", length = MAX_REVIEWER)
    private String interviewBy;

    @Column(name = "video_interview_at")
    private Instant interviewAt;

    @Column(name = "video_interview_seconds")
    private Long interviewSeconds;

    @Enumerated(EnumType.STRING)
    @Column(name = "video_interview_outcome", length = 16)
    private InterviewOutcome interviewOutcome;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "video_interview_recording_enc", length = 1000)
    private String recordingRef;

    @Enumerated(EnumType.STRING)
    @Column(name = "funds_source", length = 32)
    private FundsSource fundsSource;

    @Column(name = "funds_recorded_by", length = MAX_REVIEWER)
    private String fundsBy;

    @Column(name = "funds_recorded_at")
    private Instant fundsAt;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "funds_evidence_enc", length = 1000)
    private String fundsEvidenceRef;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "funds_note_enc", length = 6000)
    private String fundsNote;

    @Column(name = "first_approval_by", length = MAX_REVIEWER)
    private String firstApprovalBy;

    @Column(name = "first_approval_at")
    private Instant firstApprovalAt;

    int version() {
        return evidenceVersion == null ? 0 : evidenceVersion;
    }

    /**
     * What a decision rests on changed: a new version, and a first approval of the old one no longer stands
     * (so a first approval on the case is always one of the current version).
     */
    void changed(Reasons reasons) {
        evidenceVersion = version() + 1;
        firstApprovalBy = null;
        firstApprovalAt = null;
        reasons.remove(ReasonCode.SECOND_APPROVAL_PENDING);
    }

    /** Records a video interview held on the case opened at {@code openedAt}; throws when a field cannot be right. */
    void interview(VideoInterview v, Instant openedAt, Instant now) {
        if (v == null) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "videoInterview");
        }
        String by = reviewer(v.reviewer());
        if (v.heldAt() == null) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "heldAt");
        }
        if (v.duration() == null) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "durationSeconds");
        }
        if (v.duration().compareTo(SHORTEST_INTERVIEW) < 0 || v.duration().compareTo(LONGEST_INTERVIEW) > 0) {
            throw new InvalidRequestException(ReasonCode.EVIDENCE_INVALID, "durationSeconds");
        }
        // held after the case was opened, and over by now
        if (v.heldAt().isBefore(openedAt.minus(SKEW)) || v.heldAt().plus(v.duration()).isAfter(now.plus(SKEW))) {
            throw new InvalidRequestException(ReasonCode.EVIDENCE_INVALID, "heldAt");
        }
        if (v.outcome() == null) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "outcome");
        }
        String recording = reference(v.recordingRef(), "recordingRef");
        interviewBy = by;
        interviewAt = v.heldAt();
        interviewSeconds = v.duration().toSeconds();
        interviewOutcome = v.outcome();
        recordingRef = recording;
    }

    /** Records source-of-funds evidence; throws when a field cannot be right. */
    void sourceOfFunds(SourceOfFunds s, Instant now) {
        if (s == null) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "sourceOfFunds");
        }
        String by = reviewer(s.reviewer());
        if (s.source() == null) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "source");
        }
        String evidence = reference(s.evidenceRef(), "evidenceRef");
        if (s.note() != null && s.note().length() > MAX_NOTE) {
            throw new InvalidRequestException(ReasonCode.EVIDENCE_INVALID, "note");
        }
        FieldRules.foldedText(s.note(), "note", MAX_NOTE); // several lines, no other control character
        fundsSource = s.source();
        fundsBy = by;
        fundsAt = now;
        fundsEvidenceRef = evidence;
        fundsNote = s.note() == null || s.note().isBlank() ? null : s.note().strip();
    }

    static String reviewer(String reviewer) {
        return token(reviewer, "reviewer", MAX_REVIEWER);
    }

    private static String reference(String ref, String field) {
        return token(ref, field, MAX_REFERENCE);
    }

    /** {@code value} stripped: required, at most {@code max} characters, printable without spaces. */
    private static String token(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, field);
        }
        String v = value.strip();
        if (v.length() > max || !v.codePoints().allMatch(cp -> cp > ' ' && cp != 0x7f)) {
            throw new InvalidRequestException(ReasonCode.EVIDENCE_INVALID, field);
        }
        return v;
    }

    /** The interview counts (the FSC video call, the enhanced interview) only when its reviewer confirmed the person. */
    boolean interviewConfirmed() {
        return interviewOutcome == InterviewOutcome.CONFIRMED;
    }

    boolean sourceOfFundsRecorded() {
        return fundsSource != null;
    }

    /** The reviewer whose approval of the current evidence waits for a second reviewer, or null. */
    String firstApprover() {
        return firstApprovalBy;
    }

    void firstApproval(String by, Instant now, Reasons reasons) {
        firstApprovalBy = by;
        firstApprovalAt = now;
        reasons.add(ReasonCode.SECOND_APPROVAL_PENDING);
    }

    /** The second approval decided the case. */
    void secondApproval(Reasons reasons) {
        reasons.remove(ReasonCode.SECOND_APPROVAL_PENDING);
    }

    /** The evidence as a reviewer's screen shows it (no references, no note); null when nothing was recorded. */
    CaseView.ReviewView view() {
        if (interviewOutcome == null && fundsSource == null && firstApprover() == null) {
            return null;
        }
        CaseView.VideoInterviewView interview = interviewOutcome == null ? null
                : new CaseView.VideoInterviewView(interviewBy, interviewAt, interviewSeconds, interviewOutcome);
        CaseView.SourceOfFundsView funds = fundsSource == null ? null
                : new CaseView.SourceOfFundsView(fundsSource, fundsBy, fundsAt);
        return new CaseView.ReviewView(interview, funds, firstApprovalBy, firstApprovalAt, version());
    }
}
