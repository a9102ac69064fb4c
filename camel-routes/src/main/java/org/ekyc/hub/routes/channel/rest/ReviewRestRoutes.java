package org.ekyc.hub.routes.channel.rest;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.Exchange;
import org.ekyc.hub.verification.api.review.ReviewQueue;
import org.ekyc.hub.verification.api.review.ReviewStep;

/**
 * The reviewer's API under {@code /api/v1/review} (#19; the staff console's, docs/console.md):
 * <ul>
 *   <li>{@code GET /api/v1/review/queue} → the cases waiting for a person, oldest first, filtered and paged in the
 *       database ({@link ReviewJson#filter}), each with its SLA clock; reviewers, senior reviewers and auditors;</li>
 *   <li>{@code GET /api/v1/review/decision-reasons} → {@code [{code, label, outcomes}]}, the label in the language of
 *       Accept-Language: the reasons a decision's {@code reasonCode} is taken from;</li>
 *   <li>{@code GET /api/v1/review/cases/{id}} → the case as a reviewer works it ({@link ReviewJson#detail}), the view audited;</li>
 *   <li>{@code POST /api/v1/review/cases/{id}/claim} and {@code /release} → the queue item; 409 CASE_CLAIMED,
 *       REVIEWER_LIMIT_REACHED ({@code KYC_REVIEW_MAX_CLAIMS}), CASE_NOT_IN_REVIEW;</li>
 *   <li>{@code POST /api/v1/review/next} → the oldest unclaimed case the caller may decide, claimed; 204 when none;</li>
 *   <li>{@code POST /api/v1/review/cases/{id}/matches/{matchId}/disposition} {@code {"disposition":"MATCH|NO_MATCH","note":…}}
 *       → the match as marked ({@link ReviewJson#match}), under the authenticated reviewer; reviewers and senior
 *       reviewers; 404 MATCH_NOT_FOUND, 409 CASE_CLAIMED, CASE_ALREADY_DECIDED.</li>
 * </ul>
 * The REST configuration (JSON binding) is {@link CaseRestRoutes}'; refusals and access as there.
 */
public class ReviewRestRoutes extends RouteBuilder {

    @Override
    public void configure() {
        RestErrors.handle(this);
        interceptFrom().process(RestAccess::check);

        rest("/v1/review").description("The reviewer's queue and cases")
                .get("/queue").produces("application/json").outType(ReviewJson.QueuePageJson.class)
                    .to("direct:rest-review-queue")
                .get("/decision-reasons").produces("application/json")
                    .to("direct:rest-decision-reasons")
                .post("/next").produces("application/json").outType(ReviewJson.QueueItemJson.class)
                    .to("direct:rest-review-next")
                .get("/cases/{caseId}").produces("application/json")
                    .to("direct:rest-review-case")
                .post("/cases/{caseId}/claim").produces("application/json").outType(ReviewJson.QueueItemJson.class)
                    .to("direct:rest-review-claim")
                .post("/cases/{caseId}/release").produces("application/json").outType(ReviewJson.QueueItemJson.class)
                    .to("direct:rest-review-release")
                .post("/cases/{caseId}/matches/{matchId}/disposition").consumes("application/json").produces("application/json")
                    .type(ReviewRequests.DispositionRequest.class)
                    .to("direct:rest-review-match-disposition");

        from("direct:rest-review-queue").routeId("rest-review-queue")
                // the filters are the query string's (Camel puts them in headers); the database pages
                .process(e -> e.getMessage().setBody(ReviewJson.page(queue(e).queue(ReviewJson.filter(e.getMessage().getHeaders())))))
                .process(RestErrors::responseHeadersOnly);

        from("direct:rest-decision-reasons").routeId("rest-decision-reasons")
                // the listed reasons with their outcomes, labelled in the caller's language (what the customer sees)
                .process(e -> e.getMessage().setBody(ReviewJson.reasons(RestMapper.locale(e))))
                .process(RestErrors::responseHeadersOnly);

        from("direct:rest-review-next").routeId("rest-review-next")
                // automatic assignment: the oldest case the caller may take, 204 when none (or the caller holds the limit)
                .process(e -> {
                    var next = queue(e).next();
                    if (next.isPresent()) {
                        e.getMessage().setBody(ReviewJson.item(next.get()));
                    } else {
                        e.getMessage().setBody(null);
                        e.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 204);
                    }
                })
                .process(RestErrors::responseHeadersOnly);

        from("direct:rest-review-case").routeId("rest-review-case")
                // the evidence side by side and the history; the engine audits the view under the caller
                .setHeader("kycCaseId", header("caseId"))
                .process(e -> e.getMessage().setBody(ReviewJson.detail(queue(e).caseDetail(caseId(e)), RestMapper.locale(e))))
                .process(RestErrors::responseHeadersOnly);

        from("direct:rest-review-claim").routeId("rest-review-claim")
                // the caller takes the case (409 CASE_CLAIMED, REVIEWER_LIMIT_REACHED, CASE_NOT_IN_REVIEW)
                .setHeader("kycCaseId", header("caseId"))
                .process(e -> e.getMessage().setBody(ReviewJson.item(queue(e).claim(caseId(e)))))
                .process(RestErrors::responseHeadersOnly);

        from("direct:rest-review-release").routeId("rest-review-release")
                // the holder, or a senior reviewer for anyone's claim, gives the case back to the queue
                .setHeader("kycCaseId", header("caseId"))
                .process(e -> e.getMessage().setBody(ReviewJson.item(queue(e).release(caseId(e)))))
                .process(RestErrors::responseHeadersOnly);

        from("direct:rest-review-match-disposition").routeId("rest-review-match-disposition")
                // the reviewer marks one screening match; the engine records who and when, and audits it
                .setHeader("kycCaseId", header("caseId"))
                .process(e -> {
                    ReviewRequests.DispositionRequest r = e.getMessage().getBody(ReviewRequests.DispositionRequest.class);
                    var disposition = ReviewRequests.disposition(r);
                    e.getMessage().setBody(ReviewJson.match(step(e).disposeMatch(caseId(e),
                            e.getMessage().getHeader("matchId", String.class), disposition, r.note())));
                })
                .process(RestErrors::responseHeadersOnly);
    }

    private static ReviewStep step(Exchange e) {
        return e.getContext().getRegistry().lookupByNameAndType("reviewStep", ReviewStep.class);
    }

    private static ReviewQueue queue(Exchange e) {
        return e.getContext().getRegistry().lookupByNameAndType("reviewQueue", ReviewQueue.class);
    }

    private static String caseId(Exchange e) {
        return e.getMessage().getHeader("caseId", String.class);
    }
}
