package org.ekyc.hub.routes.soap;

import java.util.Locale;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.cxf.common.DataFormat;
import org.apache.camel.component.cxf.jaxws.CxfEndpoint;
import org.ekyc.hub.routes.intake.CaseIntakeRoutes;
import org.ekyc.hub.routes.soap.wsdl.GetCaseStatus;
import org.ekyc.hub.routes.soap.wsdl.KycCasePort;
import org.ekyc.hub.routes.soap.wsdl.KycFault_Exception;
import org.ekyc.hub.routes.soap.wsdl.OpenCase;
import org.ekyc.hub.verification.api.CaseNotFoundException;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.LocalizedMessages;
import org.ekyc.hub.verification.api.ReasonCode;

/**
 * SOAP channel for insurers and partner systems: WSDL-first (wsdl/kyc-case-service.wsdl), served
 * by the shared CXF bus at {@code /kyc/services/kyc-case/v1} (and {@code ?wsdl}); one route per
 * operation. Refusals are the WSDL's {@code KycFault}.
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

        // A KycFault is an answer, not an incident: hand it to CXF without an ERROR log.
        onException(KycFault_Exception.class).handled(false).logExhausted(false).logStackTrace(false);

        from(service).routeId("soap-api")
                .recipientList(simple("direct:soap-${header.operationName}"));

        from("direct:soap-OpenCase").routeId("soap-open-case")
                .doTry()
                    .process(e -> e.getMessage().setBody(SoapMapper.toCommand(e.getMessage().getBody(OpenCase.class))))
                    .to(CaseIntakeRoutes.OPEN_CASE)
                    .process(e -> e.getMessage().setBody(SoapMapper.toOpenCaseResponse(e.getMessage().getBody(CaseView.class))))
                .doCatch(InvalidRequestException.class)
                    .process(CaseSoapRoutes::refuse)
                .end();

        from("direct:soap-GetCaseStatus").routeId("soap-get-case-status")
                .doTry()
                    .process(e -> e.getMessage().setBody(e.getMessage().getBody(GetCaseStatus.class).getCaseId()))
                    .setHeader("kycCaseId", body())
                    .bean("caseService", "getCase(${body})")
                    .process(e -> e.getMessage().setBody(SoapMapper.toStatusResponse(e.getMessage().getBody(CaseView.class))))
                .doCatch(CaseNotFoundException.class, InvalidRequestException.class)
                    .process(CaseSoapRoutes::refuse)
                .end();
    }

    /** Turns a refusal into the WSDL fault, which CXF returns as a SOAP fault with a KycFault detail. */
    private static void refuse(Exchange e) throws Exception {
        Exception caught = e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        Locale locale = LocalizedMessages.negotiate(e.getMessage().getHeader("Accept-Language", String.class));
        if (caught instanceof InvalidRequestException invalid) {
            throw SoapMapper.fault(invalid.reason(), invalid.field(), locale);
        }
        throw SoapMapper.fault(ReasonCode.CASE_NOT_FOUND, "caseId", locale);
    }
}
