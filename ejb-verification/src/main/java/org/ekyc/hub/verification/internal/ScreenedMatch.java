package org.ekyc.hub.verification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ekyc.hub.verification.api.FieldRules;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.review.MatchDisposition;
import org.ekyc.hub.verification.api.review.ReviewCase;
import org.ekyc.hub.verification.api.screening.ScreeningMatch;
import org.ekyc.hub.verification.api.screening.ScreeningResult;
import org.ekyc.hub.verification.privacy.EncryptedStringConverter;

/**
 * One match of the case's last screening (table {@code case_screening_match}, best first): the list entry, its score,
 * the evidence that scored and the list version, and the reviewer's disposition (MATCH / NO_MATCH, by whom, when, a
 * private note). The evidence and the note are sealed (they may repeat the applicant's details). The screened name
 * as transliterated (the applicant's) is not kept.
 */
@Embeddable
public class ScreenedMatch {

    static final int MAX_NOTE_BYTES = 2900;
    private static final String SEPARATOR = "\n";

    @Column(name = "match_id", length = 36, nullable = false)
    private String matchId;

    @Column(name = "entry_id", length = 100, nullable = false)
    private String entryId;

    @Column(name = "list_name", length = 32, nullable = false)
    private String list;

    @Column(name = "primary_name", length = 300)
    private String primaryName;

    @Column(name = "matched_name", length = 300)
    private String matchedName;

    @Column(name = "score")
    private double score;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "evidence_enc", length = 4000)
    private String evidence;

    @Column(name = "list_version", length = 64)
    private String listVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "disposition", length = 10)
    private MatchDisposition disposition;

    @Column(name = "disposed_by", length = 64)
    private String disposedBy;

    @Column(name = "disposed_at")
    private Instant disposedAt;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "note_enc", length = 4000)
    private String note;

    protected ScreenedMatch() {
        // for JPA
    }

    private ScreenedMatch(ScreeningMatch m, String listVersion) {
        this.matchId = UUID.randomUUID().toString();
        this.entryId = m.entryId();
        this.list = m.list();
        this.primaryName = m.primaryName();
        this.matchedName = m.matchedName();
        this.score = m.score();
        this.evidence = String.join(SEPARATOR, m.evidence());
        this.listVersion = listVersion;
    }

    /**
     * The matches of {@code result} in place of {@code current}: a match of the same entry in the same list version is
     * the same finding and keeps its id and disposition; any other is new and waits for one (a new list version may
     * say something else about the entry).
     */
    static List<ScreenedMatch> replace(List<ScreenedMatch> current, ScreeningResult result) {
        List<ScreenedMatch> next = new ArrayList<>();
        for (ScreeningMatch m : result.matches()) {
            next.add(current.stream().filter(old -> old.entryId.equals(m.entryId()) && old.listVersion != null
                    && old.listVersion.equals(result.listVersion())).findFirst()
                    .orElseGet(() -> new ScreenedMatch(m, result.listVersion())));
        }
        return next;
    }

    /**
     * Throws unless {@code matches} allow an approval: each has a disposition (MATCHES_NOT_DISPOSED) and none is MATCH
     * (SCREENING_MATCH_CONFIRMED: only a rejection is left).
     */
    static void requireApprovable(List<ScreenedMatch> matches) {
        if (matches.stream().anyMatch(m -> m.disposition == MatchDisposition.MATCH)) {
            throw new InvalidRequestException(ReasonCode.SCREENING_MATCH_CONFIRMED, "matches");
        }
        if (matches.stream().anyMatch(m -> m.disposition == null)) {
            throw new InvalidRequestException(ReasonCode.MATCHES_NOT_DISPOSED, "matches");
        }
    }

    /** The match named {@code matchId} in {@code matches}; MATCH_NOT_FOUND when none. */
    static ScreenedMatch find(List<ScreenedMatch> matches, String matchId) {
        return matches.stream().filter(m -> m.matchId.equals(matchId)).findFirst()
                .orElseThrow(() -> new InvalidRequestException(ReasonCode.MATCH_NOT_FOUND, "matchId"));
    }

    /** {@code by} marks the match; the note (several lines allowed) is checked like a decision's. */
    void dispose(MatchDisposition d, String by, String note, Instant now) {
        if (d == null) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "disposition");
        }
        String n = note == null || note.isBlank() ? null : note.strip();
        if (n != null) {
            FieldRules.foldedText(n, "note", Integer.MAX_VALUE);
            FieldRules.maxBytes(n, StandardCharsets.UTF_8, MAX_NOTE_BYTES, "note");
        }
        disposition = d;
        disposedBy = ReviewEvidence.reviewer(by);
        disposedAt = now;
        this.note = n;
    }

    String matchId() {
        return matchId;
    }

    MatchDisposition disposition() {
        return disposition;
    }

    ReviewCase.MatchView view() {
        return new ReviewCase.MatchView(matchId, entryId, list, primaryName, matchedName, score,
                evidence == null || evidence.isEmpty() ? List.of() : List.of(evidence.split(SEPARATOR)), listVersion,
                disposition, disposedBy, disposedAt, note);
    }
}
