package org.ekyc.hub.routes.immigration;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.cxf.common.DataFormat;
import org.apache.camel.component.cxf.jaxws.CxfEndpoint;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.frontend.AbstractWSDLBasedEndpointFactory;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;
import org.ekyc.hub.adapter.immigration.ImmigrationStayStatusMapper;
import org.ekyc.hub.adapter.immigration.wsdl.CheckStayStatusResponse;
import org.ekyc.hub.adapter.immigration.wsdl.StayStatusPort;
import org.ekyc.hub.routes.intake.CaseIntakeRoutes;
import org.ekyc.hub.verification.api.OpenCaseCommand;
import org.ekyc.hub.verification.api.StayStatus;

/**
 * Immigration registry (법무부 stay status) over SOAP: the address comes from
 * {@code kyc.immigration.url}, so the simulator and the real service differ by configuration only.
 * A registry that cannot be reached leaves the case open with {@code UNAVAILABLE}; it never fails
 * the channel's request.
 */
public class ImmigrationRegistryRoutes extends RouteBuilder {

    @Override
    public void configure() {
        CxfEndpoint registry = getCamelContext().getEndpoint("cxf://{{kyc.immigration.url}}", CxfEndpoint.class);
        registry.setServiceClass(StayStatusPort.class);
        registry.setWsdlURL("wsdl/immigration-stay-status.wsdl");
        registry.setDataFormat(DataFormat.POJO);
        registry.setDefaultOperationName("CheckStayStatus");
        // Stay on the calling thread: the engine call that follows keeps its transaction and MDC.
        registry.setSynchronous(true);
        registry.setBus(getCamelContext().getRegistry().lookupByNameAndType("hubBus", org.apache.cxf.Bus.class));
        long connectTimeout = Long.parseLong(getCamelContext().resolvePropertyPlaceholders("{{kyc.immigration.connect-timeout-ms}}"));
        long receiveTimeout = Long.parseLong(getCamelContext().resolvePropertyPlaceholders("{{kyc.immigration.receive-timeout-ms}}"));
        registry.setCxfConfigurer(new TimeoutConfigurer(connectTimeout, receiveTimeout));

        from("direct:immigration-check").routeId("immigration-check")
                .setProperty("kycCaseId", simple("${body.caseId}"))
                // called through enrich: this is a copy; the channel's headers must not reach the peer
                .removeHeaders("*")
                .process(e -> e.getMessage().setBody(ImmigrationStayStatusMapper.toRequest(
                        e.getProperty(CaseIntakeRoutes.COMMAND, OpenCaseCommand.class))))
                .setHeader("operationName", constant("CheckStayStatus"))
                .doTry()
                    .to(registry)
                    .process(e -> e.getMessage().setBody(ImmigrationStayStatusMapper.fromResponse(
                            e.getMessage().getBody(CheckStayStatusResponse.class))))
                .doCatch(Exception.class)
                    .log(LoggingLevel.WARN, "immigration registry unavailable: ${exception.message}")
                    .process(e -> e.getMessage().setBody(StayStatus.unavailable(
                            e.getProperty(org.apache.camel.Exchange.EXCEPTION_CAUGHT, Exception.class).getClass().getSimpleName())))
                .end()
                .log("immigration check: ${body.outcome}")
                .removeHeaders("*")
                .bean("caseService", "recordStayStatus(${exchangeProperty.kycCaseId}, ${body})");
    }

    /** Connect and receive timeouts on the registry client's HTTP conduit. */
    private record TimeoutConfigurer(long connectMs, long receiveMs)
            implements org.apache.camel.component.cxf.jaxws.CxfConfigurer {

        @Override
        public void configure(AbstractWSDLBasedEndpointFactory factoryBean) {
            // nothing to change on the factory
        }

        @Override
        public void configureClient(Client client) {
            HTTPConduit conduit = (HTTPConduit) client.getConduit();
            HTTPClientPolicy policy = new HTTPClientPolicy();
            policy.setConnectionTimeout(connectMs);
            policy.setReceiveTimeout(receiveMs);
            policy.setAllowChunking(false);
            // HTTP/1.1 as legacy registries speak it; also avoids the h2c upgrade that Java's
            // HttpClient attempts on the first request, which loses the body of a POST.
            policy.setVersion("1.1");
            conduit.setClient(policy);
        }

        @Override
        public void configureServer(org.apache.cxf.endpoint.Server server) {
            // client only
        }
    }
}
