package org.ekyc.hub.routes.channel.soap;

import java.util.Locale;
import java.util.Set;
import javax.xml.namespace.QName;
import org.apache.cxf.binding.soap.Soap11;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.SoapVersion;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.jaxws.interceptors.WebFaultOutInterceptor;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.ekyc.hub.routes.soap.wsdl.KycFault_Exception;
import org.ekyc.hub.verification.api.LocalizedMessages;
import org.ekyc.hub.verification.api.ReasonCode;
import org.jboss.logging.Logger;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Whose fault a SOAP fault is, said in its {@code faultcode}: the caller's ({@code soap:Client}) for a
 * refusal and for a request that is no message of this service (unreadable XML, no or an unknown
 * operation, content the schema does not allow), the hub's ({@code soap:Server}) only for its own
 * failures (a peer or the list down, anything unexpected). The fault string never carries what the
 * hub's code said about itself (exception classes, route or endpoint names): a request that could not be
 * read is {@code MALFORMED_REQUEST}, an unexpected failure {@code INTERNAL_ERROR}, each with a
 * {@code KycFault} detail, the original text in the server's log. Faults with a code of their own
 * (WS-Security's) are left as they are.
 */
final class SoapFaults {

    private static final Logger LOG = Logger.getLogger(SoapFaults.class);
    private static final String NS = "urn:ekyc-hub:kyc-case:v1";
    /** The exchange property set once CXF has read the request as one of the service's operations. */
    static final String INVOKED = SoapFaults.class.getName() + ".invoked";

    /** Refusals that are the hub's or a peer's condition, not the caller's. */
    private static final Set<String> SERVER_CODES = Set.of(ReasonCode.INTERNAL_ERROR.name(),
            ReasonCode.PEER_REPLY_MALFORMED.name());

    private SoapFaults() {
    }

    /** Marks the exchange once the request has been read as an operation (just before the route runs). */
    static final class Invoked extends AbstractPhaseInterceptor<Message> {
        Invoked() {
            super(Phase.PRE_INVOKE);
        }

        @Override
        public void handleMessage(Message message) {
            message.getExchange().put(INVOKED, Boolean.TRUE);
        }
    }

    /** Sets the fault's code and, for a fault that is not a KycFault, its string and detail. */
    static final class Classifier extends AbstractPhaseInterceptor<Message> {
        Classifier() {
            super(Phase.PRE_PROTOCOL);
            addAfter(WebFaultOutInterceptor.class.getName());
        }

        @Override
        public void handleMessage(Message message) {
            if (message.getContent(Exception.class) instanceof Fault fault) {
                classify(fault, message.getExchange() != null && Boolean.TRUE.equals(message.getExchange().get(INVOKED)),
                        message instanceof SoapMessage soap ? soap.getVersion() : Soap11.getInstance(), locale(message));
            }
        }
    }

    /** The caller's ({@code true}) or the hub's fault, as {@link #classify} says it. */
    static boolean isClient(Fault fault, boolean invoked) {
        KycFault_Exception kyc = kycFault(fault);
        if (kyc != null) {
            String code = kyc.getFaultInfo() == null ? null : kyc.getFaultInfo().getReasonCode();
            return code != null && !code.endsWith("_UNAVAILABLE") && !SERVER_CODES.contains(code);
        }
        return !invoked;
    }

    static void classify(Fault fault, boolean invoked, SoapVersion version, Locale locale) {
        boolean kycFault = kycFault(fault) != null;
        if (!kycFault && isWsSecurity(fault)) {
            return; // WS-Security's own (one generic code on purpose): as it is
        }
        boolean client = isClient(fault, invoked);
        if (!kycFault) {
            ReasonCode code = client ? ReasonCode.MALFORMED_REQUEST : ReasonCode.INTERNAL_ERROR;
            String detail = client ? "not a valid message of this service" : "";
            if (client) {
                LOG.infof("SOAP request refused as unreadable: %s", fault.getMessage());
            } else {
                LOG.errorf(fault, "SOAP request failed");
            }
            String text = LocalizedMessages.message(code, locale, detail);
            fault.setMessage(code.name() + ": " + text);
            replaceDetail(fault, code, text);
        }
        if (fault instanceof SoapFault soap) {
            soap.setFaultCode(client ? version.getSender() : version.getReceiver());
        } else {
            fault.setFaultCode(client ? Fault.FAULT_CODE_CLIENT : Fault.FAULT_CODE_SERVER);
        }
    }

    /** A fault of WS-Security's (its code in the WSS or WSS4J namespace). */
    private static boolean isWsSecurity(Fault fault) {
        QName code = fault.getFaultCode();
        String ns = code == null ? "" : code.getNamespaceURI();
        return ns.startsWith("http://docs.oasis-open.org/wss/") || ns.equals("http://ws.apache.org/wss4j");
    }

    private static void replaceDetail(Fault fault, ReasonCode code, String message) {
        Element detail = fault.getOrCreateDetail();
        while (detail.getFirstChild() != null) {
            detail.removeChild(detail.getFirstChild());
        }
        Document doc = detail.getOwnerDocument();
        Element kyc = doc.createElementNS(NS, "k:KycFault");
        Element reason = doc.createElementNS(NS, "k:reasonCode");
        reason.setTextContent(code.name());
        Element text = doc.createElementNS(NS, "k:message");
        text.setTextContent(message);
        kyc.appendChild(reason);
        kyc.appendChild(text);
        detail.appendChild(kyc);
    }

    private static KycFault_Exception kycFault(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof KycFault_Exception kyc) {
                return kyc;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Locale locale(Message message) {
        Message in = message.getExchange() == null ? null : message.getExchange().getInMessage();
        Object headers = in == null ? null : in.get(Message.PROTOCOL_HEADERS);
        String language = null;
        if (headers instanceof java.util.Map<?, ?> map) {
            for (java.util.Map.Entry<?, ?> h : map.entrySet()) {
                if ("Accept-Language".equalsIgnoreCase(String.valueOf(h.getKey())) && h.getValue() instanceof java.util.List<?> l
                        && !l.isEmpty()) {
                    language = String.valueOf(l.get(0));
                }
            }
        }
        return LocalizedMessages.negotiate(language);
    }
}
