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
import org.ekyc.hub.verification.api.review.ReviewQueue;
import org.ekyc.hub.verification.api.risk.RiskTier;

/** The review queue (#19): cases in REVIEW, filtered and paged by the database, plain columns only. */
@Stateless
public class ReviewQueueBean extends CaseFacadeBean implements ReviewQueue {

    private final ReviewSla sla = ReviewSla.fromEnvironment();

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

    /** A row of {@link QueueQuery#COLUMNS} as the console's queue item. */
    static QueueItem item(Object[] r, ReviewSla sla, Instant now) {
        RiskTier tier = (RiskTier) r[2];
        Instant submitted = (Instant) r[7];
        Instant due = sla.dueAt(submitted, tier);
        return new QueueItem((String) r[0], ((CaseStatus) r[1]).name(), (tier == null ? RiskTier.STANDARD : tier).name(),
                ((Product) r[3]).name(), ((Channel) r[4]).name(), (String) r[5], null,
                Reasons.parse((String) r[6]).stream().map(ReasonCode::name).toList(), submitted, due, due.isBefore(now),
                (String) r[8], (String) r[9]);
    }
}
