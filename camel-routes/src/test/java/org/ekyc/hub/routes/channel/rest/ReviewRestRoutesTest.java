package org.ekyc.hub.routes.channel.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.ekyc.hub.verification.api.Applicant;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.Channel;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.Product;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.Roles;
import org.ekyc.hub.verification.api.peer.immigration.RegistryCheckOutcome;
import org.ekyc.hub.verification.api.review.ReviewCase;
import org.ekyc.hub.verification.api.review.QueueFilter;
import org.ekyc.hub.verification.api.review.QueueItem;
import org.ekyc.hub.verification.api.review.QueuePage;
import org.ekyc.hub.verification.api.review.MatchDisposition;
import org.ekyc.hub.verification.api.review.ReviewQueue;
import org.ekyc.hub.verification.api.review.ReviewStep;
import org.junit.jupiter.api.Test;

/** The review API's routes called directly with the engine replaced (#19): filters in, the console's JSON out, who may. */
class ReviewRestRoutesTest extends CamelTestSupport {

    private static final QueueItem ITEM = new QueueItem("c-1", "REVIEW", "ENHANCED", "LOAN", "REST", "VNM",
            "vi", List.of("IMAGE_BLURRED"), Instant.parse("2026-12-03T08:00:00Z"), Instant.parse("2026-12-03T16:00:00Z"),
            true, "reviewer-1", null);
    private static final ReviewCase.MatchView MATCH = new ReviewCase.MatchView("m-1", "UN:QDi.901", "UN", "TRAN, VAN BINH",
            "TRAN VAN BINH", 0.84, List.of("NAME 0.84", "DOB_YEAR_MATCH 1990"), "UN-2026-12-01", null, null, null, null);
    private final List<QueueFilter> asked = new CopyOnWriteArrayList<>();
    private final List<String> disposed = new CopyOnWriteArrayList<>();
    private final Set<String> roles = new CopyOnWriteArraySet<>(Set.of(Roles.REVIEWER));

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRestConfiguration().setInlineRoutes(false);
        ReviewQueue queue = new ReviewQueue() {
            @Override
            public QueuePage queue(QueueFilter f) {
                asked.add(f);
                return new QueuePage(f.page(), f.size(), 41, List.of(ITEM));
            }

            @Override
            public ReviewCase caseDetail(String caseId) {
                asked.add(null);
                return new ReviewCase(new CaseView(caseId, CaseStatus.REVIEW, Product.LOAN, Channel.REST, null,
                        new Applicant("NGUYEN", "VAN AN", null, "VNM", LocalDate.of(1994, 3, 17), null, null),
                        RegistryCheckOutcome.VERIFIED, "F-4", null, List.<ReasonCode>of(), Instant.parse("2026-12-03T08:00:00Z"),
                        Instant.parse("2026-12-03T08:00:00Z"), null, "CLEAR", null), "reviewer-1",
                        List.of(new ReviewCase.DocumentField("surname", "NGUYEN", "DOCUMENT", null)),
                        List.of(new ReviewCase.HistoryEntry(Instant.parse("2026-12-03T08:00:00Z"), "bank-app", "CASE_OPENED")),
                        List.of(MATCH));
            }

            @Override
            public QueueItem claim(String caseId) {
                throw new InvalidRequestException(ReasonCode.CASE_CLAIMED, "assignee");
            }

            @Override
            public QueueItem release(String caseId) {
                return ITEM;
            }

            @Override
            public java.util.Optional<QueueItem> next() {
                return java.util.Optional.empty();
            }
        };
        context.getRegistry().bind("reviewQueue", ReviewQueue.class, queue);
        context.getRegistry().bind("reviewStep", ReviewStep.class, new ReviewStep() {
            @Override
            public CaseView recordVideoInterview(String caseId, org.ekyc.hub.verification.api.review.VideoInterview v) {
                throw new UnsupportedOperationException();
            }

            @Override
            public CaseView recordSourceOfFunds(String caseId, org.ekyc.hub.verification.api.review.SourceOfFunds s) {
                throw new UnsupportedOperationException();
            }

            @Override
            public ReviewCase.MatchView disposeMatch(String caseId, String matchId, MatchDisposition d, String note) {
                disposed.add(caseId + " " + matchId + " " + d + " " + note);
                if (!matchId.equals(MATCH.matchId())) {
                    throw new InvalidRequestException(ReasonCode.MATCH_NOT_FOUND, "matchId");
                }
                return new ReviewCase.MatchView(MATCH.matchId(), MATCH.entryId(), MATCH.list(), MATCH.listedName(),
                        MATCH.matchedName(), MATCH.score(), MATCH.evidence(), MATCH.listVersion(), d, "reviewer-1",
                        Instant.parse("2026-12-03T09:00:00Z"), note);
            }
        });
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
                "assigned", "mine", "page", "2", "size", "10", "product", "", "language", "VI"));
        assertThat(asked).containsExactly(new QueueFilter("ENHANCED", "IMAGE_BLURRED", null, null, "VNM", "vi", true,
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
            assertThat(i.language()).isEqualTo("vi");
        });
    }

    @Test
    void aMalformedFilterIs400NamingItBeforeTheEngine() {
        for (Map.Entry<String, String> bad : List.of(Map.entry("size", "1000"), Map.entry("page", "-1"),
                Map.entry("overdue", "yes"), Map.entry("assigned", "theirs"), Map.entry("language", "fr"),
                Map.entry("language", "vi-VN"))) {
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
                    assertThat(x.step()).isEqualTo("DOCUMENT");
                });
        assertThat(reasons).filteredOn(x -> x.outcomes().contains("REJECTED")).extracting(ReviewJson.ReasonJson::step)
                .hasSizeGreaterThanOrEqualTo(2).containsOnlyNulls();
        assertThat(reasons).filteredOn(x -> x.code().equals("SELFIE_UNCLEAR")).singleElement()
                .satisfies(x -> assertThat(x.step()).isEqualTo("FACE"));
    }

    private Exchange onCase(String route) {
        return template.request("direct:" + route, e -> {
            e.getMessage().setHeader("caseId", "c-1");
            e.getMessage().setHeader("Accept-Language", "en");
        });
    }

    @Test
    void theCaseDetailHasTheTypedAndTheReadValuesSideBySideAndTheHistory() throws Exception {
        Exchange r = onCase("rest-review-case");
        String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(r.getMessage().getBody());
        com.fasterxml.jackson.databind.JsonNode d = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        assertThat(d.at("/case/caseId").asText()).isEqualTo("c-1");
        assertThat(d.at("/submitted/name").asText()).isEqualTo("NGUYEN VAN AN");
        assertThat(d.at("/document/fields/0/field").asText()).isEqualTo("surname");
        assertThat(d.at("/document/fields/0/source").asText()).isEqualTo("DOCUMENT");
        assertThat(d.at("/registries/0/peer").asText()).isEqualTo("immigration");
        assertThat(d.at("/screening/matches/0/matchId").asText()).isEqualTo("m-1");
        assertThat(d.at("/screening/matches/0/listedName").asText()).isEqualTo("TRAN, VAN BINH");
        assertThat(d.at("/screening/matches/0/evidence/1").asText()).isEqualTo("DOB_YEAR_MATCH 1990");
        assertThat(d.at("/screening/matches/0/listVersion").asText()).isEqualTo("UN-2026-12-01");
        assertThat(d.at("/screening/matches/0/disposition").isNull()).isTrue();
        assertThat(d.at("/review/assignee").asText()).isEqualTo("reviewer-1");
        assertThat(d.at("/history/0/action").asText()).isEqualTo("CASE_OPENED");
        assertThat(d.has("face")).isTrue();
        assertThat(json).doesNotContain("image").doesNotContain("template\"");
    }

    @Test
    void aCaseClaimedByAnotherReviewerIs409AndAnAuditorCannotClaim() {
        Exchange r = onCase("rest-review-claim");
        assertThat(r.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(409);
        assertThat(r.getMessage().getBody(String.class)).contains("\"code\":\"CASE_CLAIMED\"");
        assertThat(onCase("rest-review-release").getMessage().getBody()).isInstanceOf(ReviewJson.QueueItemJson.class);
        roles.clear();
        roles.add(Roles.AUDITOR);
        assertThat(onCase("rest-review-claim").getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(403);
        assertThat(onCase("rest-review-case").getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isNotEqualTo(403);
        roles.clear();
        roles.add(Roles.ADMIN);
        assertThat(onCase("rest-review-case").getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).as("no personal data for an administrator")
                .isEqualTo(403);
    }

    @Test
    void noCaseToAssignIs204WithoutABody() {
        Exchange r = template.request("direct:rest-review-next", e -> e.getMessage().setHeader("Accept-Language", "en"));
        assertThat(r.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(204);
        assertThat(r.getMessage().getBody()).isNull();
    }

    private Exchange dispose(String matchId, Object body) {
        return template.request("direct:rest-review-match-disposition", e -> {
            e.getMessage().setHeader("caseId", "c-1");
            e.getMessage().setHeader("matchId", matchId);
            e.getMessage().setHeader("Accept-Language", "en");
            e.getMessage().setBody(body);
        });
    }

    @Test
    void aReviewerMarksAMatchAndGetsItBackWithWhoAndWhen() {
        Exchange r = dispose("m-1", new ReviewRequests.DispositionRequest("NO_MATCH", "other birth date"));
        assertThat(disposed).containsExactly("c-1 m-1 NO_MATCH other birth date");
        @SuppressWarnings("unchecked")
        Map<String, Object> m = r.getMessage().getBody(Map.class);
        assertThat(m).containsEntry("disposition", "NO_MATCH").containsEntry("by", "reviewer-1")
                .containsEntry("at", "2026-12-03T09:00:00Z").containsEntry("listVersion", "UN-2026-12-01");
    }

    @Test
    void aDispositionOutsideTheTwoWordsIs400AnUnknownMatch404AndAnAuditorIsRefused() {
        Exchange bad = dispose("m-1", new ReviewRequests.DispositionRequest("MAYBE", null));
        assertThat(bad.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(400);
        assertThat(bad.getMessage().getBody(String.class)).contains("\"field\":\"disposition\"");
        Exchange none = dispose("m-1", new ReviewRequests.DispositionRequest(null, null));
        assertThat(none.getMessage().getBody(String.class)).contains("\"code\":\"FIELD_REQUIRED\"");
        assertThat(disposed).isEmpty();
        Exchange unknown = dispose("m-9", new ReviewRequests.DispositionRequest("MATCH", null));
        assertThat(unknown.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(404);
        assertThat(unknown.getMessage().getBody(String.class)).contains("\"code\":\"MATCH_NOT_FOUND\"");
        roles.clear();
        roles.add(Roles.AUDITOR);
        Exchange auditor = dispose("m-1", new ReviewRequests.DispositionRequest("NO_MATCH", null));
        assertThat(auditor.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(403);
        assertThat(disposed).hasSize(1);
    }
}
