package org.ekyc.hub.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.Dispatch;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.WebServiceException;
import org.apache.cxf.binding.soap.SoapFault;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.xml.namespace.QName;
import javax.xml.transform.Source;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SOAP channel: the WSDL-first KycCaseService, called by a JAX-WS (CXF) client over HTTP. */
class SoapCaseIT extends HubDeployments {

    private static final String NS = "urn:ekyc-hub:kyc-case:v1";
    private static final String ADDRESS = "/kyc/services/kyc-case/v1";

    private Dispatch<Source> client;

    @BeforeEach
    void client() throws Exception {
        Service service = Service.create(BASE.resolve(ADDRESS + "?wsdl").toURL(), new QName(NS, "KycCaseService"));
        client = service.createDispatch(new QName(NS, "KycCasePort"), Source.class, Service.Mode.PAYLOAD);
        // the insurer's SOAP system, a partner, with its bearer token
        client.getRequestContext().put(jakarta.xml.ws.handler.MessageContext.HTTP_REQUEST_HEADERS,
                java.util.Map.of("Authorization", java.util.List.of(As.INSURER.bearer())));
    }

    private String call(String operation, String payload) throws Exception {
        client.getRequestContext().put(BindingProvider.SOAPACTION_USE_PROPERTY, Boolean.TRUE);
        client.getRequestContext().put(BindingProvider.SOAPACTION_URI_PROPERTY, NS + ":" + operation);
        Source response = client.invoke(new StreamSource(new StringReader(payload)));
        StringWriter out = new StringWriter();
        TransformerFactory.newInstance().newTransformer().transform(response, new StreamResult(out));
        return out.toString();
    }

    private static String openCase(String nationality) {
        return """
                <k:OpenCase xmlns:k="urn:ekyc-hub:kyc-case:v1">
                  <k:surname>WANG</k:surname><k:givenNames>XIAOMING</k:givenNames>
                  <k:nationality>%s</k:nationality><k:birthDate>1985-12-24</k:birthDate>
                  <k:product>INSURANCE</k:product><k:externalReference>SOAP-IT-1</k:externalReference>
                </k:OpenCase>""".formatted(nationality);
    }

    @Test
    void wsdlIsServed() throws Exception {
        HttpResponse<String> wsdl = get(ADDRESS + "?wsdl");
        assertThat(wsdl.statusCode()).isEqualTo(200);
        assertThat(wsdl.body()).contains("name=\"KycCaseService\"", "name=\"OpenCase\"", "name=\"GetCaseStatus\"",
                "name=\"ScreenName\"", "name=\"UploadDocument\"", "name=\"KycFault\"");
    }

    @Test
    void openCaseThenGetCaseStatus() throws Exception {
        String opened = call("OpenCase", openCase("CHN"));
        assertThat(opened).contains("OpenCaseResponse").contains("<status>OPENED</status>")
                .contains("<immigrationCheck>VERIFIED</immigrationCheck>");
        String caseId = opened.replaceAll("(?s).*<caseId>([^<]+)</caseId>.*", "$1");
        assertThat(caseId).matches("[0-9a-f-]{36}");

        String status = call("GetCaseStatus",
                "<k:GetCaseStatus xmlns:k=\"urn:ekyc-hub:kyc-case:v1\"><k:caseId>" + caseId + "</k:caseId></k:GetCaseStatus>");
        assertThat(status).contains("<caseId>" + caseId + "</caseId>").contains("<product>INSURANCE</product>")
                .contains("<stayStatusCode>F-4</stayStatusCode>").contains("<stayExpiry>2028-12-31</stayExpiry>");
    }

    @Test
    void addressesSentOverSoapFeedTheCountryRisk() throws Exception {
        String opened = call("OpenCase", """
                <k:OpenCase xmlns:k="urn:ekyc-hub:kyc-case:v1">
                  <k:surname>HARLOWE</k:surname><k:givenNames>JUNE MARIE</k:givenNames>
                  <k:nationality>USA</k:nationality><k:birthDate>1988-06-30</k:birthDate>
                  <k:product>INSURANCE</k:product><k:externalReference>SOAP-IT-ADDR</k:externalReference>
                  <k:address><k:kind>RESIDENCE</k:kind><k:country>KOR</k:country><k:lines>12 Sejong-daero, Seoul</k:lines></k:address>
                  <k:address><k:kind>HOME_COUNTRY</k:kind><k:country>PRK</k:country></k:address>
                </k:OpenCase>""");
        String caseId = opened.replaceAll("(?s).*<caseId>([^<]+)</caseId>.*", "$1");
        com.fasterxml.jackson.databind.JsonNode read = json(get(As.INSURER, "/kyc/api/v1/cases/" + caseId));
        assertThat(read.get("decision").get("riskReasons").toString()).contains("ADDRESS_COUNTRY_HIGH_RISK");
        assertThat(read.get("applicant").get("addresses").get(1).get("country").asText()).isEqualTo("PRK");

        SoapFault fault = faultOf(() -> call("OpenCase", openCase("CHN").replace("</k:OpenCase>",
                "<k:address><k:country>ZZZ</k:country></k:address></k:OpenCase>")));
        assertThat(fault.getDetail().getElementsByTagNameNS(NS, "reasonCode").item(0).getTextContent())
                .isEqualTo("INVALID_ADDRESS_COUNTRY");
    }

    /** The SOAP fault a call ended in (CXF's Dispatch reports it as the cause of a WebServiceException). */
    private static SoapFault faultOf(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        WebServiceException e = catchThrowableOfType(WebServiceException.class, call);
        assertThat(e).as("the call ends in a fault").isNotNull();
        assertThat(e.getCause()).isInstanceOf(SoapFault.class);
        return (SoapFault) e.getCause();
    }

    @Test
    void refusalIsAKycFaultWithReasonCodeFieldAndLocalisedMessage() {
        client.getRequestContext().put(jakarta.xml.ws.handler.MessageContext.HTTP_REQUEST_HEADERS,
                java.util.Map.of("Accept-Language", java.util.List.of("ko"), "Authorization", java.util.List.of(As.INSURER.bearer())));
        SoapFault fault = faultOf(() -> call("OpenCase", openCase("C1N")));
        org.w3c.dom.Element detail = fault.getDetail();
        assertThat(detail.getElementsByTagNameNS(NS, "reasonCode").item(0).getTextContent()).isEqualTo("INVALID_NATIONALITY");
        assertThat(detail.getElementsByTagNameNS(NS, "field").item(0).getTextContent()).isEqualTo("nationality");
        assertThat(detail.getElementsByTagNameNS(NS, "message").item(0).getTextContent()).startsWith("국적은");
    }

    @Test
    void theSameIdempotencyKeyWithAnotherPersonIsAKycFault() throws Exception {
        String key = "<k:idempotencyKey>soap-" + java.util.UUID.randomUUID() + "</k:idempotencyKey></k:OpenCase>";
        String first = call("OpenCase", openCase("CHN").replace("</k:OpenCase>", key));
        String caseId = first.replaceAll("(?s).*<caseId>([^<]+)</caseId>.*", "$1");
        assertThat(caseId).matches("[0-9a-f-]{36}");
        assertThat(call("OpenCase", openCase("CHN").replace("</k:OpenCase>", key)))
                .as("the same request again: the same case").contains("<caseId>" + caseId + "</caseId>");

        SoapFault fault = faultOf(() -> call("OpenCase", openCase("CHN").replace("WANG", "LIU").replace("</k:OpenCase>", key)));
        assertThat(fault.getDetail().getElementsByTagNameNS(NS, "reasonCode").item(0).getTextContent())
                .isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(fault.getDetail().getTextContent()).doesNotContain(caseId);
    }

    @Test
    void unknownCaseIsAKycFault() {
        SoapFault fault = faultOf(() -> call("GetCaseStatus",
                "<k:GetCaseStatus xmlns:k=\"urn:ekyc-hub:kyc-case:v1\"><k:caseId>nope</k:caseId></k:GetCaseStatus>"));
        assertThat(fault.getDetail().getElementsByTagNameNS(NS, "reasonCode").item(0).getTextContent())
                .isEqualTo("CASE_NOT_FOUND");
    }

    @Test
    void xmlWithADoctypeIsRefusedSoExternalEntitiesAreNeverResolved() throws Exception {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
                  <soap:Body><k:GetCaseStatus xmlns:k="urn:ekyc-hub:kyc-case:v1"><k:caseId>&xxe;</k:caseId></k:GetCaseStatus></soap:Body>
                </soap:Envelope>""";
        HttpResponse<String> response = HTTP.send(as(As.INSURER, HttpRequest.newBuilder(BASE.resolve(ADDRESS)))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"" + NS + ":GetCaseStatus\"")
                .POST(HttpRequest.BodyPublishers.ofString(xxe)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Fault").doesNotContain("root:");
    }
}
