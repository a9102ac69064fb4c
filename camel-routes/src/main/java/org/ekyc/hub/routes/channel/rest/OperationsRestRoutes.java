package org.ekyc.hub.routes.channel.rest;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.rest.RestBindingMode;
import org.ekyc.hub.routes.metrics.HubMetrics;
import org.ekyc.hub.routes.metrics.PrometheusText;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.operations.DashboardFigures;
import org.ekyc.hub.verification.api.operations.FunnelEvent;
import org.ekyc.hub.verification.api.operations.FunnelEvents;
import org.ekyc.hub.verification.api.operations.OperationsDashboard;

/**
 * The operations side of the REST channel (#19), after {@link CaseRestRoutes} (whose REST configuration
 * and JSON mapper it uses):
 * <ul>
 *   <li>{@code POST /api/v1/capture/events} → 202: a funnel event of the customer's capture page, with the
 *       capture token like every customer step ({@link CaptureAccess}, rate limited per case,
 *       {@link CaptureRateLimits.Step#FUNNEL}); 400 FUNNEL_EVENT_INVALID naming the field;</li>
 *   <li>{@code GET /api/v1/operations/dashboard?from=&to=} → the figures ({@link DashboardFigures}) of the
 *       cases submitted in [from, to) (ISO-8601 instants; default the last 30 days; 400 PERIOD_INVALID);</li>
 *   <li>{@code GET /api/v1/operations/dashboard.csv} → the same figures as {@code text/csv} ({@link DashboardCsv});</li>
 *   <li>{@code GET /api/v1/operations/metrics} → the hub's own meters in Prometheus' text format
 *       ({@link HubMetrics}, {@link PrometheusText}), for the administrator's (monitoring) client.</li>
 * </ul>
 * The dashboard is for senior reviewers, auditors and administrators ({@link RestAccess}); the engine audits
 * every read. The metrics hold no case and no person.
 */
public class OperationsRestRoutes extends RouteBuilder {

    /** The default period and the longest one asked at once. */
    static final Duration DEFAULT_PERIOD = Duration.ofDays(30);
    static final Duration MAX_PERIOD = Duration.ofDays(366);

    @Override
    public void configure() {
        RestErrors.handle(this);
        interceptFrom().process(RestAccess::check);

        rest("/v1/capture").description("The customer's capture flow: funnel events")
                .post("/events").consumes("application/json").produces("application/json")
                    .type(FunnelEventRequest.class)
                    .to("direct:capture-events");

        rest("/v1/operations").description("The operations dashboard: aggregates only")
                .get("/dashboard").produces("application/json").outType(DashboardFigures.class)
                    .to("direct:rest-operations-dashboard")
                .get("/dashboard.csv").produces("text/csv").bindingMode(RestBindingMode.off)
                    .to("direct:rest-operations-dashboard-csv")
                .get("/metrics").produces("text/plain").bindingMode(RestBindingMode.off)
                    .to("direct:rest-operations-metrics");

        from("direct:capture-events").routeId("capture-events")
                .policy(CaptureAccess.of(getContext(), CaptureRateLimits.Step.FUNNEL))
                // checked against the vocabulary, stored for the token's case (engine)
                .process(e -> e.getMessage().setBody(FunnelEventRequest.toEvent(e.getMessage().getBody(FunnelEventRequest.class))))
                .process(e -> {
                    FunnelEvent event = e.getMessage().getBody(FunnelEvent.class);
                    e.getContext().getRegistry().lookupByNameAndType("funnelEvents", FunnelEvents.class).record(event);
                    HubMetrics metrics = HubMetrics.of(e.getContext());
                    if (metrics != null) {
                        metrics.funnelEvent(event.step().wire(), event.event().name());
                    }
                })
                .setBody(constant(Map.of("status", "ACCEPTED")))
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(202))
                .process(RestErrors::responseHeadersOnly);

        from("direct:rest-operations-dashboard").routeId("rest-operations-dashboard")
                // the figures of the period, computed by the engine from the case store
                .process(e -> e.getMessage().setBody(figures(e)))
                .process(RestErrors::responseHeadersOnly);

        from("direct:rest-operations-dashboard-csv").routeId("rest-operations-dashboard-csv")
                // the same figures, one a row
                .process(e -> {
                    String csv = DashboardCsv.of(figures(e));
                    e.getMessage().removeHeaders("*", Exchange.HTTP_RESPONSE_CODE);
                    e.getMessage().setBody(csv);
                    e.getMessage().setHeader(Exchange.CONTENT_TYPE, DashboardCsv.CONTENT_TYPE);
                    e.getMessage().setHeader("Content-Disposition", "attachment; filename=\"ekyc-dashboard.csv\"");
                });

        from("direct:rest-operations-metrics").routeId("rest-operations-metrics")
                // the hub's own meters (routes, checks, peer calls, circuits, funnel) for Prometheus to scrape
                .process(e -> {
                    HubMetrics metrics = HubMetrics.of(e.getContext());
                    String text = metrics == null ? "" : PrometheusText.render(metrics.local());
                    e.getMessage().removeHeaders("*", Exchange.HTTP_RESPONSE_CODE);
                    e.getMessage().setBody(text);
                    e.getMessage().setHeader(Exchange.CONTENT_TYPE, PrometheusText.CONTENT_TYPE);
                });
    }

    private static DashboardFigures figures(Exchange e) {
        Instant[] period = period(e.getMessage().getHeader("from", String.class), e.getMessage().getHeader("to", String.class),
                Instant.now());
        return e.getContext().getRegistry().lookupByNameAndType("operationsDashboard", OperationsDashboard.class)
                .figures(period[0], period[1]);
    }

    /** [from, to): given or the {@link #DEFAULT_PERIOD} up to now; 400 PERIOD_INVALID naming the bad end. */
    static Instant[] period(String from, String to, Instant now) {
        Instant t = to == null || to.isBlank() ? now : instant(to, "to");
        Instant f = from == null || from.isBlank() ? t.minus(DEFAULT_PERIOD) : instant(from, "from");
        if (!f.isBefore(t) || Duration.between(f, t).compareTo(MAX_PERIOD) > 0) {
            throw new InvalidRequestException(ReasonCode.PERIOD_INVALID, "to");
        }
        return new Instant[] {f, t};
    }

    private static Instant instant(String v, String field) {
        try {
            return Instant.parse(v.strip());
        } catch (DateTimeParseException ex) {
            throw new InvalidRequestException(ReasonCode.PERIOD_INVALID, field);
        }
    }
}
