package org.ekyc.hub.routes.channel.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import javax.xml.namespace.QName;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.apache.cxf.binding.soap.Soap11;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.interceptor.Fault;
import org.ekyc.hub.routes.soap.wsdl.KycFault_Exception;
import org.ekyc.hub.verification.api.ReasonCode;
import org.junit.jupiter.api.Test;

/** Whose fault a SOAP fault is, and that its string names nothing of the hub's code. */
class SoapFaultsTest {

    private static Fault classified(Throwable cause, boolean invoked) {
        Fault fault = new Fault(cause);
        SoapFaults.classify(fault, invoked, Soap11.getInstance(), Locale.ENGLISH);
        return fault;
    }

    @Test
    void aRefusalIsTheCallersFault() {
        Fault f = classified(SoapMapper.fault(ReasonCode.INVALID_NATIONALITY, "nationality", Locale.ENGLISH), true);
        assertThat(f.getFaultCode()).isEqualTo(Fault.FAULT_CODE_CLIENT);
        assertThat(f.getMessage()).startsWith("INVALID_NATIONALITY");
    }

    @Test
    void aPeerOrTheHubDownIsTheServersFault() {
        assertThat(classified(SoapMapper.fault(ReasonCode.SCREENING_UNAVAILABLE, null, Locale.ENGLISH), true).getFaultCode())
                .isEqualTo(Fault.FAULT_CODE_SERVER);
        assertThat(classified(SoapMapper.fault(ReasonCode.INTERNAL_ERROR, null, Locale.ENGLISH), true).getFaultCode())
                .isEqualTo(Fault.FAULT_CODE_SERVER);
    }

    @Test
    void aRequestThatIsNoMessageOfTheServiceIsTheCallersWithAKycFaultAndNoInternalNames() {
        Fault f = classified(new RuntimeException("Unmarshalling Error: jakarta.xml.bind.UnmarshalException at direct:soap-x"), false);
        assertThat(f.getFaultCode()).isEqualTo(Fault.FAULT_CODE_CLIENT);
        assertThat(f.getMessage()).startsWith("MALFORMED_REQUEST").doesNotContain("direct:").doesNotContain("jakarta")
                .doesNotContain("Exception");
        assertThat(f.getDetail().getTextContent()).contains("MALFORMED_REQUEST");
        assertThat(f.getDetail().getFirstChild().getLocalName()).isEqualTo("KycFault");
    }

    @Test
    void anUnexpectedFailureAfterTheRequestWasReadIsTheServersWithoutItsText() {
        Fault f = classified(new IllegalStateException("No consumers available on endpoint: direct://soap-"), true);
        assertThat(f.getFaultCode()).isEqualTo(Fault.FAULT_CODE_SERVER);
        assertThat(f.getMessage()).startsWith("INTERNAL_ERROR").doesNotContain("direct:").doesNotContain("consumers");
    }

    @Test
    void aSoapFaultGetsTheVersionsCodes() {
        SoapFault f = new SoapFault("Unexpected wrapper element", Soap11.getInstance().getReceiver());
        SoapFaults.classify(f, false, Soap11.getInstance(), Locale.ENGLISH);
        assertThat(f.getFaultCode()).isEqualTo(Soap11.getInstance().getSender());
    }

    @Test
    void aWsSecurityFaultKeepsItsOwnCode() {
        QName securityError = new QName("http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd",
                "SecurityError");
        SoapFault f = new SoapFault("A security error was found when verifying the message", securityError);
        SoapFaults.classify(f, false, Soap11.getInstance(), Locale.ENGLISH);
        assertThat(f.getFaultCode()).isEqualTo(securityError);
        assertThat(f.getMessage()).startsWith("A security error");
    }

    @Test
    void noOrAnUnknownOperationIsRefusedAtOnce() throws Exception {
        Exchange e = new DefaultExchange(new DefaultCamelContext());
        assertThatThrownBy(() -> CaseSoapRoutes.knownOperation(e)).isInstanceOfSatisfying(KycFault_Exception.class,
                f -> assertThat(f.getFaultInfo().getReasonCode()).isEqualTo("MALFORMED_REQUEST"));
        e.getMessage().setHeader("operationName", "DeleteEverything");
        assertThatThrownBy(() -> CaseSoapRoutes.knownOperation(e)).isInstanceOf(KycFault_Exception.class);
        e.getMessage().setHeader("operationName", "OpenCase");
        CaseSoapRoutes.knownOperation(e);
    }
}
