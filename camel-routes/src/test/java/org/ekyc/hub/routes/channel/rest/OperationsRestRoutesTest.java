package org.ekyc.hub.routes.channel.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.Roles;
import org.ekyc.hub.verification.api.operations.DashboardFigures;
import org.ekyc.hub.verification.api.operations.FunnelEvents;
import org.ekyc.hub.verification.api.operations.OperationsDashboard;
import org.junit.jupiter.api.Test;

/** The operations routes (#19): who may read the dashboard, its period, the CSV as the JSON, funnel events' checks. */
class OperationsRestRoutesTest extends CamelTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Set<String> roles = new CopyOnWriteArraySet<>(Set.of(Roles.AUDITOR));
    private final List<Instant[]> asked = new CopyOnWriteArrayList<>();

    static DashboardFigures figures(Instant from, Instant to) {
        return new DashboardFigures(from.toString(), to.toString(), new DashboardFigures.Cases(8, 3, 2, 2, 1), 0.6, 0.4, 0.6,
                new DashboardFigures.ProcessingSeconds(new DashboardFigures.Percentiles(5, 600, 7200, 7200),
                        Map.of("document", new DashboardFigures.Percentiles(6, 50, 80, 80))),
                List.of(new DashboardFigures.FunnelStep("consent", 10, 1, 0, 0)),
                List.of(new DashboardFigures.ReasonCount("STAY_NOT_VALID", 2)),
                List.of(new DashboardFigures.Group("VNM", 4, 1, 0, 0.25)),
                List.of(new DashboardFigures.Group("30-39", 2, 0, 0, 0.0)),
                List.of(new DashboardFigures.Group("REST", 5, 0, 2, 0.0)),
                List.of(new DashboardFigures.Group("LOAN", 3, 1, 1, 1.0 / 3)));
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRestConfiguration().setInlineRoutes(false);
        context.getRegistry().bind("operationsDashboard", OperationsDashboard.class, (OperationsDashboard) (from, to) -> {
            asked.add(new Instant[] {from, to});
            return figures(from, to);
        });
        context.getRegistry().bind("funnelEvents", FunnelEvents.class, (FunnelEvents) event -> {
            throw new AssertionError("no funnel event may be stored without a capture token");
        });
        // CaseRestRoutes (the REST configuration) names these beans; no test here reaches them
        for (Class<?> facade : List.of(org.ekyc.hub.verification.api.CaseLifecycle.class, org.ekyc.hub.verification.api.face.FaceStep.class,
                org.ekyc.hub.verification.api.review.ReviewStep.class, org.ekyc.hub.verification.api.screening.ScreeningService.class)) {
            String name = Character.toLowerCase(facade.getSimpleName().charAt(0)) + facade.getSimpleName().substring(1);
            context.getRegistry().bind(name, facade, java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {facade}, (proxy, method, args) -> {
                        throw new AssertionError("not an operations call: " + method.getName());
                    }));
        }
        context.getRegistry().bind(RestAccess.CallerRoles.REF, RestAccess.CallerRoles.class,
                (RestAccess.CallerRoles) (e, role) -> roles.contains(role));
        return context;
    }

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        return new RoutesBuilder[] {new CaseRestRoutes(), new OperationsRestRoutes()};
    }

    private Exchange call(String route, String from, String to) {
        return template.request("direct:" + route, e -> {
            e.getMessage().setHeader("Accept-Language", "ko");
            if (from != null) {
                e.getMessage().setHeader("from", from);
            }
            if (to != null) {
                e.getMessage().setHeader("to", to);
            }
        });
    }

    @Test
    void seniorReviewersAuditorsAndAdministratorsReadTheDashboardOthersAre403BeforeAnyWork() {
        for (String role : List.of(Roles.SENIOR_REVIEWER, Roles.AUDITOR, Roles.ADMIN)) {
            roles.clear();
            roles.add(role);
            Exchange r = call("rest-operations-dashboard", "2026-11-01T00:00:00Z", "2026-12-01T00:00:00Z");
            assertThat(r.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).as(role).isNotEqualTo(403);
            assertThat(r.getMessage().getBody()).as(role).isInstanceOf(DashboardFigures.class);
        }
        asked.clear();
        for (String role : List.of(Roles.REVIEWER, Roles.PARTNER, Roles.CUSTOMER)) {
            roles.clear();
            roles.add(role);
            for (String route : List.of("rest-operations-dashboard", "rest-operations-dashboard-csv")) {
                Exchange r = call(route, null, null);
                assertThat(r.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).as(role + " " + route).isEqualTo(403);
                assertThat(r.getMessage().getBody(String.class)).contains("ACCESS_DENIED");
            }
        }
        assertThat(asked).as("nothing reached the engine").isEmpty();
    }

    @Test
    void thePeriodIsPassedToTheEngineAndDefaultsToTheLastThirtyDays() {
        call("rest-operations-dashboard", "2026-11-01T00:00:00Z", "2026-12-01T00:00:00Z");
        assertThat(asked.get(0)).containsExactly(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"));
        Instant now = Instant.parse("2026-12-04T10:00:00Z");
        assertThat(OperationsRestRoutes.period(null, null, now)).containsExactly(Instant.parse("2026-11-04T10:00:00Z"), now);
        assertThat(OperationsRestRoutes.period("", "2026-12-01T00:00:00Z", now))
                .containsExactly(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"));
    }

    @Test
    void aBadPeriodIs400PeriodInvalidNamingTheEndInTheCallersLanguage() throws Exception {
        Exchange r = call("rest-operations-dashboard", "yesterday", null);
        assertThat(r.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(400);
        JsonNode body = JSON.readTree(r.getMessage().getBody(String.class));
        assertThat(body.get("code").asText()).isEqualTo("PERIOD_INVALID");
        assertThat(body.get("field").asText()).isEqualTo("from");
        assertThat(body.get("message").asText()).contains("기간");
        Instant now = Instant.now();
        assertThatThrownBy(() -> OperationsRestRoutes.period("2026-12-01T00:00:00Z", "2026-11-01T00:00:00Z", now))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.reason()).isEqualTo(ReasonCode.PERIOD_INVALID));
        assertThatThrownBy(() -> OperationsRestRoutes.period("2024-01-01T00:00:00Z", "2026-01-01T00:00:00Z", now))
                .as("more than 366 days").isInstanceOf(InvalidRequestException.class);
        assertThat(asked).isEmpty();
    }

    @Test
    void theCsvHoldsTheJsonsFiguresAsTextCsv() {
        Exchange r = call("rest-operations-dashboard-csv", "2026-11-01T00:00:00Z", "2026-12-01T00:00:00Z");
        assertThat(r.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("text/csv; charset=UTF-8");
        String csv = r.getMessage().getBody(String.class);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("section,group,metric,value");
        assertThat(lines).contains("cases,,total,8", "cases,,approved,3", "cases,,rejected,2", "cases,,review,2", "cases,,open,1",
                "rates,,passRate,0.6", "rates,,automaticShare,0.4", "processingSeconds,endToEnd,p90,7200",
                "processingSeconds,document,count,6", "funnel,consent,shown,10", "funnel,consent,exited,1",
                "topReasons,STAY_NOT_VALID,count,2", "byNationality,VNM,failureRate,0.25", "byAgeBand,30-39,count,2",
                "byChannel,REST,review,2", "byProduct,LOAN,rejected,1");
        // every row is one figure: 4 cells
        assertThat(lines).allSatisfy(l -> assertThat(l.split(",", -1)).hasSize(4));
    }

    @Test
    void aCsvCellIsQuotedAndNeverAFormula() {
        assertThat(DashboardCsv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(DashboardCsv.cell("say \"x\"")).isEqualTo("\"say \"\"x\"\"\"");
        assertThat(DashboardCsv.cell("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
        assertThat(DashboardCsv.cell("-0.25")).isEqualTo("-0.25");
        assertThat(DashboardCsv.cell(null)).isEmpty();
    }

    @Test
    void theMetricsAreForTheAdministratorInPrometheusTextFormat() {
        org.ekyc.hub.routes.metrics.HubMetrics.bind(context, null).funnelEvent("consent", "SHOWN");
        roles.clear();
        roles.add(Roles.ADMIN);
        Exchange r = call("rest-operations-metrics", null, null);
        assertThat(r.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("text/plain; version=0.0.4; charset=utf-8");
        assertThat(r.getMessage().getBody(String.class))
                .contains("kyc_capture_funnel_events_total{event=\"SHOWN\",step=\"consent\"} 1")
                .doesNotContain("caseId");
        for (String role : List.of(Roles.AUDITOR, Roles.SENIOR_REVIEWER, Roles.REVIEWER, Roles.PARTNER)) {
            roles.clear();
            roles.add(role);
            assertThat(call("rest-operations-metrics", null, null).getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).as(role).isEqualTo(403);
        }
    }

    @Test
    void theEdgeLetsTheCsvThroughAndEverythingElseIsJson() {
        assertThat(RestEdgeFilter.answerType("text/plain; version=0.0.4; charset=utf-8")).isEqualTo("text/plain; version=0.0.4; charset=utf-8");
        assertThat(RestEdgeFilter.answerType("text/plain")).isEqualTo(RestEdgeFilter.JSON);
        assertThat(RestEdgeFilter.answerType("text/csv; charset=UTF-8")).isEqualTo("text/csv; charset=UTF-8");
        assertThat(RestEdgeFilter.answerType("text/html")).isEqualTo(RestEdgeFilter.JSON);
        assertThat(RestEdgeFilter.answerType(null)).isEqualTo(RestEdgeFilter.JSON);
    }

    @Test
    void aFunnelEventWithoutACaptureTokenIs401AndIsNotStored() {
        roles.clear();
        Exchange r = template.request("direct:capture-events", e -> e.getMessage().setBody(
                new FunnelEventRequest("document", "EXIT", "ko", "PHONE", null)));
        assertThat(r.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(401);
        assertThat(r.getMessage().getBody(String.class)).contains("CAPTURE_TOKEN_INVALID");
    }

    @Test
    void aFunnelEventOutsideTheVocabularyIsRefusedNamingItsField() {
        assertThatThrownBy(() -> FunnelEventRequest.toEvent(new FunnelEventRequest("document", "EXIT", "ko", "FRIDGE", null)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ReasonCode.FUNNEL_EVENT_INVALID);
                    assertThat(e.field()).isEqualTo("deviceClass");
                });
        assertThatThrownBy(() -> FunnelEventRequest.toEvent(null))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.reason()).isEqualTo(ReasonCode.MALFORMED_REQUEST));
        List<String> ok = new ArrayList<>();
        for (String step : List.of("consent", "document", "liveness", "done", "handoff", "help")) {
            ok.add(FunnelEventRequest.toEvent(new FunnelEventRequest(step, "SHOWN", "zh", "DESKTOP", null)).step().wire());
        }
        assertThat(ok).containsExactly("consent", "document", "liveness", "done", "handoff", "help");
    }
}
