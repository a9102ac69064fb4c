package org.ekyc.hub.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.soap.SOAPBinding;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.xml.datatype.DatatypeFactory;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.ekyc.hub.it.soap.client.DocumentFieldReading;
import org.ekyc.hub.it.soap.client.KycCasePort;
import org.ekyc.hub.it.soap.client.KycCaseService;
import org.ekyc.hub.it.soap.client.KycFault;
import org.ekyc.hub.it.soap.client.KycFault_Exception;
import org.ekyc.hub.it.soap.client.OpenCase;
import org.ekyc.hub.it.soap.client.Product;
import org.ekyc.hub.it.soap.client.ScreenName;
import org.ekyc.hub.it.soap.client.ScreenNameResponse;
import org.ekyc.hub.it.soap.client.ScreeningOutcome;
import org.ekyc.hub.it.soap.client.UploadDocument;
import org.ekyc.hub.it.soap.client.UploadDocumentResponse;
import org.ekyc.hub.verification.api.document.DocumentType;
import org.ekyc.hub.verification.document.synth.Degradation;
import org.ekyc.hub.verification.document.synth.SyntheticDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SOAP twins of REST's screening and document upload ({@code ScreenName}, {@code UploadDocument}),
 * called as a partner would: typed JAX-WS (CXF) client classes generated from the hub's WSDL, over
 * HTTP, against the real OFAC/UN lists and real Tesseract inside WildFly.
 */
class SoapScreeningAndDocumentIT extends HubDeployments {

    private static final String ADDRESS = "/kyc/services/kyc-case/v1";

    private KycCasePort port;

    @BeforeEach
    void client() throws Exception {
        port = new KycCaseService(BASE.resolve(ADDRESS + "?wsdl").toURL()).getKycCasePort();
        // the insurer's SOAP system, a partner, with its bearer token
        ((BindingProvider) port).getRequestContext().put(MessageContext.HTTP_REQUEST_HEADERS,
                Map.of("Authorization", List.of(As.INSURER.bearer())));
    }

    private void acceptLanguage(String language) {
        ((BindingProvider) port).getRequestContext().put(MessageContext.HTTP_REQUEST_HEADERS,
                Map.of("Accept-Language", List.of(language), "Authorization", List.of(As.INSURER.bearer())));
    }

    private static ScreenName screen(String... names) {
        ScreenName request = new ScreenName();
        request.getName().addAll(List.of(names));
        return request;
    }

    /** The KycFault a call ended in. */
    private static KycFault faultOf(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        KycFault_Exception e = catchThrowableOfType(KycFault_Exception.class, call);
        assertThat(e).as("the call ends in a KycFault").isNotNull();
        return e.getFaultInfo();
    }

    @Test
    void screenNameFindsAListedPersonByTheHangulSpellingOfTheName() throws Exception {
        ScreenNameResponse r = port.screenName(screen("박도춘"));

        assertThat(r.getOutcome()).isEqualTo(ScreeningOutcome.HIT);
        assertThat(r.getScore()).isGreaterThan(0.9);
        assertThat(r.getListVersion()).isNotBlank();
        assertThat(r.getMatch()).isNotEmpty();
        var best = r.getMatch().get(0);
        assertThat(best.getEntryId()).isEqualTo("OFAC-SDN:15769");
        assertThat(best.getList()).isEqualTo("OFAC-SDN");
        assertThat(best.getPrimaryName()).isNotBlank();
        assertThat(best.getMatchedName()).isNotBlank();
        assertThat(best.getEvidence()).isNotEmpty();
    }

    @Test
    void screenNameOfAnInventedPersonIsClear() throws Exception {
        ScreenName request = screen("VAN AN NGUYEN", "응우옌 반 안");
        request.setNationality("VNM");
        ScreenNameResponse r = port.screenName(request);

        assertThat(r.getOutcome()).isEqualTo(ScreeningOutcome.CLEAR);
        assertThat(r.getMatch()).isEmpty();
        assertThat(r.getListVersion()).isNotBlank();
    }

    @Test
    void screenNameWithoutANameOrWithABadNationalityIsAKycFault() {
        acceptLanguage("ko");
        KycFault noName = faultOf(() -> port.screenName(new ScreenName()));
        assertThat(noName.getReasonCode()).isEqualTo("FIELD_REQUIRED");
        assertThat(noName.getField()).isEqualTo("names");

        ScreenName badCountry = screen("KIM MINSU");
        badCountry.setNationality("K0R");
        KycFault fault = faultOf(() -> port.screenName(badCountry));
        assertThat(fault.getReasonCode()).isEqualTo("INVALID_NATIONALITY");
        assertThat(fault.getField()).isEqualTo("nationality");
        assertThat(fault.getMessage()).startsWith("국적은");
    }

    private String openCase() throws Exception {
        OpenCase open = new OpenCase();
        open.setSurname("WANG");
        open.setGivenNames("XIAOMING");
        open.setNationality("CHN");
        open.setBirthDate(DatatypeFactory.newInstance().newXMLGregorianCalendar("1985-12-24"));
        open.setProduct(Product.INSURANCE);
        open.setExternalReference("SOAP-DOC-IT-" + System.nanoTime());
        return port.openCase(open).getCaseId();
    }

    private static UploadDocument upload(String caseId, byte[] image, String expectedType) {
        UploadDocument request = new UploadDocument();
        request.setCaseId(caseId);
        request.setImage(image);
        request.setExpectedType(expectedType);
        return request;
    }

    @Test
    void generatedPassportSentAsAnMtomAttachmentIsReadAndRecordedOnTheCase() throws Exception {
        String caseId = openCase();
        SyntheticDocuments doc = SyntheticDocuments.generate(7L, 3, DocumentType.PASSPORT_TD3, Degradation.values()[0], false);
        ((SOAPBinding) ((BindingProvider) port).getBinding()).setMTOMEnabled(true);
        AtomicReference<String> sentAs = new AtomicReference<>();
        ClientProxy.getClient(port).getOutInterceptors().add(new AbstractPhaseInterceptor<Message>(Phase.WRITE_ENDING) {
            @Override
            public void handleMessage(Message message) {
                sentAs.set(message.getAttachments() == null ? "inline" : message.getAttachments().size() + " attachment(s)");
            }
        });

        UploadDocumentResponse r = port.uploadDocument(upload(caseId, doc.jpeg(), "PASSPORT_TD3"));

        assertThat(sentAs.get()).as("the image went as an XOP attachment").isEqualTo("1 attachment(s)");
        assertThat(r.getCaseId()).isEqualTo(caseId);
        assertThat(r.getDocumentType()).isEqualTo("PASSPORT_TD3");
        assertThat(r.getOutcome()).isNotBlank();
        assertThat(r.getCaseStatus()).isNotBlank();
        assertThat(r.getField()).extracting(DocumentFieldReading::getSource).contains("MRZ");
        assertThat(r.getField()).filteredOn(f -> f.getSource().equals("MRZ"))
                .extracting(DocumentFieldReading::getValue).contains(doc.person().surname());
        assertThat(r.isRetake()).isEqualTo(r.getFinding().stream().anyMatch(f -> f.getSeverity().equals("RETAKE")));
        // the same outcome as REST shows for the case
        assertThat(json(get(As.INSURER, "/kyc/api/v1/cases/" + caseId)).get("document").get("outcome").asText())
                .isEqualTo(r.getOutcome());
    }

    @Test
    void bothSidesOfA2023ResidenceCardAreReadOverSoap() throws Exception {
        String caseId = openCase();
        SyntheticDocuments front = SyntheticDocuments.generate(9L, 7, DocumentType.ALIEN_REGISTRATION_CARD_2023,
                Degradation.NONE, false);
        SyntheticDocuments back = SyntheticDocuments.generate(9L, 7, DocumentType.RESIDENCE_CARD_BACK, Degradation.NONE, false);
        var extensions = org.ekyc.hub.verification.document.synth.SyntheticPeople.extensions(back.person());
        UploadDocument request = upload(caseId, front.jpeg(), "ALIEN_REGISTRATION_CARD");
        request.getBack().add(back.jpeg());

        UploadDocumentResponse r = port.uploadDocument(request);

        assertThat(r.getDocumentType()).isEqualTo("ALIEN_REGISTRATION_CARD_2023");
        assertThat(r.getField()).filteredOn(f -> f.getName().equals("STAY_EXPIRY_DATE"))
                .extracting(DocumentFieldReading::getValue).containsExactly(extensions.get(extensions.size() - 1).expiry().toString());
        assertThat(r.getField()).filteredOn(f -> f.getName().equals("REGISTRATION_NUMBER"))
                .extracting(DocumentFieldReading::getValue).containsExactly(front.person().registrationNumber());
    }

    @Test
    void aFileThatIsNotAnImageIsATypedKycFault() throws Exception {
        String caseId = openCase();
        acceptLanguage("ko");
        KycFault fault = faultOf(() -> port.uploadDocument(upload(caseId, "%PDF-1.4 not an image".getBytes(), null)));
        assertThat(fault.getReasonCode()).startsWith("IMAGE_");
        assertThat(fault.getField()).isEqualTo("image");
        assertThat(fault.getMessage()).isNotBlank().doesNotContain("Exception");
    }

    @Test
    void aPhotoOverTheSizeCapSentInlineIsRefusedWithTheEngineCodeNotByTheXmlParser() throws Exception {
        String caseId = openCase();
        KycFault fault = faultOf(() -> port.uploadDocument(upload(caseId, oversizedJpeg(), null)));
        assertThat(fault.getReasonCode()).isEqualTo("IMAGE_TOO_LARGE");
    }

    @Test
    void unknownCaseAndUnknownLayoutAreKycFaults() throws Exception {
        byte[] image = SyntheticDocuments.generate(7L, 3, DocumentType.PASSPORT_TD3, Degradation.values()[0], false).jpeg();
        assertThat(faultOf(() -> port.uploadDocument(upload("nope", image, null))).getReasonCode())
                .isEqualTo("CASE_NOT_FOUND");
        String caseId = openCase();
        KycFault layout = faultOf(() -> port.uploadDocument(upload(caseId, image, "BUS_TICKET")));
        assertThat(layout.getReasonCode()).isEqualTo("DOCUMENT_TYPE_UNKNOWN");
        assertThat(layout.getField()).isEqualTo("expectedType");
    }

    /** The README's raw-XML examples (docs/examples), posted as curl would: plain text/xml, image inline. */
    @Test
    void theDocumentedExamplesWork() throws Exception {
        Path examples = Path.of("..", "docs", "examples");
        HttpResponse<String> screened = postSoap("ScreenName",
                Files.readString(examples.resolve("screen-name.xml")));
        assertThat(screened.statusCode()).as(screened.body()).isEqualTo(200);
        assertThat(screened.body()).contains("<outcome>HIT</outcome>").contains("OFAC-SDN:15769");

        String caseId = openCase();
        byte[] passport = SyntheticDocuments.generate(11L, 1, DocumentType.PASSPORT_TD3, Degradation.values()[0], false).jpeg();
        HttpResponse<String> uploaded = postSoap("UploadDocument",
                Files.readString(examples.resolve("upload-document.xml")).replace("CASE_ID", caseId)
                        .replace("BASE64_JPEG_OR_PNG", Base64.getEncoder().encodeToString(passport)));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        assertThat(uploaded.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/xml"));
        assertThat(uploaded.body()).contains("<documentType>PASSPORT_TD3</documentType>").contains("<source>MRZ</source>")
                .doesNotContain("kycCaseId");
    }

    private static HttpResponse<String> postSoap(String operation, String envelope) throws Exception {
        return HTTP.send(as(As.INSURER, HttpRequest.newBuilder(BASE.resolve(ADDRESS)))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"urn:ekyc-hub:kyc-case:v1:" + operation + "\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
