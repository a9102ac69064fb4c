package org.ekyc.hub.routes.peer.immigration;

import org.ekyc.hub.verification.api.peer.PeerChecks;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.xml.namespace.QName;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.bus.CXFBusFactory;
import org.ekyc.hub.routes.peer.OutsideTheServer;
import org.ekyc.hub.routes.peer.WsSecurityRefusal;
import org.ekyc.hub.adapter.immigration.wsdl.CheckStayStatusResponse;
import org.ekyc.hub.verification.api.Applicant;
import org.ekyc.hub.verification.api.peer.immigration.ImmigrationQuery;
import org.ekyc.hub.verification.api.peer.immigration.RegistryCheckOutcome;
import org.ekyc.hub.verification.api.peer.immigration.StayStatus;
import org.junit.jupiter.api.Test;

/**
 * The immigration-check route with the registry call replaced (advice by route id): what is recorded
 * for an answer, an outage and a refusal of the hub's credentials, and that refused credentials stop
 * the calls. The WS-Security header itself is proven over the wire by ImmigrationRegistrySecurityIT.
 */
class ImmigrationRegistryRoutesTest extends CamelTestSupport {

    private final List<StayStatus> recorded = new CopyOnWriteArrayList<>();
    private final AtomicInteger registryCalls = new AtomicInteger();
    private final AtomicReference<Object> registryBehaviour = new AtomicReference<>();

    @Override
    public boolean isUseAdviceWith() {
        return true;
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getPropertiesComponent().setLocation("classpath:kyc-hub.properties");
        OutsideTheServer.trustTheJdk(context);
        context.getRegistry().bind("hubBus", new CXFBusFactory().createBus());
        context.getRegistry().bind("peerChecks", PeerChecks.class, (PeerChecks) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {PeerChecks.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "record" -> {
                        recorded.add((StayStatus) args[1]);
                        yield null;
                    }
                    case "takeDue" -> List.of();
                    default -> throw new UnsupportedOperationException(method.getName());
                }));
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new ImmigrationRegistryRoutes();
    }

    private void startWithRegistryReplaced() throws Exception {
        AdviceWith.adviceWith(context, "immigration-check", a -> a.weaveByToUri("cxf:*").replace().process(e -> {
            registryCalls.incrementAndGet();
            Object behaviour = registryBehaviour.get();
            if (behaviour instanceof Exception ex) {
                throw ex;
            }
            e.getMessage().setBody(behaviour);
        }));
        context.start();
    }

    private StayStatus check() {
        template.sendBody("direct:immigration-check", new ImmigrationQuery("case-1",
                new Applicant("NGUYEN", "VAN AN", null, "VNM", LocalDate.of(1994, 3, 17), null, null), "9403175123456"));
        return recorded.get(recorded.size() - 1);
    }

    private static CheckStayStatusResponse validStay() {
        CheckStayStatusResponse r = new CheckStayStatusResponse();
        r.setResultCode("00");
        r.setStayStatusCode("E-9");
        return r;
    }

    @Test
    void anAnswerIsRecorded() throws Exception {
        registryBehaviour.set(validStay());
        startWithRegistryReplaced();
        assertThat(check().outcome()).isEqualTo(RegistryCheckOutcome.VERIFIED);
        assertThat(ImmigrationRegistryRoutes.registryStatus(context)).startsWith("circuit ");
    }

    @Test
    void anOutageIsRecordedAsUnavailableAndTheNextCaseStillAsks() throws Exception {
        registryBehaviour.set(new SoapFault("simulated registry outage",
                new QName("http://schemas.xmlsoap.org/soap/envelope/", "Server")));
        startWithRegistryReplaced();
        assertThat(check().outcome()).isEqualTo(RegistryCheckOutcome.UNAVAILABLE);
        check();
        assertThat(registryCalls).hasValue(2);
    }

    @Test
    void refusedCredentialsAreRecordedAsSuchAndSuspendTheCalls() throws Exception {
        registryBehaviour.set(new SoapFault("A security error was encountered when verifying the message",
                new QName(WsSecurityRefusal.WSSE_NS, "SecurityError")));
        startWithRegistryReplaced();
        StayStatus first = check();
        assertThat(first.outcome()).isEqualTo(RegistryCheckOutcome.ACCESS_REFUSED);
        assertThat(first.peerCode()).isEqualTo("wsse:SecurityError");

        registryBehaviour.set(validStay());
        assertThat(check().outcome()).as("not asked until the next probe").isEqualTo(RegistryCheckOutcome.ACCESS_REFUSED);
        assertThat(registryCalls).hasValue(1);
        assertThat(ImmigrationRegistryRoutes.registryStatus(context)).startsWith("credentials REFUSED since");
    }
}
