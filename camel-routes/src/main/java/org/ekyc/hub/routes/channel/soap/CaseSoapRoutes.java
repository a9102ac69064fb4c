package org.ekyc.hub.routes.channel.soap;

import jakarta.ejb.EJBAccessException;
import java.util.Locale;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.cxf.common.DataFormat;
import org.apache.camel.component.cxf.jaxws.CxfEndpoint;
import org.ekyc.hub.routes.bootstrap.CaseMdc;
import org.ekyc.hub.routes.flow.CaseIntakeRoutes;
import org.ekyc.hub.routes.flow.DocumentCheckFlow;
import org.ekyc.hub.routes.flow.Flows;
import org.ekyc.hub.routes.soap.wsdl.GetCaseStatus;
import org.ekyc.hub.routes.soap.wsdl.KycCasePort;
import org.ekyc.hub.routes.soap.wsdl.KycFault_Exception;
import org.ekyc.hub.routes.soap.wsdl.OpenCase;
import org.ekyc.hub.routes.soap.wsdl.ScreenName;
import org.ekyc.hub.routes.soap.wsdl.UploadDocument;
import org.ekyc.hub.verification.api.CaseNotFoundException;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.DeploymentMode;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.LocalizedMessages;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.document.DocumentImageException;
import org.ekyc.hub.verification.api.screening.ScreeningResult;
import org.ekyc.hub.verification.api.screening.ScreeningUnavailableException;

/**
 * SOAP channel for insurers and partner systems: WSDL-first (wsdl/kyc-case-service.wsdl), served
 * by the shared CXF bus at {@code /kyc/services/kyc-case/v1} (and {@code ?wsdl}); one route per
 * operation: {@code OpenCase}, {@code GetCaseStatus}, {@code ScreenName} and {@code UploadDocument}
 * (the last two the SOAP twins of REST's screening and document upload, through the same intake
 * classes). Refusals are the WSDL's {@code KycFault}. {@code UploadDocument} takes the image inline
 * or as an MTOM/XOP attachment: CXF reads a multipart/related request whatever the endpoint's MTOM
 * setting, and replies stay plain SOAP since no reply carries binary data. A fault is {@code soap:Client}
 * for the caller's errors and {@code soap:Server} only for the hub's own ({@link SoapFaults}). Partners named in
 * {@code kyc.soap.signed-partners} must sign their requests and get signed responses
 * ({@link PartnerSignatures}).
 */
public class CaseSoapRoutes extends RouteBuilder {

    @Override
    public void configure() {
        CxfEndpoint service = getCamelContext().getEndpoint("cxf:/kyc-case/v1", CxfEndpoint.class);
        service.setServiceClass(KycCasePort.class);
        service.setWsdlURL("wsdl/kyc-case-service.wsdl");
        service.setDataFormat(DataFormat.POJO);
        service.setBus(getCamelContext().getRegistry().lookupByNameAndType("hubBus", org.apache.cxf.Bus.class));
        // Do not echo the caller's SOAP headers (e.g. wsse:Security) back in the response.
        org.apache.camel.component.cxf.transport.header.CxfHeaderFilterStrategy headers =
                new org.apache.camel.component.cxf.transport.header.CxfHeaderFilterStrategy();
        headers.setRelayHeaders(false);
        service.setHeaderFilterStrategy(headers);

        // A KycFault is an answer, not an incident: CXF would log each one as a WARN with a stack
        // trace; keep its default logging for everything else (unreadable XML, technical faults).
        java.util.Map<String, Object> properties = new java.util.HashMap<>(
                service.getProperties() == null ? java.util.Map.of() : service.getProperties());
        properties.put(org.apache.cxf.logging.FaultListener.class.getName(),
                (org.apache.cxf.logging.FaultListener) (ex, description, message) -> !isKycFault(ex));
        service.setProperties(properties);

        // WS-Security for the partners that require it (kyc.soap.signed-partners); the others as before
        PartnerSignatureSettings signing = PartnerSignatureSettings.from(
                key -> getCamelContext().getPropertiesComponent().resolveProperty(key).orElse(null));
        signing.check(DeploymentMode.current());
        PartnerSignatures signatures = PartnerSignatures.of(signing);
        if (signatures != null) {
            service.getInInterceptors().add(signatures.inbound());
            service.getOutInterceptors().add(signatures.outbound());
        }

        // the caller's faults soap:Client, the hub's soap:Server, no internal names in either (SoapFaults)
        service.getInInterceptors().add(new SoapFaults.Invoked());
        // a reference to an entity no one declared is malformed XML, not a value to read around
        service.getInInterceptors().add(new UndeclaredEntities());
        service.getOutFaultInterceptors().add(new SoapFaults.Classifier());

        // ... and for Camel too: hand it to CXF without an ERROR log.
        onException(KycFault_Exception.class).handled(false).logExhausted(false).logStackTrace(false);

        from(service).routeId("soap-api")
                // no operation (an empty Body without SOAPAction) or one the service does not have: the
                // caller's fault, at once (a direct: endpoint without a consumer would wait 30 s for one)
                .process(CaseSoapRoutes::knownOperation)
                .recipientList(simple("direct:soap-${header.operationName}"));

        from("direct:soap-OpenCase").routeId("soap-open-case")
                .doTry()
                    .process(e -> e.getMessage().setBody(SoapMapper.toCommand(e.getMessage().getBody(OpenCase.class))))
                    .to(CaseIntakeRoutes.OPEN_CASE)
                    .process(e -> e.getMessage().setBody(SoapMapper.toOpenCaseResponse(e.getMessage().getBody(CaseView.class))))
                .doCatch(InvalidRequestException.class, EJBAccessException.class)
                    .process(CaseSoapRoutes::refuse)
                .end();

        from("direct:soap-GetCaseStatus").routeId("soap-get-case-status")
                .doTry()
                    .process(e -> e.getMessage().setBody(e.getMessage().getBody(GetCaseStatus.class).getCaseId()))
                    .setHeader("kycCaseId", body())
                    .bean("caseLifecycle", "getCase(${body})")
                    .process(e -> e.getMessage().setBody(SoapMapper.toStatusResponse(e.getMessage().getBody(CaseView.class))))
                .doCatch(CaseNotFoundException.class, InvalidRequestException.class, EJBAccessException.class)
                    .process(CaseSoapRoutes::refuse)
                .end();

        // Screening without a case, as REST POST /api/v1/screening: same validation, same engine.
        from("direct:soap-ScreenName").routeId("soap-screen-name")
                .doTry()
                    .process(e -> e.getMessage().setBody(SoapMapper.toScreeningRequest(e.getMessage().getBody(ScreenName.class))))
                    .bean("screeningService", "screen")
                    .process(e -> e.getMessage().setBody(SoapMapper.toScreenNameResponse(e.getMessage().getBody(ScreeningResult.class))))
                .doCatch(InvalidRequestException.class, ScreeningUnavailableException.class, EJBAccessException.class)
                    .process(CaseSoapRoutes::refuse)
                .end();

        // A document photo for a case (inline Base64 or MTOM attachment), as REST POST /cases/{id}/document.
        from("direct:soap-UploadDocument").routeId("soap-upload-document")
                .doTry()
                    .process(CaseSoapRoutes::checkDocument)
                .doCatch(InvalidRequestException.class, CaseNotFoundException.class, DocumentImageException.class,
                        EJBAccessException.class)
                    .process(CaseSoapRoutes::refuse)
                .end();
    }

    /** The operations of the WSDL, each with its route {@code direct:soap-<operation>}. */
    static final java.util.Set<String> OPERATIONS = java.util.Set.of("OpenCase", "GetCaseStatus", "ScreenName", "UploadDocument");

    static void knownOperation(Exchange e) throws KycFault_Exception {
        Object operation = e.getMessage().getHeader("operationName");
        if (!(operation instanceof String name) || !OPERATIONS.contains(name)) {
            throw SoapMapper.fault(ReasonCode.MALFORMED_REQUEST, "operation", locale(e));
        }
    }

    /** Reads the photo and records the outcome on the case (DocumentCheckFlow, shared with REST). */
    private static void checkDocument(Exchange e) throws Exception {
        UploadDocument r = e.getMessage().getBody(UploadDocument.class);
        if (r == null || r.getCaseId() == null || r.getCaseId().isBlank()) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "caseId");
        }
        // case id into the log MDC; the header goes again so it is never relayed to the caller
        e.getMessage().setHeader(CaseMdc.HEADER, r.getCaseId());
        CaseMdc.fromHeader(e);
        e.getMessage().removeHeader(CaseMdc.HEADER);
        DocumentCheckFlow.Checked checked = Flows.of(e).documentCheck().check(r.getCaseId(), frames(r.getImage(), r.getFrame()), r.getBack(), r.getExpectedType());
        e.getMessage().setBody(SoapMapper.toUploadDocumentResponse(checked, locale(e)));
    }

    /** The image and any further frames of the same capture, in order. */
    private static java.util.List<byte[]> frames(byte[] image, java.util.List<byte[]> more) {
        java.util.List<byte[]> frames = new java.util.ArrayList<>();
        frames.add(image);
        frames.addAll(more);
        return frames;
    }

    /** Turns a refusal into the WSDL fault, which CXF returns as a SOAP fault with a KycFault detail. */
    private static void refuse(Exchange e) throws Exception {
        Exception caught = e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        Locale locale = locale(e);
        if (caught instanceof InvalidRequestException invalid) {
            throw SoapMapper.fault(invalid.reason(), invalid.field(), locale);
        }
        if (caught instanceof DocumentImageException image) {
            throw SoapMapper.fault(image.code(), "image", locale);
        }
        if (caught instanceof ScreeningUnavailableException unavailable) {
            throw SoapMapper.fault(unavailable.reasonCode(), null, locale);
        }
        if (caught instanceof EJBAccessException) {
            // the web layer lets partners in (web.xml); the engine refused the caller's roles all the same
            throw SoapMapper.fault(ReasonCode.ACCESS_DENIED, null, locale);
        }
        throw SoapMapper.fault(ReasonCode.CASE_NOT_FOUND, "caseId", locale);
    }

    private static boolean isKycFault(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof KycFault_Exception) {
                return true;
            }
        }
        return false;
    }

    private static Locale locale(Exchange e) {
        return LocalizedMessages.negotiate(e.getMessage().getHeader("Accept-Language", String.class));
    }
}
