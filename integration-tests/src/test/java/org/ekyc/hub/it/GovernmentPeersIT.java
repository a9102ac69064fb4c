package org.ekyc.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.ekyc.hub.verification.document.synth.Capture;
import org.ekyc.hub.verification.document.synth.Degradation;
import org.ekyc.hub.verification.document.synth.DocumentRenderer;
import org.ekyc.hub.verification.document.synth.SyntheticPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The resident registry and the tax authority over the wire: the hub's REST checks call the
 * simulators with WS-Security (UsernameToken PasswordDigest + Timestamp, checked by the simulators'
 * WSS4J), and record the answers on the case: ID card MATCH, NO_MATCH, REPORTED_LOST; income FILED
 * with its band, a registered business; a peer that is DOWN or GARBLED leaves the check PENDING with
 * its reason and the case intact. Synthetic people only (legacy-simulators sim/*.csv).
 */
class GovernmentPeersIT extends HubDeployments {

    @AfterEach
    void peersBack() throws Exception {
        fault("resident", "OK");
        fault("tax", "OK");
    }

    @Test
    void residentCheckMatchNoMatchAndReportedLostAreRecordedOnTheCase() throws Exception {
        String caseId = caseWithResidentIdCard();
        JsonNode match = residentCheck(caseId, "김민준", "900101-1000017", "2019-05-20");
        assertThat(match.get("registryChecks").get("residentCheck").asText()).isEqualTo("MATCH");
        assertThat(codes(match)).doesNotContain("RESIDENT_ID_NO_MATCH", "RESIDENT_ID_REPORTED_LOST");

        JsonNode noMatch = residentCheck(caseWithResidentIdCard(DOYUN_REPLACED_CARD), "박도윤", "8507071000019", "2015-03-10");
        assertThat(noMatch.get("registryChecks").get("residentCheck").asText()).isEqualTo("NO_MATCH");
        assertThat(codes(noMatch)).contains("RESIDENT_ID_NO_MATCH");
        assertThat(noMatch.get("status").asText()).isEqualTo("REVIEW");

        JsonNode lost = residentCheck(caseWithResidentIdCard(SEOYEON_LOST_CARD), "이서연", "9203152000011", "2021-11-02");
        assertThat(lost.get("registryChecks").get("residentCheck").asText()).isEqualTo("REPORTED_LOST");
        assertThat(codes(lost)).contains("RESIDENT_ID_REPORTED_LOST");
        // recorded, not just answered: the case says so afterwards too, and never the number
        JsonNode again = json(get("/kyc/api/v1/cases/" + lost.get("caseId").asText()));
        assertThat(again.get("registryChecks").get("residentCheck").asText()).isEqualTo("REPORTED_LOST");
        assertThat(again.toString()).doesNotContain("9203152000011");
    }

    @Test
    void residentCheckNeedsAnIdCardOnTheCase() throws Exception {
        HttpResponse<String> r = postJson("/kyc/api/v1/cases/" + openCase() + "/resident-check",
                residentBody("김민준", "9001011000017", "2019-05-20"), "en");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
        assertThat(json(r).get("code").asText()).isEqualTo("RESIDENT_CHECK_NOT_APPLICABLE");
    }

    @Test
    void aResidentRegistryThatIsDownLeavesTheCheckPendingWithItsReason() throws Exception {
        String caseId = caseWithResidentIdCard();
        fault("resident", "DOWN");
        JsonNode view = residentCheck(caseId, "김민준", "9001011000017", "2019-05-20");
        assertThat(view.get("registryChecks").get("residentCheck").asText()).isEqualTo("PENDING");
        assertThat(codes(view)).contains("RESIDENT_REGISTRY_UNAVAILABLE");

        fault("resident", "OK");
        JsonNode answered = residentCheck(caseId, "김민준", "9001011000017", "2019-05-20");
        assertThat(answered.get("registryChecks").get("residentCheck").asText()).isEqualTo("MATCH");
        assertThat(codes(answered)).doesNotContain("RESIDENT_REGISTRY_UNAVAILABLE");
    }

    @Test
    void thePeersDemandWsSecurityAndARefusalOfTheHubsCredentialsOnlyDelaysTheCheck() throws Exception {
        // a request without a wsse:Security header is refused by the simulator's WSS4J
        String unsigned = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
                + "<r:VerifyResidentId xmlns:r=\"urn:ekyc-hub:peer:resident:id-authenticity:v1\"><r:name>김민준</r:name>"
                + "<r:residentNumber>9001011000017</r:residentNumber><r:issueDate>2019-05-20</r:issueDate>"
                + "</r:VerifyResidentId></soapenv:Body></soapenv:Envelope>";
        HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(BASE.resolve("/registry-sim/resident/id-authenticity"))
                .version(java.net.http.HttpClient.Version.HTTP_1_1).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/xml; charset=UTF-8").header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(unsigned, java.nio.charset.StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(500);
        assertThat(refused.body()).contains("InvalidSecurity").doesNotContain("resultCode");

        // the registry no longer accepts the hub's password: no answer, the check waits
        String caseId = caseWithResidentIdCard();
        fault("resident", "CREDENTIALS_ROTATED");
        JsonNode view = residentCheck(caseId, "김민준", "9001011000017", "2019-05-20");
        assertThat(view.get("registryChecks").get("residentCheck").asText()).isEqualTo("PENDING");
        assertThat(codes(view)).contains("RESIDENT_REGISTRY_UNAVAILABLE");
    }

    @Test
    void incomeCheckRecordsStatusAndBand() throws Exception {
        String caseId = openCase();
        JsonNode filed = incomeCheck(caseId, """
                {"taxYear":2025,"registrationNumber":"900101-1000017","name":"김민준"}""");
        assertThat(filed.get("registryChecks").get("incomeCheck").asText()).isEqualTo("FILED");
        assertThat(filed.get("registryChecks").get("incomeBand").asText()).isEqualTo("FROM_20M_TO_50M");
        assertThat(filed.get("registryChecks").get("incomeTaxYear").asInt()).isEqualTo(2025);
        assertThat(codes(filed)).doesNotContain("INCOME_NOT_DECLARED");

        JsonNode business = incomeCheck(openCase(), """
                {"taxYear":2025,"registrationNumber":"123-45-67890","name":"한빛상회"}""");
        assertThat(business.get("registryChecks").get("incomeCheck").asText()).isEqualTo("REGISTERED");

        // the case's own number and name (a foreigner the authority does not know)
        JsonNode unknown = incomeCheck(openCase(), "{\"taxYear\":2025}");
        assertThat(unknown.get("registryChecks").get("incomeCheck").asText()).isEqualTo("UNKNOWN");
        assertThat(codes(unknown)).contains("INCOME_NOT_DECLARED");
    }

    @Test
    void aTaxAuthorityThatIsDownOrGarbledLeavesTheCheckPendingWithItsReason() throws Exception {
        String caseId = openCase();
        String body = """
                {"taxYear":2025,"registrationNumber":"9001011000017","name":"김민준"}""";
        fault("tax", "DOWN");
        JsonNode down = incomeCheck(caseId, body);
        assertThat(down.get("registryChecks").get("incomeCheck").asText()).isEqualTo("PENDING");
        assertThat(codes(down)).contains("TAX_AUTHORITY_UNAVAILABLE");
        assertThat(down.get("caseId").asText()).as("the case is not lost").isEqualTo(caseId);

        fault("tax", "GARBLED");
        JsonNode garbled = incomeCheck(caseId, body);
        assertThat(garbled.get("registryChecks").get("incomeCheck").asText()).isEqualTo("PENDING");

        fault("tax", "OK");
        JsonNode answered = incomeCheck(caseId, body);
        assertThat(answered.get("registryChecks").get("incomeCheck").asText()).isEqualTo("FILED");
        assertThat(codes(answered)).doesNotContain("TAX_AUTHORITY_UNAVAILABLE");
        assertThat(json(get("/kyc/api/v1/health/ready")).get("peers").get("taxAuthority").asText()).startsWith("circuit ");
    }

    static String openCase() throws Exception {
        HttpResponse<String> created = postJson("/kyc/api/v1/cases", nguyenJson("PEERS-IT-" + System.nanoTime()), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).get("caseId").asText();
    }

    /** A case of 김민준 whose document check read his (generated, synthetic) resident ID card. */
    static String caseWithResidentIdCard() throws Exception {
        return caseWithResidentIdCard(MINJUN);
    }

    /** A synthetic citizen the resident registry simulator knows (sim/resident-people.csv), with a Latin name. */
    record Citizen(String surname, String givenNames, String hangulName, String residentNumber, String issueDate) {
    }

    static final Citizen MINJUN = new Citizen("KIM", "MINJUN", "김민준", "9001011000017", "2019-05-20");
    static final Citizen DOYUN_REPLACED_CARD = new Citizen("PARK", "DOYUN", "박도윤", "8507071000019", "2015-03-10");
    static final Citizen SEOYEON_LOST_CARD = new Citizen("LEE", "SEOYEON", "이서연", "9203152000011", "2021-11-02");

    /**
     * A case opened for {@code who} whose document check read a generated resident ID card printed with
     * {@code who}'s name, number and issue date: the registry is asked about the values the card was read
     * with, so the card must be the one the registry knows, and the applicant its holder.
     */
    static String caseWithResidentIdCard(Citizen who) throws Exception {
        String number = who.residentNumber();
        int century = number.charAt(6) == '3' || number.charAt(6) == '4' ? 2000 : 1900;
        String birth = String.format("%d-%s-%s", century + Integer.parseInt(number.substring(0, 2)), number.substring(2, 4),
                number.substring(4, 6));
        HttpResponse<String> created = postJson("/kyc/api/v1/cases", JSON.createObjectNode().put("surname", who.surname())
                .put("givenNames", who.givenNames()).put("hangulName", who.hangulName()).put("nationality", "KOR")
                .put("birthDate", birth).put("product", "ACCOUNT").put("externalReference", "PEERS-IT-" + System.nanoTime())
                .put("registrationNumber", number).toString(), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String caseId = json(created).get("caseId").asText();
        SyntheticPeople.Citizen printed = new SyntheticPeople.Citizen(who.hangulName(), number,
                java.time.LocalDate.parse(who.issueDate()), null, null, null);
        byte[] jpeg = Capture.jpeg(Capture.photo(DocumentRenderer.residentIdCard(SyntheticPeople.person(9L, 4), printed),
                Degradation.NONE, false, 4), 0.9f);
        String body = JSON.createObjectNode().put("image", Base64.getEncoder().encodeToString(jpeg)).toString();
        HttpResponse<String> r = postJson("/kyc/api/v1/cases/" + caseId + "/document", body, "en");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json(r).get("documentType").asText()).isEqualTo("RESIDENT_ID_CARD");
        assertThat(r.body()).as("the card is the applicant's").doesNotContain("DOCUMENT_NAME_MISMATCH")
                .doesNotContain("DOCUMENT_REGISTRATION_NUMBER_MISMATCH").doesNotContain("DOCUMENT_BIRTH_DATE_MISMATCH");
        return caseId;
    }

    private static String residentBody(String name, String number, String issueDate) {
        return JSON.createObjectNode().put("name", name).put("residentNumber", number).put("issueDate", issueDate).toString();
    }

    static JsonNode residentCheck(String caseId, String name, String number, String issueDate) throws Exception {
        HttpResponse<String> r = postJson("/kyc/api/v1/cases/" + caseId + "/resident-check",
                residentBody(name, number, issueDate), "ko");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json(r);
    }

    static JsonNode incomeCheck(String caseId, String body) throws Exception {
        HttpResponse<String> r = postJson("/kyc/api/v1/cases/" + caseId + "/income-check", body, "en");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json(r);
    }

    static List<String> codes(JsonNode view) {
        List<String> out = new ArrayList<>();
        view.get("reasons").forEach(r -> out.add(r.get("code").asText()));
        return out;
    }

    static void fault(String peer, String mode) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(
                        BASE.resolve("/registry-sim/admin/faults/" + peer + "?mode=" + mode))
                .timeout(Duration.ofSeconds(10)).PUT(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }
}
