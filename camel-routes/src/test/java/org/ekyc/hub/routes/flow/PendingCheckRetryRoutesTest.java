package org.ekyc.hub.routes.flow;

import org.ekyc.hub.verification.api.peer.PeerChecks;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.ekyc.hub.verification.api.Applicant;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.Channel;
import org.ekyc.hub.verification.api.peer.PeerException;
import org.ekyc.hub.verification.api.Product;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.peer.credit.BalanceBand;
import org.ekyc.hub.verification.api.peer.credit.CreditBureauPort;
import org.ekyc.hub.verification.api.peer.credit.CreditOutcome;
import org.ekyc.hub.verification.api.peer.credit.CreditSummary;
import org.ekyc.hub.verification.api.peer.credit.CreditSummaryRequest;
import org.ekyc.hub.verification.api.peer.credit.PendingCreditEnquiry;
import org.ekyc.hub.verification.api.peer.resident.ResidentIdOutcome;
import org.ekyc.hub.verification.api.peer.resident.ResidentIdQuery;
import org.ekyc.hub.verification.api.peer.resident.ResidentIdResult;
import org.junit.jupiter.api.Test;

/**
 * The background retry routes with the engine and the peers replaced: what is taken per round, which
 * engine call records an answer and which a further failed try, and that a refusal of the hub's
 * credentials stops the asking. The wire (simulators, circuits, the case store) is proven by
 * PendingChecksResumeIT.
 */
class PendingCheckRetryRoutesTest extends CamelTestSupport {

    private static final String CASE = "7c0e5d0a-52f4-4b6e-9a43-1d2f3a4b5c6d";
    private final ResidentIdQuery query = new ResidentIdQuery(CASE, "김민준", "9001011000017", LocalDate.of(2019, 5, 20));
    private final PendingCreditEnquiry enquiry = new PendingCreditEnquiry(CASE,
            new CreditSummaryRequest("김하늘", "9205052123456", true));

    /** What the engine hands out per round, by "takeDue" and query type; once handed out, a check is gone. */
    private final Map<String, ConcurrentLinkedQueue<Object>> due = Map.of(
            "takeDue ResidentIdQuery", new ConcurrentLinkedQueue<>(),
            "takeDue TaxQuery", new ConcurrentLinkedQueue<>(),
            "takeDue PendingCreditEnquiry", new ConcurrentLinkedQueue<>());
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final List<Object[]> recorded = new CopyOnWriteArrayList<>();
    private final AtomicReference<Object> residentPeer = new AtomicReference<>();
    private final AtomicReference<Object> bureau = new AtomicReference<>();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getPropertiesComponent().setLocation("classpath:kyc-hub.properties");
        Properties fast = new Properties();
        for (String peer : new String[] {"resident", "tax", "credit"}) {
            fast.setProperty("kyc." + peer + ".retry-interval-ms", "50");
            fast.setProperty("kyc." + peer + ".retry-batch", "3");
        }
        fast.setProperty("kyc.resident.refused-probe-seconds", "3600");
        context.getPropertiesComponent().setOverrideProperties(fast);
        context.getRegistry().bind("peerChecks", PeerChecks.class, (PeerChecks) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {PeerChecks.class}, (proxy, method, args) -> {
                    boolean taking = method.getName().equals("takeDue");
                    String name = taking ? "takeDue " + ((Class<?>) args[0]).getSimpleName() : method.getName();
                    calls.add(name + (args == null ? "" : "(" + args[taking ? 1 : 0] + ")"));
                    if (due.containsKey(name)) {
                        assertThat(args[1]).as("bounded batch").isEqualTo(3);
                        Object next = due.get(name).poll();
                        return next == null ? List.of() : List.of(next);
                    }
                    if (name.startsWith("record")) {
                        recorded.add(new Object[] {name, args.length > 1 ? args[1] : args[0]});
                        return view();
                    }
                    throw new UnsupportedOperationException(name);
                }));
        CreditBureauPort port = request -> {
            Object b = bureau.get();
            if (b instanceof PeerException e) {
                throw e;
            }
            return (CreditSummary) b;
        };
        context.getRegistry().bind("creditBureau", CreditBureauPort.class, (Object) port);
        return context;
    }

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        return new RoutesBuilder[] {new PendingCheckRetryRoutes(), new RouteBuilder() {
            @Override
            public void configure() {
                // the peers' routes answer as they do: a typed result, or the typed error as the body
                from("direct:resident-registry").process(e -> e.getMessage().setBody(residentPeer.get()));
                from("direct:tax-authority").process(e -> e.getMessage().setBody(
                        new PeerException("tax", PeerException.Kind.UNAVAILABLE, "down")));
            }
        }};
    }

    private static CaseView view() {
        return new CaseView(CASE, CaseStatus.OPENED, Product.LOAN, Channel.REST, null,
                new Applicant("KIM", null, null, "KOR", LocalDate.of(1992, 5, 5), null, null), null, null, null,
                List.<ReasonCode>of(), Instant.now(), Instant.now(), null, null, null, null, null,
                new CaseView.RegistryChecksView("MATCH", Instant.now(), null, null, null, null), null, "FOUND");
    }

    @Test
    void anAnswerToAPendingResidentCheckIsRecordedAsTheCallersWouldBe() throws Exception {
        residentPeer.set(new ResidentIdResult(ResidentIdOutcome.MATCH, "00"));
        due.get("takeDue ResidentIdQuery").add(query);
        await(() -> recorded.size() == 1);
        Thread.sleep(300);
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0)[0]).isEqualTo("record");
        assertThat(recorded.get(0)[1]).isEqualTo(new ResidentIdResult(ResidentIdOutcome.MATCH, "00"));
    }

    @Test
    void noAnswerIsOneMoreFailedTryWithTheSameQuery() throws Exception {
        residentPeer.set(new PeerException("resident", PeerException.Kind.UNAVAILABLE, "timeout"));
        due.get("takeDue ResidentIdQuery").add(query);
        await(() -> recorded.size() == 1);
        assertThat(recorded.get(0)[0]).isEqualTo("recordNoAnswer");
        assertThat(recorded.get(0)[1]).isSameAs(query);
    }

    @Test
    void aRequestThatCannotBeBuiltGoesToAPersonNotToAnotherTry() throws Exception {
        residentPeer.set(new PeerException("resident", PeerException.Kind.REQUEST_UNBUILDABLE, ReasonCode.PEER_REQUEST_INVALID,
                "field name holds a character XML 1.0 cannot carry", null));
        due.get("takeDue ResidentIdQuery").add(query);
        await(() -> recorded.size() == 1);
        assertThat(recorded.get(0)[0]).isEqualTo("recordRequestInvalid");
        assertThat((String) recorded.get(0)[1]).contains("field name");
        assertThat(calls).contains("recordRequestInvalid(" + query + ")").noneMatch(c -> c.startsWith("recordNoAnswer"));
    }

    @Test
    void aRefusalOfTheHubsCredentialsStopsTakingPendingChecksUntilTheProbeIsDue() throws Exception {
        residentPeer.set(new PeerException("resident", PeerException.Kind.ACCESS_REFUSED,
                "wsse:FailedAuthentication"));
        due.get("takeDue ResidentIdQuery").add(query);
        await(() -> recorded.size() == 1);
        assertThat(recorded.get(0)[0]).isEqualTo("recordNoAnswer");
        long taken = calls.stream().filter(c -> c.startsWith("takeDue ResidentIdQuery")).count();
        Thread.sleep(400);
        assertThat(calls.stream().filter(c -> c.startsWith("takeDue ResidentIdQuery")).count())
                .as("no round takes anything until the probe is due (an hour here)").isEqualTo(taken);
        assertThat(calls.stream().filter(c -> c.startsWith("takeDue TaxQuery")).count())
                .as("other peers go on").isGreaterThan(taken + 2);
    }

    @Test
    void aPendingCreditCheckIsAskedAgainAndItsAnswerOrItsAbsenceRecorded() throws Exception {
        bureau.set(new PeerException("credit-bureau", PeerException.Kind.UNAVAILABLE, ReasonCode.CREDIT_BUREAU_UNAVAILABLE,
                "connection refused", null));
        due.get("takeDue PendingCreditEnquiry").add(enquiry);
        await(() -> recorded.size() == 1);
        assertThat(recorded.get(0)).containsExactly("recordNoAnswer", enquiry);

        CreditSummary found = new CreditSummary(CreditOutcome.FOUND, 3, false, 2, BalanceBand.UNDER_50M, "0000");
        bureau.set(found);
        due.get("takeDue PendingCreditEnquiry").add(enquiry);
        await(() -> recorded.size() == 2);
        assertThat(recorded.get(1)).containsExactly("record", found);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
        assertThat(condition.getAsBoolean()).as("within 5 s").isTrue();
    }
}
