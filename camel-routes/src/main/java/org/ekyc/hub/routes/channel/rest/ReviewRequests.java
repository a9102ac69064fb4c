package org.ekyc.hub.routes.channel.rest;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.review.FundsSource;
import org.ekyc.hub.verification.api.review.InterviewOutcome;
import org.ekyc.hub.verification.api.review.MatchDisposition;
import org.ekyc.hub.verification.api.review.SourceOfFunds;
import org.ekyc.hub.verification.api.review.VideoInterview;

/** The JSON bodies of the review evidence a reviewer records, and their mapping to the engine's records. */
final class ReviewRequests {

    private ReviewRequests() {
    }

    /**
     * {@code POST /api/v1/cases/{id}/video-interview}.
     *
     * @param reviewer        the reviewer's employee id
     * @param heldAt          when the call started, ISO-8601 instant ({@code 2026-12-03T09:30:00Z})
     * @param durationSeconds how long it lasted (60 s to 4 h)
     * @param outcome         CONFIRMED, NOT_CONFIRMED or INCONCLUSIVE
     * @param recordingRef    the recording's reference in the institution's recording system
     */
    record VideoInterviewRequest(String reviewer, String heldAt, Long durationSeconds, String outcome, String recordingRef) {
    }

    /**
     * {@code POST /api/v1/cases/{id}/source-of-funds}.
     *
     * @param reviewer    the reviewer's employee id
     * @param source      SALARY, BUSINESS_INCOME, SAVINGS, SALE_OF_ASSETS, INHERITANCE_OR_GIFT, PENSION,
     *                    SCHOLARSHIP_OR_FAMILY_SUPPORT or OTHER
     * @param evidenceRef the reference of the document seen, in the institution's document store
     * @param note        what the reviewer noted (kept encrypted, never shown)
     */
    record SourceOfFundsRequest(String reviewer, String source, String evidenceRef, String note) {
    }

    /**
     * {@code POST /api/v1/review/cases/{id}/matches/{matchId}/disposition}.
     *
     * @param disposition MATCH (the listed person is the applicant) or NO_MATCH
     * @param note        the reviewer's private note, may be null (kept encrypted, never shown to the customer)
     */
    record DispositionRequest(String disposition, String note) {
    }

    /** The disposition named; absent: FIELD_REQUIRED, another word: MALFORMED_REQUEST, both naming {@code disposition}. */
    static MatchDisposition disposition(DispositionRequest r) {
        if (r == null || r.disposition() == null || r.disposition().isBlank()) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "disposition");
        }
        try {
            return MatchDisposition.valueOf(r.disposition().trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, "disposition");
        }
    }

    static VideoInterview interview(VideoInterviewRequest r) {
        if (r == null) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "videoInterview");
        }
        Instant heldAt = null;
        if (r.heldAt() != null && !r.heldAt().isBlank()) {
            try {
                heldAt = Instant.parse(r.heldAt().trim());
            } catch (DateTimeParseException e) {
                throw new InvalidRequestException(ReasonCode.EVIDENCE_INVALID, "heldAt");
            }
        }
        return new VideoInterview(r.reviewer(), heldAt, r.durationSeconds() == null ? null : Duration.ofSeconds(r.durationSeconds()),
                name(r.outcome(), InterviewOutcome.class, "outcome"), r.recordingRef());
    }

    static SourceOfFunds sourceOfFunds(SourceOfFundsRequest r) {
        if (r == null) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "sourceOfFunds");
        }
        return new SourceOfFunds(r.reviewer(), name(r.source(), FundsSource.class, "source"), r.evidenceRef(), r.note());
    }

    /** The enum constant named, null when absent (the engine says FIELD_REQUIRED); an unknown name is EVIDENCE_INVALID. */
    private static <E extends Enum<E>> E name(String value, Class<E> type, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(ReasonCode.EVIDENCE_INVALID, field);
        }
    }
}
