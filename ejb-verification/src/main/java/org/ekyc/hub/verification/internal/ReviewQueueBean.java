package org.ekyc.hub.verification.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.Channel;
import org.ekyc.hub.verification.api.Product;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.Roles;
import org.ekyc.hub.verification.api.review.QueueFilter;
import org.ekyc.hub.verification.api.review.QueueItem;
import org.ekyc.hub.verification.api.review.QueuePage;
import org.ekyc.hub.verification.api.review.ReviewCase;
import org.ekyc.hub.verification.api.review.ReviewQueue;
import org.ekyc.hub.verification.api.risk.RiskTier;

/** The review queue (#19): cases in REVIEW, filtered and paged by the database, plain columns only. */
@Stateless
public class ReviewQueueBean extends CaseFacadeBean implements ReviewQueue {

    static final int DEFAULT_MAX_CLAIMS = 5;
    static final String HISTORY = "select a.at, a.principal, a.actor, a.action from AuditEntry a where a.caseId = :id order by a.at, a.id";
    static final String UNCLAIMED = "select c.id from VerificationCase c where c.status = :status and c.reviewAssignee is null"
            + " and (c.review.firstApprovalBy is null or c.review.firstApprovalBy <> :me)";
    static final String OLDEST = " order by c.createdAt, c.id";
    /** The oldest unclaimed case the caller may decide, of any applicant language or none. */
    static final String NEXT = UNCLAIMED + OLDEST;
    /** #19 The same among the cases whose applicant language the caller reads. */
    static final String NEXT_IN_LANGUAGES = UNCLAIMED + " and c.applicantLanguage in :languages" + OLDEST;
    static final String HELD = "select count(c) from VerificationCase c where c.status = :status and c.reviewAssignee = :me";

    private final ReviewSla sla = ReviewSla.fromEnvironment();
    private final int maxClaims = maxClaims(System.getenv());
    private final ReviewerLanguages languages = ReviewerLanguages.fromEnvironment();

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.REVIEWER, Roles.SENIOR_REVIEWER, Roles.AUDITOR})
    public QueuePage queue(QueueFilter filter) {
        QueueFilter f = filter == null ? new QueueFilter(null, null, null, null, null, null, null, 0, 0) : filter;
        Instant now = store.now();
        QueueQuery q = new QueueQuery(f, store.caller().name(), sla, now);
        Query count = em.createQuery(q.count());
        Query select = em.createQuery(q.select()).setFirstResult(f.page() * f.size()).setMaxResults(f.size());
        q.parameters().forEach((k, v) -> {
            count.setParameter(k, v);
            select.setParameter(k, v);
        });
        long total = ((Number) count.getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        return new QueuePage(f.page(), f.size(), total, rows.stream().map(r -> item(r, sla, now)).toList());
    }

    @Override
    @RolesAllowed({Roles.REVIEWER, Roles.SENIOR_REVIEWER, Roles.AUDITOR})
    public ReviewCase caseDetail(String caseId) {
        VerificationCase c = store.find(caseId);
        List<ReviewCase.HistoryEntry> history = em.createQuery(HISTORY, Object[].class).setParameter("id", caseId)
                .getResultList().stream().map(r -> new ReviewCase.HistoryEntry((Instant) r[0],
                        r[1] != null ? (String) r[1] : (String) r[2], (String) r[3])).toList();
        ReviewCase detail = new ReviewCase(c.toView(), c.reviewAssignee(), c.documentFields(), history,
                c.screeningMatches().stream().map(ScreenedMatch::view).toList());
        // personal data shown: the view is audited under the authenticated caller
        store.audit("CASE_VIEWED", caseId, "console");
        return detail;
    }

    @Override
    @RolesAllowed({Roles.REVIEWER, Roles.SENIOR_REVIEWER})
    public QueueItem claim(String caseId) {
        String me = store.caller().name();
        VerificationCase c = store.find(caseId);
        long held = em.createQuery(HELD, Long.class).setParameter("status", CaseStatus.REVIEW).setParameter("me", me)
                .getSingleResult();
        if (c.claim(me, held, maxClaims, store.now())) {
            store.audit("CASE_CLAIMED", caseId, "reviewer:" + me);
        }
        return item(c);
    }

    @Override
    @RolesAllowed({Roles.REVIEWER, Roles.SENIOR_REVIEWER})
    public QueueItem release(String caseId) {
        Caller caller = store.caller();
        VerificationCase c = store.find(caseId);
        String before = c.reviewAssignee();
        c.release(caller.name(), caller.inRole(Roles.SENIOR_REVIEWER), store.now());
        if (before != null) {
            store.audit("CASE_RELEASED from=" + before, caseId, "reviewer:" + caller.name());
        }
        return item(c);
    }

    @Override
    @RolesAllowed({Roles.REVIEWER, Roles.SENIOR_REVIEWER})
    public java.util.Optional<QueueItem> next() {
        String me = store.caller().name();
        long held = em.createQuery(HELD, Long.class).setParameter("status", CaseStatus.REVIEW).setParameter("me", me)
                .getSingleResult();
        java.util.Optional<String> next = nextCase(held, maxClaims, languages.of(me), among -> {
            var q = em.createQuery(among == null ? NEXT : NEXT_IN_LANGUAGES, String.class)
                    .setParameter("status", CaseStatus.REVIEW).setParameter("me", me);
            if (among != null) {
                q.setParameter("languages", among);
            }
            return q.setMaxResults(1).getResultList().stream().findFirst();
        });
        // the row's version makes two reviewers asking at once claim it once: the later commit fails and asks again
        return next.map(this::claim);
    }

    /** #19 The oldest unclaimed case the caller may decide whose applicant language is in {@code among} (null: any or none). */
    @FunctionalInterface
    interface OldestUnclaimed {
        java.util.Optional<String> among(java.util.Set<String> languages);
    }

    /**
     * #19 Automatic assignment: nothing when the reviewer holds {@code limit} cases ({@code held}); else the oldest
     * case in a language the reviewer reads ({@code reads}), else the oldest of any language or none, so that a case
     * nobody reads the language of still reaches someone.
     */
    static java.util.Optional<String> nextCase(long held, int limit, java.util.Set<String> reads, OldestUnclaimed oldest) {
        if (held >= limit) {
            return java.util.Optional.empty();
        }
        if (!reads.isEmpty()) {
            java.util.Optional<String> preferred = oldest.among(reads);
            if (preferred.isPresent()) {
                return preferred;
            }
        }
        return oldest.among(null);
    }

    /** The queue's item of a case read whole (claim, release). */
    private QueueItem item(VerificationCase c) {
        var v = c.toView();
        RiskTier tier = v.decision() == null ? null : v.decision().riskTier();
        String first = v.decision() == null || v.decision().review() == null ? null : v.decision().review().firstApprovedBy();
        return item(new Object[] {v.caseId(), v.status(), tier, v.product(), v.channel(), v.applicant().nationality(),
                String.join(",", v.reasons().stream().map(ReasonCode::name).toList()), v.createdAt(), c.reviewAssignee(), first,
                c.applicantLanguage()},
                sla, store.now());
    }

    /** The most cases one reviewer holds at once: {@code KYC_REVIEW_MAX_CLAIMS}, default 5. */
    static int maxClaims(java.util.Map<String, String> env) {
        return ReviewSla.positive(env, "KYC_REVIEW_MAX_CLAIMS", DEFAULT_MAX_CLAIMS, "whole number");
    }

    /** A row of {@link QueueQuery#COLUMNS} as the console's queue item. */
    static QueueItem item(Object[] r, ReviewSla sla, Instant now) {
        RiskTier tier = (RiskTier) r[2];
        Instant submitted = (Instant) r[7];
        Instant due = sla.dueAt(submitted, tier);
        return new QueueItem((String) r[0], ((CaseStatus) r[1]).name(), (tier == null ? RiskTier.STANDARD : tier).name(),
                ((Product) r[3]).name(), ((Channel) r[4]).name(), (String) r[5], (String) r[10],
                Reasons.parse((String) r[6]).stream().map(ReasonCode::name).toList(), submitted, due, due.isBefore(now),
                (String) r[8], (String) r[9]);
    }
}
