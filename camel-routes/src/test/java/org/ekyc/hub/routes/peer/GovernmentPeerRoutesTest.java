package org.ekyc.hub.routes.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.xml.namespace.QName;
import org.ekyc.hub.routes.peer.tax.TaxAuthorityRoutes;
import org.ekyc.hub.routes.peer.resident.ResidentRegistryRoutes;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.component.cxf.jaxws.CxfEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.bus.CXFBusFactory;
import org.ekyc.hub.adapter.resident.wsdl.ResidentIdPort;
import org.ekyc.hub.adapter.resident.wsdl.VerifyResidentIdResponse;
import org.ekyc.hub.adapter.tax.wsdl.GetIncomeStatusResponse;
import org.ekyc.hub.adapter.tax.wsdl.IncomeStatusPort;
import org.ekyc.hub.verification.api.peer.tax.IncomeBand;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.peer.PeerException;
import org.ekyc.hub.verification.api.peer.resident.ResidentIdOutcome;
import org.ekyc.hub.verification.api.peer.resident.ResidentIdQuery;
import org.ekyc.hub.verification.api.peer.resident.ResidentRegistryPort;
import org.ekyc.hub.verification.api.peer.tax.TaxAuthorityPort;
import org.ekyc.hub.verification.api.peer.tax.TaxFilingStatus;
import org.ekyc.hub.verification.api.peer.tax.TaxQuery;
import org.junit.jupiter.api.Test;

/**
 * The resident-registry and tax-authority routes with the SOAP call replaced (advice by route id):
 * each peer's client configuration, answers mapped to typed results, and outages, refused credentials,
 * garbled answers and an open circuit as typed errors. The wire (WS-Security, simulators) is proven by
 * GovernmentPeersIT.
 */
class GovernmentPeerRoutesTest extends CamelTestSupport {

    private static final String WSSE_NS = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";

    private final AtomicInteger peerCalls = new AtomicInteger();
    private final AtomicReference<Object> peerBehaviour = new AtomicReference<>();

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
        return context;
    }

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        return new RoutesBuilder[] {new ResidentRegistryRoutes(), new TaxAuthorityRoutes()};
    }

    private void startWithPeersReplaced() throws Exception {
        for (String route : new String[] {"resident-registry", "tax-authority"}) {
            AdviceWith.adviceWith(context, route, a -> a.weaveByToUri("cxf:*").replace().process(e -> {
                peerCalls.incrementAndGet();
                Object behaviour = peerBehaviour.get();
                if (behaviour instanceof Exception ex) {
                    throw ex;
                }
                e.getMessage().setBody(behaviour);
            }));
        }
        context.start();
    }

    private ResidentRegistryPort resident() {
        return SoapPeerPort.of(ResidentRegistryPort.class, template, ResidentRegistryRoutes.ROUTE);
    }

    private TaxAuthorityPort tax() {
        return SoapPeerPort.of(TaxAuthorityPort.class, template, TaxAuthorityRoutes.ROUTE);
    }

    private static ResidentIdQuery card() {
        return new ResidentIdQuery("case-1", "김민준", "9001011000017", LocalDate.of(2019, 5, 20));
    }

    private static VerifyResidentIdResponse residentAnswer(String code) {
        VerifyResidentIdResponse r = new VerifyResidentIdResponse();
        r.setResultCode(code);
        return r;
    }

    private static PeerException.Kind kindOf(Throwable t) {
        return ((PeerException) t).kind();
    }

    @Test
    void eachPeerHasItsOwnAddressTimeoutsAndWsSecurityOnHttp11() throws Exception {
        startWithPeersReplaced();
        CxfEndpoint resident = endpoint(ResidentIdPort.class);
        CxfEndpoint tax = endpoint(IncomeStatusPort.class);
        assertThat(resident.getAddress()).endsWith("/registry-sim/resident/id-authenticity");
        assertThat(tax.getAddress()).endsWith("/registry-sim/tax/income-status");
        assertThat(resident.isSynchronous()).isTrue();
        SoapClientConfigurer r = (SoapClientConfigurer) resident.getCxfConfigurer();
        SoapClientConfigurer t = (SoapClientConfigurer) tax.getCxfConfigurer();
        // over TLS by default, the registry's host name checked against its certificate
        assertThat(resident.getAddress()).startsWith("https://");
        assertThat(tax.getAddress()).startsWith("https://");
        assertThat(r.tls().isDisableCNCheck()).isFalse();
        assertThat(t.tls().getSslContext()).isNotNull();
        assertThat(r.connectMs()).isEqualTo(2000);
        assertThat(r.receiveMs()).isEqualTo(5000);
        assertThat(t.receiveMs()).isEqualTo(8000);
        assertThat(r.credentials().user()).isEqualTo("kyc-hub");
        assertThat(r.timestampTtlSeconds()).isEqualTo(300);
        assertThat(ResidentRegistryRoutes.PEER.circuitId()).isNotEqualTo(TaxAuthorityRoutes.PEER.circuitId());
    }

    private CxfEndpoint endpoint(Class<?> serviceClass) {
        return context.getEndpoints().stream().filter(CxfEndpoint.class::isInstance).map(CxfEndpoint.class::cast)
                .filter(e -> serviceClass.equals(e.getServiceClass())).findFirst().orElseThrow();
    }

    @Test
    void residentAnswersAreTypedResults() throws Exception {
        startWithPeersReplaced();
        peerBehaviour.set(residentAnswer("00"));
        assertThat(resident().verify(card()).outcome()).isEqualTo(ResidentIdOutcome.MATCH);
        peerBehaviour.set(residentAnswer("01"));
        assertThat(resident().verify(card()).outcome()).isEqualTo(ResidentIdOutcome.NO_MATCH);
        peerBehaviour.set(residentAnswer("02"));
        assertThat(resident().verify(card()).outcome()).isEqualTo(ResidentIdOutcome.REPORTED_LOST);
    }

    @Test
    void anOutageARefusalAndAGarbledAnswerAreTypedErrors() throws Exception {
        startWithPeersReplaced();
        peerBehaviour.set(new SoapFault("simulated outage", new QName("http://schemas.xmlsoap.org/soap/envelope/", "Server")));
        assertThatThrownBy(() -> resident().verify(card())).isInstanceOf(PeerException.class)
                .satisfies(e -> assertThat(kindOf(e)).isEqualTo(PeerException.Kind.UNAVAILABLE));
        peerBehaviour.set(new SoapFault("refused", new QName(WSSE_NS, "FailedAuthentication")));
        assertThatThrownBy(() -> resident().verify(card()))
                .satisfies(e -> assertThat(kindOf(e)).isEqualTo(PeerException.Kind.ACCESS_REFUSED));
        peerBehaviour.set(residentAnswer("Z?"));
        assertThatThrownBy(() -> resident().verify(card()))
                .satisfies(e -> assertThat(kindOf(e)).isEqualTo(PeerException.Kind.GARBLED));
    }

    @Test
    void theCircuitOpensAfterTheWindowFailedAndStopsAskingThatPeerOnly() throws Exception {
        startWithPeersReplaced();
        peerBehaviour.set(new SoapFault("down", new QName("http://schemas.xmlsoap.org/soap/envelope/", "Server")));
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> resident().verify(card())).isInstanceOf(PeerException.class);
        }
        assertThat(ResidentRegistryRoutes.PEER.circuitState(context)).isEqualTo("OPEN");
        assertThatThrownBy(() -> resident().verify(card()))
                .satisfies(e -> assertThat(kindOf(e)).isEqualTo(PeerException.Kind.UNAVAILABLE));
        assertThat(peerCalls).as("not asked while open").hasValue(4);

        peerBehaviour.set(taxAnswer("PERSON", "FILED", "B2", 2025));
        assertThat(tax().incomeStatus(new TaxQuery("case-1", "9001011000017", "김민준", 2025)).status())
                .as("the tax authority has its own circuit").isEqualTo(TaxFilingStatus.FILED);
    }

    @Test
    void aQueryWhoseRequestCannotBeBuiltIsTypedNotAskedAndNeverCountsInTheCircuit() throws Exception {
        startWithPeersReplaced();
        peerBehaviour.set(residentAnswer("00"));
        for (int i = 0; i < 6; i++) {
            String caseId = "case-" + i;
            assertThatThrownBy(() -> resident().verify(new ResidentIdQuery(caseId, "김\u0000민준", "9001011000017",
                    LocalDate.of(2019, 5, 20))))
                    .satisfies(e -> assertThat(kindOf(e)).isEqualTo(PeerException.Kind.REQUEST_UNBUILDABLE))
                    .satisfies(e -> assertThat(((PeerException) e).reason()).isEqualTo(ReasonCode.PEER_REQUEST_INVALID))
                    .hasMessageContaining("field name").hasMessageNotContaining("민준");
        }
        assertThat(peerCalls).as("the peer was not asked").hasValue(0);
        assertThat(ResidentRegistryRoutes.PEER.circuitState(context)).isNotEqualTo("OPEN");
        assertThat(resident().verify(card()).outcome()).as("the next applicant is asked").isNotNull();
        assertThat(peerCalls).hasValue(1);
    }

    @Test
    void taxAnswersAreCheckedAgainstTheYearAsked() throws Exception {
        startWithPeersReplaced();
        peerBehaviour.set(taxAnswer("PERSON", "FILED", "B3", 2025));
        var status = tax().incomeStatus(new TaxQuery("case-1", "9001011000017", "김민준", 2025));
        assertThat(status.incomeBand()).isEqualTo(IncomeBand.FROM_50M_TO_100M);
        assertThatThrownBy(() -> tax().incomeStatus(new TaxQuery("case-1", "9001011000017", "김민준", 2024)))
                .satisfies(e -> assertThat(kindOf(e)).isEqualTo(PeerException.Kind.GARBLED));
    }

    private static GetIncomeStatusResponse taxAnswer(String type, String status, String band, int year) {
        GetIncomeStatusResponse r = new GetIncomeStatusResponse();
        r.setResultCode("00");
        r.setTaxpayerType(type);
        r.setStatusCode(status);
        r.setIncomeBand(band);
        r.setTaxYear(year);
        return r;
    }
}
