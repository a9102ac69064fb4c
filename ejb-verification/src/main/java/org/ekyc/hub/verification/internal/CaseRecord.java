package org.ekyc.hub.verification.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.Channel;
import org.ekyc.hub.verification.api.OpenCaseCommand;
import org.ekyc.hub.verification.api.Product;

/**
 * The columns of a {@link VerificationCase}: its keys and status, and one embedded part per step and
 * per peer, each naming its own columns. A part whose columns are all empty is loaded as null: it is
 * read through {@link #read}, which does not attach an empty part to the case, and attached only when
 * something is written to it.
 */
@MappedSuperclass
abstract class CaseRecord {

    @Id
    @Column(length = 36)
    String id;

    @Version
    long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    Product product;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    Channel channel;

    @Column(name = "external_reference", length = 40)
    String externalReference;

    /**
     * Who opened the case: the authenticated principal (a partner's client, {@code hub} for the MQ and batch
     * channels). A partner sees only the cases it owns ({@link Caller#maySee}); null on cases from before.
     */
    @Column(name = "owner", length = 100)
    String owner;

    /** The channel's request key scoped to its caller (e.g. MQ:customer-ref:seq); no personal data. */
    @Column(name = "idempotency_key", length = OpenCaseCommand.MAX_IDEMPOTENCY_KEY)
    String idempotencyKey;

    /**
     * SHA-256 of the request that opened the case under {@link #idempotencyKey} ({@link RequestFingerprint});
     * null for a case opened without a key, or before fingerprints were kept.
     */
    @Column(name = "request_fingerprint", length = RequestFingerprint.LENGTH)
    String requestFingerprint;

    @Embedded ApplicantPart applicant;
    @Embedded ImmigrationCheck immigration;
    @Embedded DocumentPart document;
    @Embedded FacePart face;
    @Embedded ScreeningPart screening;
    @Embedded ResidentCheck resident;
    @Embedded IncomeCheck income;
    @Embedded PhoneCheck phone;
    @Embedded CreditCheck credit;
    @Embedded DecisionPart decision;
    @Embedded ReviewEvidence review;
    @Embedded AccountOpening account;
    @Embedded Reasons reasons;

    /** #19 review queue: the reviewer who claimed the case (employee id), null while nobody has. */
    @Column(name = "review_assignee", length = 64)
    String reviewAssignee;

    /**
     * #19 the applicant's language (ko, en, zh, vi; {@link org.ekyc.hub.verification.api.ApplicantLanguage}), null
     * while unknown: from the opening request, then the language the applicant answered the consent notice in. Not
     * sealed: the review queue filters and routes by it.
     */
    @Column(name = "applicant_language", length = 2)
    String applicantLanguage;

    /** The matches of the last screening, best first, each with its reviewer's disposition. */
    @ElementCollection
    @CollectionTable(name = "case_screening_match", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    List<ScreenedMatch> screeningMatches = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    /** The part, or an empty one not attached to the case: a part whose columns are all empty is loaded as null. */
    static <T> T read(T part, Supplier<T> empty) {
        return part != null ? part : empty.get();
    }

    Reasons reasons() {
        return reasons == null ? (reasons = Reasons.none()) : reasons;
    }

    boolean isDecided() {
        return CaseTransitions.decided(status);
    }

    public String id() {
        return id;
    }
}
