package org.ekyc.hub.routes.channel.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.ekyc.hub.verification.api.Roles;
import org.ekyc.hub.verification.api.review.QueueFilter;
import org.ekyc.hub.verification.api.review.QueueItem;
import org.ekyc.hub.verification.api.review.QueuePage;
import org.ekyc.hub.verification.api.review.ReviewQueue;
import org.junit.jupiter.api.Test;

/** The review API's routes called directly with the engine replaced (#19): filters in, the console's JSON out, who may. */
class ReviewRestRoutesTest extends CamelTestSupport {

    private final List<QueueFilter> asked = new CopyOnWriteArrayList<>();
    private final Set<String> roles = new CopyOnWriteArraySet<>(Set.of(Roles.REVIEWER));

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRestConfiguration().setInlineRoutes(false);
        ReviewQueue queue = f -> {
            asked.add(f);
            return new QueuePage(f.page(), f.size(), 41, List.of(new QueueItem("c-1", "REVIEW", "ENHANCED", "LOAN", "REST", "VNM",
                    null, List.of("IMAGE_BLURRED"), Instant.parse("2026-12-03T08:00:00Z"), Instant.parse("2026-12-03T16:00:00Z"),
                    true, "reviewer-1", null)));
        };
        context.getRegistry().bind("reviewQueue", ReviewQueue.class, queue);
        context.getRegistry().bind(RestAccess.CallerRoles.REF, RestAccess.CallerRoles.class,
                (RestAccess.CallerRoles) (e, role) -> roles.contains(role));
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new ReviewRestRoutes();
    }

    private Exchange queue(Map<String, Object> query) {
        return template.request("direct:rest-review-queue", e -> {
            e.getMessage().setHeaders(new java.util.HashMap<>(query));
            e.getMessage().setHeader("Accept-Language", "en");
        });
    }

    @Test
    void theQueryStringBecomesTheEnginesFilterAndThePageTheConsolesJson() {
        Exchange r = queue(Map.of("tier", "ENHANCED", "reason", "IMAGE_BLURRED", "nationality", "VNM", "overdue", "true",
                "assigned", "mine", "page", "2", "size", "10", "product", ""));
        assertThat(asked).containsExactly(new QueueFilter("ENHANCED", "IMAGE_BLURRED", null, null, "VNM", true,
                QueueFilter.Assigned.MINE, 2, 10));
        ReviewJson.QueuePageJson page = r.getMessage().getBody(ReviewJson.QueuePageJson.class);
        assertThat(page.total()).isEqualTo(41);
        assertThat(page.page()).isEqualTo(2);
        assertThat(page.items()).singleElement().satisfies(i -> {
            assertThat(i.caseId()).isEqualTo("c-1");
            assertThat(i.submittedAt()).isEqualTo("2026-12-03T08:00:00Z");
            assertThat(i.slaDueAt()).isEqualTo("2026-12-03T16:00:00Z");
            assertThat(i.overdue()).isTrue();
            assertThat(i.assignee()).isEqualTo("reviewer-1");
        });
    }

    @Test
    void aMalformedFilterIs400NamingItBeforeTheEngine() {
        for (Map.Entry<String, String> bad : List.of(Map.entry("size", "1000"), Map.entry("page", "-1"),
                Map.entry("overdue", "yes"), Map.entry("assigned", "theirs"))) {
            Exchange r = queue(Map.of(bad.getKey(), bad.getValue()));
            assertThat(r.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).as(bad.toString()).isEqualTo(400);
            assertThat(r.getMessage().getBody(String.class)).contains("\"code\":\"MALFORMED_REQUEST\"")
                    .contains("\"field\":\"" + bad.getKey() + "\"");
        }
        assertThat(asked).isEmpty();
    }

    @Test
    void theAuditorReadsTheQueueAPartnerAndAnAdministratorAreRefused() {
        roles.clear();
        roles.add(Roles.AUDITOR);
        assertThat(queue(Map.of()).getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isNotEqualTo(403);
        for (String role : List.of(Roles.PARTNER, Roles.ADMIN)) {
            roles.clear();
            roles.add(role);
            Exchange r = queue(Map.of());
            assertThat(r.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).as(role).isEqualTo(403);
        }
        assertThat(asked).hasSize(1);
    }

    @Test
    void theDecisionReasonsAreListedWithTheirOutcomesInTheCallersLanguage() {
        Exchange r = template.request("direct:rest-decision-reasons", e -> e.getMessage().setHeader("Accept-Language", "vi"));
        @SuppressWarnings("unchecked")
        List<ReviewJson.ReasonJson> reasons = r.getMessage().getBody(List.class);
        assertThat(reasons).extracting(ReviewJson.ReasonJson::code).contains("EVIDENCE_CONSISTENT", "DOCUMENT_NOT_GENUINE");
        assertThat(reasons).filteredOn(x -> x.code().equals("DOCUMENT_PHOTO_UNCLEAR")).singleElement()
                .satisfies(x -> {
                    assertThat(x.label()).isEqualTo("Ảnh giấy tờ không rõ");
                    assertThat(x.outcomes()).containsExactly("MORE_INFO");
                });
    }
}
