package org.ekyc.hub.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.Channel;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.Product;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.review.QueueFilter;
import org.ekyc.hub.verification.api.review.QueueFilter.Assigned;
import org.ekyc.hub.verification.api.review.QueueItem;
import org.ekyc.hub.verification.api.risk.RiskTier;
import org.junit.jupiter.api.Test;

/** The review queue's query, SLA clock and rows (#19); the query itself runs in ReviewQueueIT. */
class ReviewQueueTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    private static final ReviewSla SLA = ReviewSla.of(Map.of());

    private static QueueFilter filter(String tier, String reason, String nationality, Boolean overdue, Assigned assigned) {
        return new QueueFilter(tier, reason, null, null, nationality, overdue, assigned, 0, 20);
    }

    @Test
    void withoutFiltersTheQueueIsEveryCaseInReviewOldestFirst() {
        QueueQuery q = new QueueQuery(filter(null, null, null, null, null), "reviewer-1", SLA, NOW);
        assertThat(q.select()).endsWith("from VerificationCase c where c.status = :status order by c.createdAt, c.id");
        assertThat(q.count()).isEqualTo("select count(c) from VerificationCase c where c.status = :status");
        assertThat(q.parameters()).containsExactly(Map.entry("status", CaseStatus.REVIEW));
    }

    @Test
    void everyFilterIsAParameterCheckedAgainstItsValues() {
        QueueQuery q = new QueueQuery(new QueueFilter("enhanced", "IMAGE_BLURRED", "loan", "rest", "vnm", null,
                Assigned.MINE, 0, 20), "reviewer-1", SLA, NOW);
        assertThat(q.parameters()).containsEntry("tier", RiskTier.ENHANCED).containsEntry("product", Product.LOAN)
                .containsEntry("channel", Channel.REST).containsEntry("nationality", "VNM")
                .containsEntry("reason", "%,IMAGE_BLURRED,%").containsEntry("me", "reviewer-1");
        assertThat(q.count()).contains("c.reviewAssignee = :me").contains("concat(',', c.reasons.codes, ',') like :reason");
    }

    @Test
    void aValueThatIsNoneOfTheFiltersValuesIsRefusedNamingTheFilter() {
        assertThatThrownBy(() -> new QueueQuery(filter(null, "%", null, null, null), "r", SLA, NOW))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> new QueueQuery(filter("HIGH", null, null, null, null), "r", SLA, NOW))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("tier"));
        assertThatThrownBy(() -> new QueueQuery(filter(null, null, "VN", null, null), "r", SLA, NOW))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("nationality"));
    }

    @Test
    void theLanguageFilterIsOneOfTheFourCodesAsAParameter() {
        QueueQuery q = new QueueQuery(new QueueFilter(null, null, null, null, null, "VI", null, null, 0, 20), "r", SLA, NOW);
        assertThat(q.count()).contains(" and c.applicantLanguage = :language");
        assertThat(q.parameters()).containsEntry("language", "vi");
        for (String bad : java.util.List.of("fr", "vi-VN", "v%", "vi'")) {
            assertThatThrownBy(() -> new QueueQuery(new QueueFilter(null, null, null, null, null, bad, null, null, 0, 20),
                    "r", SLA, NOW)).as(bad)
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("language"));
        }
        assertThat(QueueQuery.COLUMNS).endsWith("c.applicantLanguage");
    }

    @Test
    void overdueIsCutAtEachTiersSla() {
        QueueQuery q = new QueueQuery(filter(null, null, null, true, Assigned.UNASSIGNED), "r", SLA, NOW);
        assertThat(q.parameters()).containsEntry("standardCut", NOW.minus(Duration.ofHours(24)))
                .containsEntry("enhancedCut", NOW.minus(Duration.ofHours(8)));
        assertThat(q.count()).contains("c.reviewAssignee is null").doesNotContain("not ((");
        assertThat(new QueueQuery(filter(null, null, null, false, null), "r", SLA, NOW).count()).contains("and not ((");
    }

    @Test
    void theSlaComesFromTheSettingsAndABadOneFailsTheStart() {
        ReviewSla sla = ReviewSla.of(Map.of("KYC_REVIEW_SLA_HOURS", "48", "KYC_REVIEW_SLA_HOURS_ENHANCED", "12"));
        assertThat(sla.window(RiskTier.STANDARD)).isEqualTo(Duration.ofHours(48));
        assertThat(sla.window(null)).isEqualTo(Duration.ofHours(48));
        assertThat(sla.window(RiskTier.ENHANCED)).isEqualTo(Duration.ofHours(12));
        assertThatThrownBy(() -> ReviewSla.of(Map.of("KYC_REVIEW_SLA_HOURS", "0"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRowBecomesTheConsolesItemWithItsSlaClock() {
        Object[] row = {"c-1", CaseStatus.REVIEW, RiskTier.ENHANCED, Product.ACCOUNT, Channel.REST, "VNM",
                "IMAGE_BLURRED,FACE_MATCH_REVIEW", NOW.minus(Duration.ofHours(9)), "reviewer-2", "reviewer-1", "vi"};
        QueueItem item = ReviewQueueBean.item(row, SLA, NOW);
        assertThat(item.riskTier()).isEqualTo("ENHANCED");
        assertThat(item.reasons()).containsExactly("IMAGE_BLURRED", "FACE_MATCH_REVIEW");
        assertThat(item.slaDueAt()).isEqualTo(NOW.minus(Duration.ofHours(1)));
        assertThat(item.overdue()).isTrue();
        assertThat(item.assignee()).isEqualTo("reviewer-2");
        assertThat(item.firstApprovalBy()).isEqualTo("reviewer-1");
        assertThat(item.language()).isEqualTo("vi");
        row[2] = null;
        assertThat(ReviewQueueBean.item(row, SLA, NOW).overdue()).isFalse();
        assertThat(ReviewQueueBean.item(row, SLA, NOW).riskTier()).isEqualTo("STANDARD");
    }
}
