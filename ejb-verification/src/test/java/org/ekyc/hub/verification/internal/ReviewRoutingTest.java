package org.ekyc.hub.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * #19 Automatic assignment by the languages a reviewer reads ({@code KYC_REVIEWER_LANGUAGES}): the preferred
 * language first, then any case (nothing waits forever), the per-reviewer limit first of all. The JPQL itself runs in
 * ReviewQueueIT; here the queries are played over an in-memory queue with the same meaning.
 */
class ReviewRoutingTest {

    private static final Instant T0 = Instant.parse("2026-12-04T09:00:00Z");

    private record Waiting(String id, Instant submitted, String language, String assignee) {
    }

    /** NEXT / NEXT_IN_LANGUAGES over a list: unclaimed, the language among those asked (null: any), oldest first. */
    private static final class Queue implements ReviewQueueBean.OldestUnclaimed {
        final List<Waiting> cases = new ArrayList<>();
        final List<Set<String>> asked = new ArrayList<>();

        Queue with(String id, int minutes, String language, String assignee) {
            cases.add(new Waiting(id, T0.plusSeconds(60L * minutes), language, assignee));
            return this;
        }

        @Override
        public Optional<String> among(Set<String> languages) {
            asked.add(languages);
            return cases.stream().filter(c -> c.assignee() == null)
                    .filter(c -> languages == null || (c.language() != null && languages.contains(c.language())))
                    .min(Comparator.comparing(Waiting::submitted)).map(Waiting::id);
        }
    }

    @Test
    void aReviewerGetsTheOldestCaseInALanguageTheyReadBeforeOlderOnes() {
        Queue q = new Queue().with("ko-oldest", 0, "ko", null).with("none", 1, null, null)
                .with("vi-claimed", 2, "vi", "reviewer-1").with("vi-1", 3, "vi", null).with("en-1", 4, "en", null);
        assertThat(ReviewQueueBean.nextCase(0, 5, Set.of("en", "vi"), q)).contains("vi-1");
        assertThat(ReviewQueueBean.nextCase(0, 5, Set.of("en"), q)).contains("en-1");
        assertThat(q.asked).containsExactly(Set.of("en", "vi"), Set.of("en"));
    }

    @Test
    void withoutACaseInTheirLanguagesTheyGetTheOldestOfAnyLanguageOrNone() {
        Queue q = new Queue().with("none", 0, null, null).with("ko-1", 1, "ko", null);
        assertThat(ReviewQueueBean.nextCase(0, 5, Set.of("vi"), q)).as("nothing waits forever").contains("none");
        assertThat(q.asked).containsExactly(Set.of("vi"), null);
        assertThat(ReviewQueueBean.nextCase(0, 5, Set.of("vi"), new Queue())).isEmpty();
    }

    @Test
    void aReviewerWithoutLanguagesGetsTheOldestCase() {
        Queue q = new Queue().with("ko-1", 0, "ko", null).with("vi-1", 1, "vi", null);
        assertThat(ReviewQueueBean.nextCase(0, 5, Set.of(), q)).contains("ko-1");
        assertThat(q.asked).as("no language query without a preference").containsExactly((Set<String>) null);
    }

    @Test
    void theLimitIsEnforcedBeforeAnyLanguage() {
        Queue q = new Queue().with("vi-1", 0, "vi", null);
        assertThat(ReviewQueueBean.nextCase(5, 5, Set.of("vi"), q)).isEmpty();
        assertThat(ReviewQueueBean.nextCase(6, 5, Set.of(), q)).isEmpty();
        assertThat(q.asked).as("the queue is not even read").isEmpty();
        assertThat(ReviewQueueBean.nextCase(4, 5, Set.of("vi"), q)).contains("vi-1");
    }

    @Test
    void theLanguageQueryIsTheUnclaimedQueryNarrowedToTheReviewersLanguages() {
        assertThat(ReviewQueueBean.NEXT_IN_LANGUAGES).startsWith(ReviewQueueBean.UNCLAIMED)
                .contains(" and c.applicantLanguage in :languages").endsWith(" order by c.createdAt, c.id");
        assertThat(ReviewQueueBean.NEXT).contains("c.reviewAssignee is null").doesNotContain("applicantLanguage");
    }

    @Test
    void theReviewersLanguagesComeFromTheSettingAndABadOneFailsTheStart() {
        ReviewerLanguages l = ReviewerLanguages.of(Map.of(ReviewerLanguages.SETTING, "reviewer-1=ko,EN; reviewer-2 = vi ;"));
        assertThat(l.of("reviewer-1")).containsExactlyInAnyOrder("ko", "en");
        assertThat(l.of("reviewer-2")).containsExactly("vi");
        assertThat(l.of("reviewer-3")).as("not named: no preference").isEmpty();
        assertThat(ReviewerLanguages.of(Map.of()).of("reviewer-1")).isEmpty();
        for (String bad : List.of("reviewer-1", "reviewer-1=fr", "=ko", "reviewer-1=ko;reviewer-1=en", "reviewer-1=")) {
            assertThatThrownBy(() -> ReviewerLanguages.of(Map.of(ReviewerLanguages.SETTING, bad)))
                    .as(bad).isInstanceOf(IllegalStateException.class).hasMessageContaining(ReviewerLanguages.SETTING);
        }
    }
}
