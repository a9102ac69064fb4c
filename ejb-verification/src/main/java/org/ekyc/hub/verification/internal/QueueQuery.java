package org.ekyc.hub.verification.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.ekyc.hub.verification.api.ApplicantLanguage;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.Channel;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.Product;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.review.QueueFilter;
import org.ekyc.hub.verification.api.risk.RiskTier;

/**
 * The review queue's JPQL from a {@link QueueFilter}: cases in REVIEW, plain columns only (nothing sealed is
 * read), oldest first; every filter value a parameter, checked against its enum first (a value that is not one
 * is MALFORMED_REQUEST naming the filter). Paging is the query's (setFirstResult/setMaxResults).
 */
final class QueueQuery {

    static final String COLUMNS = "select c.id, c.status, c.decision.riskTier, c.product, c.channel, c.applicant.nationality,"
            + " c.reasons.codes, c.createdAt, c.reviewAssignee, c.review.firstApprovalBy, c.applicantLanguage";

    private final StringBuilder where = new StringBuilder(" from VerificationCase c where c.status = :status");
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    QueueQuery(QueueFilter f, String caller, ReviewSla sla, Instant now) {
        parameters.put("status", CaseStatus.REVIEW);
        if (f.tier() != null) {
            RiskTier tier = value(RiskTier.class, f.tier(), "tier");
            where.append(tier == RiskTier.ENHANCED ? " and c.decision.riskTier = :tier"
                    : " and (c.decision.riskTier = :tier or c.decision.riskTier is null)");
            parameters.put("tier", tier);
        }
        if (f.product() != null) {
            where.append(" and c.product = :product");
            parameters.put("product", value(Product.class, f.product(), "product"));
        }
        if (f.channel() != null) {
            where.append(" and c.channel = :channel");
            parameters.put("channel", value(Channel.class, f.channel(), "channel"));
        }
        if (f.nationality() != null) {
            String n = f.nationality().trim().toUpperCase(Locale.ROOT);
            if (!n.matches("[A-Z]{3}")) {
                throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, "nationality");
            }
            where.append(" and c.applicant.nationality = :nationality");
            parameters.put("nationality", n);
        }
        if (f.language() != null) {
            // #19 the applicant's language: exactly one of the four codes
            String language = f.language().trim().toLowerCase(Locale.ROOT);
            if (!ApplicantLanguage.CODES.contains(language)) {
                throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, "language");
            }
            where.append(" and c.applicantLanguage = :language");
            parameters.put("language", language);
        }
        if (f.reason() != null) {
            // the codes column is "A,B,C": a known code (no LIKE wildcard can come in) between commas
            where.append(" and concat(',', c.reasons.codes, ',') like :reason");
            parameters.put("reason", "%," + value(ReasonCode.class, f.reason(), "reason").name() + ",%");
        }
        if (f.overdue() != null) {
            String late = "((c.decision.riskTier = :enhanced and c.createdAt < :enhancedCut)"
                    + " or ((c.decision.riskTier is null or c.decision.riskTier <> :enhanced) and c.createdAt < :standardCut))";
            where.append(f.overdue() ? " and " + late : " and not " + late);
            parameters.put("enhanced", RiskTier.ENHANCED);
            parameters.put("enhancedCut", now.minus(sla.enhanced()));
            parameters.put("standardCut", now.minus(sla.standard()));
        }
        switch (f.assigned()) {
            case MINE -> {
                where.append(" and c.reviewAssignee = :me");
                parameters.put("me", caller);
            }
            case UNASSIGNED -> where.append(" and c.reviewAssignee is null");
            case ANY -> { }
        }
    }

    /** The page's rows ({@link #COLUMNS}), oldest submission first. */
    String select() {
        return COLUMNS + where + " order by c.createdAt, c.id";
    }

    /** How many cases the filter keeps. */
    String count() {
        return "select count(c)" + where;
    }

    Map<String, Object> parameters() {
        return parameters;
    }

    private static <E extends Enum<E>> E value(Class<E> type, String value, String field) {
        String v = value.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(v)).findFirst()
                .orElseThrow(() -> new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, field));
    }
}
