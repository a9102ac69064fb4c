package org.ekyc.hub.routes.peer.immigration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.SocketTimeoutException;
import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.xml.namespace.QName;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.transport.http.HTTPException;
import org.ekyc.hub.routes.peer.WsSecurityRefusal;
import org.ekyc.hub.verification.api.peer.immigration.RegistryCheckOutcome;
import org.junit.jupiter.api.Test;

class RegistryAccessTest {

    private static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");
    private static final SoapFault SECURITY_ERROR = new SoapFault("A security error was encountered when verifying the message",
            new QName(WsSecurityRefusal.WSSE_NS, "SecurityError"));
    private static final SoapFault SERVER_FAULT = new SoapFault("simulated registry outage",
            new QName("http://schemas.xmlsoap.org/soap/envelope/", "Server"));

    private Instant now = T0;
    private final RegistryAccess access = new RegistryAccess("kyc-hub", Duration.ofSeconds(300), new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    });

    @Test
    void aWsSecurityFaultIsARefusalOfTheHubsCredentials() {
        assertThat(WsSecurityRefusal.of(SECURITY_ERROR)).contains("wsse:SecurityError");
        assertThat(WsSecurityRefusal.of(new SoapFault("x", new QName(WsSecurityRefusal.WSSE_NS, "FailedAuthentication"))))
                .contains("wsse:FailedAuthentication");
        assertThat(WsSecurityRefusal.of(new IllegalStateException("wrapped", SECURITY_ERROR))).contains("wsse:SecurityError");
        // what a CXF/WSS4J peer answers unless told to give the WS-Security 1.0 code
        assertThat(WsSecurityRefusal.of(new SoapFault("A security error was encountered when verifying the message",
                new QName("http://ws.apache.org/wss4j", "SecurityError")))).contains("wss4j:SecurityError");
    }

    @Test
    void http401Or403FromAGatewayIsARefusalToo() throws Exception {
        assertThat(WsSecurityRefusal.of(new HTTPException(401, "Unauthorized", new URL("http://registry.test/"))))
                .contains("HTTP 401");
        assertThat(WsSecurityRefusal.of(new HTTPException(503, "Unavailable", new URL("http://registry.test/")))).isEmpty();
    }

    @Test
    void otherFailuresAreAnOutage() {
        assertThat(WsSecurityRefusal.of(SERVER_FAULT)).isEmpty();
        assertThat(WsSecurityRefusal.of(new SocketTimeoutException("read timed out"))).isEmpty();
        assertThat(WsSecurityRefusal.of(null)).isEmpty();
        assertThat(access.failed(SERVER_FAULT).outcome()).isEqualTo(RegistryCheckOutcome.UNAVAILABLE);
        assertThat(access.failed(null).peerCode()).isEqualTo("circuit open");
        assertThat(access.mayCall()).as("an outage does not suspend calls").isTrue();
    }

    @Test
    void aRefusalSuspendsCallsButForOneProbePerInterval() {
        assertThat(access.mayCall()).isTrue();
        var recorded = access.failed(SECURITY_ERROR);
        assertThat(recorded.outcome()).isEqualTo(RegistryCheckOutcome.ACCESS_REFUSED);
        assertThat(recorded.peerCode()).isEqualTo("wsse:SecurityError");
        assertThat(access.refusedStatus()).hasValueSatisfying(s -> assertThat(s).startsWith("credentials REFUSED since"));

        assertThat(access.mayCall()).isFalse();
        assertThat(access.retryBudget("CLOSED", 50)).isZero();
        assertThat(access.suspended().outcome()).isEqualTo(RegistryCheckOutcome.ACCESS_REFUSED);

        now = T0.plusSeconds(300);
        assertThat(access.retryBudget("CLOSED", 50)).as("a probe is due: one case").isEqualTo(1);
        assertThat(access.mayCall()).as("the probe").isTrue();
        assertThat(access.mayCall()).as("only one probe").isFalse();

        access.failed(SECURITY_ERROR);
        now = T0.plusSeconds(599);
        assertThat(access.mayCall()).as("a refused probe waits a full interval again").isFalse();
        now = T0.plusSeconds(600);
        assertThat(access.mayCall()).isTrue();
        access.accepted();

        assertThat(access.refusedStatus()).isEmpty();
        assertThat(access.mayCall()).isTrue();
        assertThat(access.retryBudget("CLOSED", 50)).isEqualTo(50);
    }
}
