package org.ekyc.hub.routes.channel.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.ekyc.hub.verification.api.Applicant;
import org.ekyc.hub.verification.api.CaseNotFoundException;
import org.ekyc.hub.verification.api.CaseLifecycle;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.document.DocumentStep;
import org.ekyc.hub.verification.api.face.FaceStep;
import org.ekyc.hub.verification.api.peer.PeerChecks;
import org.ekyc.hub.verification.api.peer.PeerQuestion;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.Channel;
import org.ekyc.hub.verification.api.Product;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.Roles;
import org.ekyc.hub.verification.api.peer.immigration.RegistryCheckOutcome;
import org.ekyc.hub.verification.api.peer.PeerException;
import org.ekyc.hub.verification.api.peer.resident.ResidentIdOutcome;
import org.ekyc.hub.verification.api.peer.resident.ResidentIdQuery;
import org.ekyc.hub.verification.api.peer.resident.ResidentIdResult;
import org.ekyc.hub.verification.api.peer.resident.ResidentRegistryPort;
import org.ekyc.hub.verification.api.peer.tax.TaxAuthorityPort;
import org.ekyc.hub.verification.api.peer.tax.TaxQuery;
import org.ekyc.hub.verification.api.review.ReviewStep;
import org.ekyc.hub.verification.api.screening.ScreeningService;
import org.junit.jupiter.api.Test;

/**
 * The REST endpoints' routes called directly, with the engine and the peers replaced: which engine
 * calls an endpoint makes, and the status and JSON of a refusal. HTTP itself is proven by the ITs.
 */
class CaseRestRoutesTest extends CamelTestSupport {

    private static final String CASE = "7c0e5d0a-52f4-4b6e-9a43-1d2f3a4b5c6d";
    private final List<String> calls = new CopyOnWriteArrayList<>();
    /** The roles of the caller of the next request (the bearer token's, in the server). */
    private final java.util.Set<String> roles = new java.util.concurrent.CopyOnWriteArraySet<>(
            java.util.Set.of(Roles.PARTNER));

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        // keep each endpoint's route reachable by its direct: address (Camel inlines them by default)
        context.getRestConfiguration().setInlineRoutes(false);
        // one stand-in for the engine's facades, recording which calls a route makes
        Object engine = Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {CaseLifecycle.class, PeerChecks.class, FaceStep.class, DocumentStep.class, ReviewStep.class},
                (proxy, method, args) -> {
                    calls.add(method.getName().equals("ask") ? "ask:" + args[0].getClass().getSimpleName() : method.getName());
                    return switch (method.getName()) {
                        case "openCase" -> throw new InvalidRequestException(ReasonCode.IDEMPOTENCY_KEY_REUSED, "idempotencyKey");
                        case "getCase" -> {
                            if ("unknown".equals(args[0])) {
                                throw new CaseNotFoundException((String) args[0]);
                            }
                            yield view();
                        }
                        case "ask" -> {
                            if (args[0] instanceof PeerQuestion.ResidentCard card) {
                                yield card.query();
                            }
                            if (args[0] instanceof PeerQuestion.IncomeStatus q) {
                                yield new TaxQuery(q.caseId(), q.registrationNumber(), q.name(), q.taxYear());
                            }
                            throw new UnsupportedOperationException(args[0].toString());
                        }
                        case "creditSummary" -> null;
                        // no document accepted on this case yet
                        case "checkFaceCheckAllowed" -> throw new InvalidRequestException(ReasonCode.DOCUMENT_REQUIRED, "document");
                        default -> {
                            if (method.getName().startsWith("record")) {
                                yield view();
                            }
                            throw new UnsupportedOperationException(method.getName());
                        }
                    };
                });
        context.getRegistry().bind("caseLifecycle", CaseLifecycle.class, (CaseLifecycle) engine);
        context.getRegistry().bind("peerChecks", PeerChecks.class, (PeerChecks) engine);
        context.getRegistry().bind("faceStep", FaceStep.class, (FaceStep) engine);
        context.getRegistry().bind("documentStep", DocumentStep.class, (DocumentStep) engine);
        context.getRegistry().bind("reviewStep", ReviewStep.class, (ReviewStep) engine);
        ResidentRegistryPort resident = query -> new ResidentIdResult(ResidentIdOutcome.MATCH, "00");
        TaxAuthorityPort tax = query -> {
            throw new PeerException("tax", PeerException.Kind.UNAVAILABLE, "down");
        };
        context.getRegistry().bind("screeningService", ScreeningService.class, (ScreeningService) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {ScreeningService.class}, (proxy, method, args) -> {
                    throw new UnsupportedOperationException(method.getName());
                }));
        context.getRegistry().bind("residentRegistry", ResidentRegistryPort.class, resident);
        context.getRegistry().bind("taxAuthority", TaxAuthorityPort.class, tax);
        context.getRegistry().bind(RestAccess.CallerRoles.REF, RestAccess.CallerRoles.class,
                (RestAccess.CallerRoles) (e, role) -> roles.contains(role));
        return context;
    }

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        // #19: the review API's routes too, so that the access table is checked against every REST operation
        // #19 operations: its routes are in the access table too
        return new RoutesBuilder[] {new CaseRestRoutes(), new ReviewRestRoutes(), new OperationsRestRoutes()};
    }

    private static CaseView view() {
        return new CaseView(CASE, CaseStatus.OPENED, Product.LOAN, Channel.REST, null,
                new Applicant("KIM", null, null, "KOR", LocalDate.of(1992, 5, 5), null, null),
                RegistryCheckOutcome.PENDING, null, null, List.<ReasonCode>of(), Instant.now(), Instant.now(), null, null,
                null, null, null, null, null, "FOUND");
    }

    private Exchange call(String route, String caseId, Object body) {
        return template.request("direct:" + route, e -> {
            e.getMessage().setHeader("caseId", caseId);
            e.getMessage().setHeader("Accept-Language", "en");
            e.getMessage().setBody(body);
        });
    }

    @Test
    void aResidentCheckAsksTheRegistryAndRecordsTheAnswer() {
        Exchange done = call("rest-resident-check", CASE, new ResidentCheckRequest("김민준", "9001011000017", "2019-05-20"));
        assertThat(done.getMessage().getBody()).isInstanceOf(CaseResponse.class);
        assertThat(calls).containsExactly("ask:ResidentCard", "record");
    }

    @Test
    void anIncomeCheckWithoutAnAnswerIsRecordedPending() {
        Exchange done = call("rest-income-check", CASE, new IncomeCheckRequest(2025, "9001011000017", "김민준"));
        assertThat(done.getMessage().getBody()).isInstanceOf(CaseResponse.class);
        assertThat(calls).containsExactly("ask:IncomeStatus", "recordNoAnswer");
    }

    @Test
    void aSelfieThatStillSendsAPortraitIsRefusedBeforeTheCaseIsLookedAt() {
        Exchange r = call("rest-selfie", CASE, new SelfieRequest("0123456789abcdef0123", "AAAA",
                List.of(new SelfieRequest.Frame("AAAA", 1L))));
        assertThat(r.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(400);
        assertThat(r.getMessage().getBody(String.class)).contains("\"code\":\"SELFIE_PORTRAIT_NOT_ACCEPTED\"")
                .contains("\"field\":\"portrait\"");
        assertThat(calls).isEmpty();
    }

    @Test
    void aSelfieBeforeAnAcceptedDocumentIsAConflictNamingTheDocument() {
        Exchange r = call("rest-selfie", CASE, new SelfieRequest("0123456789abcdef0123", null,
                List.of(new SelfieRequest.Frame("AAAA", 1L))));
        assertThat(r.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(409);
        assertThat(r.getMessage().getBody(String.class)).contains("\"code\":\"DOCUMENT_REQUIRED\"")
                .contains("upload a photo of your identity document first");
        assertThat(calls).containsExactly("checkFaceCheckAllowed");
    }

    @Test
    void aDocumentWithACaptureModeOtherThanCameraOrUploadIsRefusedNamingTheFieldBeforeAnyWork() {
        Exchange r = call("rest-document", CASE, new DocumentUploadRequest(null, List.of("AAAA"), null, "PASSPORT_TD3", "FILE"));
        assertThat(r.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(400);
        assertThat(r.getMessage().getBody(String.class)).contains("\"code\":\"MALFORMED_REQUEST\"")
                .contains("\"field\":\"captureMode\"");
        assertThat(calls).isEmpty();
    }

    @Test
    void aConsentAnsweredTheOtherWayAndABiometricStepAfterARefusalAreConflicts() {
        assertThat(RestErrors.status(ReasonCode.CONSENT_ALREADY_ANSWERED)).isEqualTo(409);
        assertThat(RestErrors.status(ReasonCode.CONSENT_REFUSED)).isEqualTo(409);
        assertThat(RestErrors.status(ReasonCode.MALFORMED_REQUEST)).as("a bad capture mode").isEqualTo(400);
    }

    @Test
    void refusalsAreJsonWithTheirStatus() {
        Exchange missing = call("rest-resident-check", CASE, new ResidentCheckRequest("김민준", "9001011000017", " "));
        assertThat(missing.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(400);
        assertThat(missing.getMessage().getBody(String.class)).contains("\"code\":\"FIELD_REQUIRED\"").contains("\"field\":\"issueDate\"");
        Exchange unknown = call("rest-get-credit-summary", "unknown", null);
        assertThat(unknown.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(404);
        assertThat(unknown.getMessage().getBody(String.class)).contains("\"code\":\"CASE_NOT_FOUND\"");
        assertThat(unknown.getMessage().getHeaders()).doesNotContainKey("caseId");
    }

    @Test
    void anIdempotencyKeyUsedForAnotherRequestIs422() throws Exception {
        // the intake flow as deployed; the engine refuses the key (the stand-in's openCase)
        context.addRoutes(new org.ekyc.hub.routes.flow.CaseIntakeRoutes());
        Exchange reused = template.request("direct:rest-open-case", e -> {
            e.getMessage().setHeader("Idempotency-Key", "k-1");
            e.getMessage().setHeader("Accept-Language", "en");
            e.getMessage().setBody(new OpenCaseRequest("KIM", null, null, "KOR", "1992-05-05", null, null, "LOAN", null, null));
        });
        assertThat(reused.getException()).as("handled").isNull();
        assertThat(reused.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(422);
        assertThat(reused.getMessage().getBody(String.class)).contains("\"code\":\"IDEMPOTENCY_KEY_REUSED\"")
                .contains("\"field\":\"idempotencyKey\"");
    }

    @Test
    void theCreditSummaryOfACaseWithoutOneHasOnlyTheCheck() {
        Exchange done = call("rest-get-credit-summary", CASE, null);
        assertThat(done.getMessage().getBody()).isEqualTo(new CreditSummaryResponse(CASE, "FOUND", null, null, null, null));
        assertThat(calls).containsExactly("creditSummary", "getCase");
        assertThat(done.getMessage().getHeaders()).doesNotContainKeys("caseId", "Accept-Language");
    }

    @Test
    void liveIsUp() {
        assertThat(call("rest-live", null, null).getMessage().getBody()).isEqualTo(Map.of("status", "UP"));
    }

    @Test
    void theConsoleConfigNamesTheIssuerAndTheStaffClientToAnyone() {
        roles.clear();
        Exchange config = call("rest-console-config", null, null);
        assertThat(config.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isNotEqualTo(403);
        assertThat(config.getMessage().getBody()).isEqualTo(ConsoleConfig.of(System.getenv()));
        assertThat(((ConsoleConfig) config.getMessage().getBody()).clientId()).isEqualTo("staff-console");
        assertThat(calls).isEmpty();
    }

    @Test
    void anOperationTheCallersRolesDoNotAllowIs403BeforeAnyWork() {
        roles.clear();
        roles.add(Roles.REVIEWER);
        Exchange open = call("rest-open-case", null, null);
        assertThat(open.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(403);
        assertThat(open.getMessage().getBody(String.class)).contains("\"code\":\"ACCESS_DENIED\"");
        roles.clear();
        roles.add(Roles.PARTNER);
        Exchange decision = call("rest-decision", CASE, null);
        assertThat(decision.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).as("a partner does not decide").isEqualTo(403);
        roles.clear();
        Exchange live = call("rest-live", null, null);
        assertThat(live.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).as("the probes need no role").isNotEqualTo(403);
        assertThat(calls).as("nothing reached the engine").isEmpty();
    }

    @Test
    void everyRestOperationHasItsRolesInTheAccessTable() {
        List<String> operations = context.getRoutes().stream().map(org.apache.camel.Route::getRouteId)
                .filter(id -> id.startsWith("rest-") || id.startsWith("capture-")).toList();
        assertThat(operations).hasSizeGreaterThan(25);
        assertThat(RestAccess.ROLES.keySet()).containsExactlyInAnyOrderElementsOf(operations);
    }

    @Test
    void aCustomerStepWithoutACaptureTokenIs401AndReachesNothing() {
        for (String step : List.of("capture-case", "capture-consent", "capture-document", "capture-selfie", "capture-handoff",
                "capture-consent-refusal", "capture-document-corrections")) {
            Exchange r = call(step, null, null);
            assertThat(r.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).as(step).isEqualTo(401);
            assertThat(r.getMessage().getBody(String.class)).as(step).contains("CAPTURE_TOKEN_INVALID");
        }
        assertThat(calls).isEmpty();
    }
}
