package org.ekyc.hub.routes.channel.rest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.review.DecisionReason;
import org.ekyc.hub.verification.api.review.QueueFilter;
import org.ekyc.hub.verification.api.review.QueueItem;
import org.ekyc.hub.verification.api.review.QueuePage;

/** The review API's JSON (#19, docs/console.md): the shapes the staff console reads, instants as ISO-8601 text. */
final class ReviewJson {

    private ReviewJson() {
    }

    /** {@code GET /api/v1/review/queue}: a page of the queue, {@code total} counting every case the filters keep. */
    record QueuePageJson(int page, int size, long total, List<QueueItemJson> items) {
    }

    /** One case waiting for a person: no personal data. */
    record QueueItemJson(String caseId, String status, String riskTier, String product, String channel, String nationality,
                         String language, List<String> reasons, String submittedAt, String slaDueAt, boolean overdue,
                         String assignee, String firstApprovalBy) {
    }

    /** One reason of {@code GET /api/v1/review/decision-reasons}. */
    record ReasonJson(String code, String label, List<String> outcomes) {
    }

    static List<ReasonJson> reasons(Locale locale) {
        return DecisionReason.all().stream().map(r -> new ReasonJson(r.name(), r.label(locale),
                r.outcomes().stream().sorted().toList())).toList();
    }

    static QueuePageJson page(QueuePage p) {
        return new QueuePageJson(p.page(), p.size(), p.total(), p.items().stream().map(ReviewJson::item).toList());
    }

    static QueueItemJson item(QueueItem i) {
        return new QueueItemJson(i.caseId(), i.status(), i.riskTier(), i.product(), i.channel(), i.nationality(), i.language(),
                i.reasons(), i.submittedAt().toString(), i.slaDueAt().toString(), i.overdue(), i.assignee(), i.firstApprovalBy());
    }

    /**
     * The queue's filters from the query string (the console's names: tier, reason, product, channel, nationality,
     * overdue, assigned=any|mine|unassigned, page, size); an empty value is no filter, a malformed one
     * MALFORMED_REQUEST naming it.
     */
    static QueueFilter filter(Map<String, Object> q) {
        String overdue = text(q, "overdue");
        if (overdue != null && !overdue.equals("true") && !overdue.equals("false")) {
            throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, "overdue");
        }
        String assigned = text(q, "assigned");
        QueueFilter.Assigned a;
        try {
            a = assigned == null ? QueueFilter.Assigned.ANY : QueueFilter.Assigned.valueOf(assigned.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, "assigned");
        }
        return new QueueFilter(text(q, "tier"), text(q, "reason"), text(q, "product"), text(q, "channel"), text(q, "nationality"),
                overdue == null ? null : Boolean.valueOf(overdue), a, number(q, "page", 0), number(q, "size", 20));
    }

    private static String text(Map<String, Object> q, String name) {
        Object v = q.get(name);
        return v == null || v.toString().isBlank() ? null : v.toString().trim();
    }

    private static int number(Map<String, Object> q, String name, int fallback) {
        String v = text(q, name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < 0 || (name.equals("size") && (n == 0 || n > QueueFilter.MAX_SIZE))) {
                throw new NumberFormatException(v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, name);
        }
    }
}
