package org.ekyc.hub.routes.channel.rest;

import org.apache.camel.builder.RouteBuilder;
import org.ekyc.hub.verification.api.review.QueuePage;
import org.ekyc.hub.verification.api.review.ReviewQueue;

/**
 * The reviewer's API under {@code /api/v1/review} (#19; the staff console's, docs/console.md):
 * <ul>
 *   <li>{@code GET /api/v1/review/queue} → the cases waiting for a person, oldest first, filtered and paged in the
 *       database ({@link ReviewJson#filter}), each with its SLA clock; reviewers, senior reviewers and auditors;</li>
 *   <li>{@code GET /api/v1/review/decision-reasons} → {@code [{code, label, outcomes}]}, the label in the language of
 *       Accept-Language: the reasons a decision's {@code reasonCode} is taken from.</li>
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
                    .to("direct:rest-decision-reasons");

        from("direct:rest-review-queue").routeId("rest-review-queue")
                // the filters are the query string's (Camel puts them in headers); the database pages
                .process(e -> {
                    ReviewQueue queue = e.getContext().getRegistry().lookupByNameAndType("reviewQueue", ReviewQueue.class);
                    QueuePage page = queue.queue(ReviewJson.filter(e.getMessage().getHeaders()));
                    e.getMessage().setBody(ReviewJson.page(page));
                })
                .process(RestErrors::responseHeadersOnly);

        from("direct:rest-decision-reasons").routeId("rest-decision-reasons")
                // the listed reasons with their outcomes, labelled in the caller's language (what the customer sees)
                .process(e -> e.getMessage().setBody(ReviewJson.reasons(RestMapper.locale(e))))
                .process(RestErrors::responseHeadersOnly);
    }
}
