package org.ekyc.hub.routes.peer.immigration;

import org.ekyc.hub.verification.api.peer.PeerChecks;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.cxf.bus.CXFBusFactory;
import org.ekyc.hub.verification.api.Applicant;
import org.ekyc.hub.verification.api.FieldRules;
import org.ekyc.hub.verification.api.peer.immigration.ImmigrationQuery;
import org.ekyc.hub.verification.api.peer.immigration.RegistryCheckOutcome;
import org.ekyc.hub.verification.api.peer.immigration.StayStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The immigration-check route against a stand-in registry on a local HTTP port (the JDK's server):
 * what the real CXF client puts on the wire (the WS-Security header), and how the SOAP 1.1 faults a
 * registry answers with are read back — a {@code wsse:} fault code as refused credentials, any other
 * fault as an outage; a query whose request cannot be built never reaches the wire nor the circuit. The real WSS4J check of that header is in ImmigrationRegistrySecurityIT.
 */
class RegistryWireTest extends CamelTestSupport {

    private static final String SECURITY_FAULT = """
            <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><soap:Fault>\
            <faultcode xmlns:ns1="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">ns1:SecurityError</faultcode>\
            <faultstring>A security error was encountered when verifying the message</faultstring>\
            </soap:Fault></soap:Body></soap:Envelope>""";
    private static final String SERVER_FAULT = """
            <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><soap:Fault>\
            <faultcode>soap:Server</faultcode><faultstring>simulated registry outage</faultstring>\
            </soap:Fault></soap:Body></soap:Envelope>""";
    private static final String VALID_STAY = """
            <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>\
            <CheckStayStatusResponse xmlns="urn:ekyc-hub:peer:immigration:stay-status:v1"><resultCode>00</resultCode>\
            <stayStatusCode>E-9</stayStatusCode><stayExpiryDate>2027-08-31</stayExpiryDate></CheckStayStatusResponse>\
            </soap:Body></soap:Envelope>""";

    private final List<StayStatus> recorded = new CopyOnWriteArrayList<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    /** What recordRequestInvalid was told, per case. */
    private final List<String> invalid = new CopyOnWriteArrayList<>();
    private final AtomicReference<String> answer = new AtomicReference<>(VALID_STAY);
    private HttpServer registry;

    /** The stand-in registry's server, not started (plain HTTP on 127.0.0.1 here). */
    protected HttpServer server() throws IOException {
        return HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    }

    /** The registry's address as the hub is configured with it. */
    protected String address(int port) {
        return "http://127.0.0.1:" + port + "/immigration/stay-status";
    }

    /** Further settings of the hub's routes. */
    protected void settings(Properties overrides) {
        // none over plain HTTP
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        registry = server();
        registry.createContext("/immigration/stay-status", exchange -> {
            requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String body = answer.get();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/xml; charset=UTF-8");
            exchange.sendResponseHeaders(body.contains("soap:Fault") ? 500 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        registry.start();

        CamelContext context = super.createCamelContext();
        context.getPropertiesComponent().setLocation("classpath:kyc-hub.properties");
        Properties overrides = new Properties();
        overrides.setProperty("kyc.immigration.url", address(registry.getAddress().getPort()));
        overrides.setProperty("kyc.immigration.wss.password", "dev-only-wire-test");
        settings(overrides);
        context.getPropertiesComponent().setOverrideProperties(overrides);
        context.getRegistry().bind("hubBus", new CXFBusFactory().createBus());
        context.getRegistry().bind("peerChecks", PeerChecks.class, (PeerChecks) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {PeerChecks.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "record" -> {
                        recorded.add((StayStatus) args[1]);
                        yield null;
                    }
                    case "recordRequestInvalid" -> {
                        invalid.add((String) args[1]);
                        yield null;
                    }
                    case "takeDue" -> List.of();
                    default -> throw new UnsupportedOperationException(method.getName());
                }));
        return context;
    }

    @AfterEach
    void stopRegistry() {
        registry.stop(0);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new ImmigrationRegistryRoutes();
    }

    StayStatus check() {
        template.sendBody("direct:immigration-check", new ImmigrationQuery("case-1",
                new Applicant("NGUYEN", "VAN AN", null, "VNM", LocalDate.of(1994, 3, 17), null, null), "9403175123456"));
        return recorded.get(recorded.size() - 1);
    }

    @Test
    void everyRequestCarriesAUsernameTokenDigestWithNonceCreatedAndATimestamp() {
        assertThat(check().outcome()).isEqualTo(RegistryCheckOutcome.VERIFIED);
        check();
        String request = requests.get(0);
        assertThat(request).contains(":Security").contains("mustUnderstand=\"1\"")
                .contains(">kyc-hub</").contains("#PasswordDigest").contains(":Nonce").contains(":Created")
                .contains(":Timestamp").contains(":Expires")
                .doesNotContain("dev-only-wire-test");
        assertThat(nonce(requests.get(1))).as("a fresh nonce per request").isNotEqualTo(nonce(request));
    }

    @Test
    void aWsseFaultIsReadAsRefusedCredentials() {
        answer.set(SECURITY_FAULT);
        StayStatus refused = check();
        assertThat(refused.outcome()).isEqualTo(RegistryCheckOutcome.ACCESS_REFUSED);
        assertThat(refused.peerCode()).isEqualTo("wsse:SecurityError");
    }

    @Test
    void anyOtherFaultIsAnOutage() {
        answer.set(SERVER_FAULT);
        assertThat(check().outcome()).isEqualTo(RegistryCheckOutcome.UNAVAILABLE);
    }

    @Test
    void aNameNoRequestCanCarryIsTheCasesErrorAndNeverOpensTheCircuitForOthers() {
        // more such cases than the circuit's window (kyc.immigration.circuit-window=4): before, CXF failed to
        // marshal each one inside the circuit, which counted it as the registry down and opened for everyone
        // (the intake refuses such names now: these are cases stored before, read back as recorded)
        for (int i = 0; i < 6; i++) {
            int n = i;
            Applicant stored = FieldRules.asRecorded(() -> new Applicant(n % 2 == 0 ? "NGU\u0000YEN" : "NGUYEN",
                    "VAN\u001bAN", null, "VNM", LocalDate.of(1994, 3, 17), null, null));
            template.sendBody("direct:immigration-check", new ImmigrationQuery("case-poisoned-" + i, stored, "9403175123456"));
        }
        assertThat(invalid).hasSize(6).allSatisfy(why -> assertThat(why).contains("REQUEST_UNBUILDABLE")
                .containsAnyOf("applicant.surname", "applicant.givenNames").doesNotContain("NGU").doesNotContain("VAN"));
        assertThat(recorded).as("no outage recorded for them").isEmpty();
        assertThat(requests).as("the registry was not asked").isEmpty();
        assertThat(ImmigrationRegistryRoutes.circuitState(context)).isNotEqualTo("OPEN");

        assertThat(check().outcome()).as("the next applicant gets a real answer").isEqualTo(RegistryCheckOutcome.VERIFIED);
        assertThat(requests).hasSize(1);
        assertThat(ImmigrationRegistryRoutes.circuitState(context)).isEqualTo("CLOSED");
    }

    private static String nonce(String request) {
        int start = request.indexOf(">", request.indexOf(":Nonce")) + 1;
        return request.substring(start, request.indexOf("<", start));
    }
}
