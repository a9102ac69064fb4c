package org.ekyc.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * "Nothing is lost": a resident registry, tax authority or credit bureau that is down leaves
 * the check PENDING, and when the peer is back the check completes by itself — the caller never asks
 * again; the test only reads the case (GET) until it does. Over the wire against the simulators (SOAP
 * with WS-Security, TCP telegrams), with the retry routes on a 1 s interval and a 1 s back-off base
 * (integration-tests/pom.xml). While a check waits, what it will be asked with is in the case store
 * sealed, never in clear, and it is gone once the peer answered. Synthetic people only.
 */
class PendingChecksResumeIT extends HubDeployments {

    @AfterEach
    void peersBack() throws Exception {
        GovernmentPeersIT.fault("resident", "OK");
        GovernmentPeersIT.fault("tax", "OK");
        GovernmentPeersIT.fault("credit", "OK");
    }

    @Test
    void aResidentCheckLeftPendingCompletesByItselfWhenTheRegistryIsBack() throws Exception {
        String caseId = GovernmentPeersIT.caseWithResidentIdCard();
        GovernmentPeersIT.fault("resident", "DOWN");
        JsonNode pending = GovernmentPeersIT.residentCheck(caseId, "김민준", "900101-1000017", "2019-05-20");
        assertThat(pending.get("registryChecks").get("residentCheck").asText()).isEqualTo("PENDING");

        // while the registry stays down the retry asks again (failed tries grow) and the check waits
        Map<String, Object> row = awaitRow(caseId, "resident_check, resident_query_enc, resident_attempts, resident_retry_at",
                r -> ((Number) r.get("resident_attempts")).intValue() >= 2, 30);
        assertThat(row.get("resident_check")).isEqualTo("PENDING");
        assertSealed((String) row.get("resident_query_enc"), "9001011000017", "김민준");
        JsonNode stillPending = json(get("/kyc/api/v1/cases/" + caseId));
        assertThat(stillPending.get("registryChecks").get("residentCheck").asText()).isEqualTo("PENDING");
        assertThat(GovernmentPeersIT.codes(stillPending)).contains("RESIDENT_REGISTRY_UNAVAILABLE");

        GovernmentPeersIT.fault("resident", "OK");
        JsonNode done = awaitCase(caseId, v -> !"PENDING".equals(v.get("registryChecks").get("residentCheck").asText()));
        assertThat(done.get("registryChecks").get("residentCheck").asText()).isEqualTo("MATCH");
        assertThat(GovernmentPeersIT.codes(done)).doesNotContain("RESIDENT_REGISTRY_UNAVAILABLE");
        assertThat(done.toString()).doesNotContain("9001011000017");
        Map<String, Object> after = awaitRow(caseId, "resident_query_enc, resident_retry_at", r -> true, 1);
        assertThat(after.get("resident_query_enc")).as("the number asked about is erased once answered").isNull();
        assertThat(after.get("resident_retry_at")).isNull();
    }

    @Test
    void anIncomeCheckLeftPendingCompletesByItselfWhenTheTaxAuthorityIsBack() throws Exception {
        String caseId = GovernmentPeersIT.openCase();
        GovernmentPeersIT.fault("tax", "DOWN");
        JsonNode pending = GovernmentPeersIT.incomeCheck(caseId, """
                {"taxYear":2025,"registrationNumber":"900101-1000017","name":"김민준"}""");
        assertThat(pending.get("registryChecks").get("incomeCheck").asText()).isEqualTo("PENDING");
        Map<String, Object> row = awaitRow(caseId, "income_query_enc, income_attempts", r -> true, 1);
        assertSealed((String) row.get("income_query_enc"), "9001011000017", "김민준");

        GovernmentPeersIT.fault("tax", "OK");
        JsonNode done = awaitCase(caseId, v -> !"PENDING".equals(v.get("registryChecks").get("incomeCheck").asText()));
        assertThat(done.get("registryChecks").get("incomeCheck").asText()).isEqualTo("FILED");
        assertThat(done.get("registryChecks").get("incomeBand").asText()).isEqualTo("FROM_20M_TO_50M");
        assertThat(done.get("registryChecks").get("incomeTaxYear").asInt()).isEqualTo(2025);
        assertThat(GovernmentPeersIT.codes(done)).doesNotContain("TAX_AUTHORITY_UNAVAILABLE");
        assertThat(awaitRow(caseId, "income_query_enc", r -> true, 1).get("income_query_enc")).isNull();
    }

    @Test
    void aCreditCheckLeftPendingCompletesByItselfWhenTheBureauIsBack() throws Exception {
        HttpResponse<String> created = postJson("/kyc/api/v1/cases", """
                {"surname":"KIM","givenNames":"HANEUL","hangulName":"김하늘","nationality":"KOR",
                 "birthDate":"1992-05-05","phone":"010-5555-0001","product":"LOAN",
                 "externalReference":"RESUME-CB-%d","registrationNumber":"9205052123456"}""".formatted(System.nanoTime()), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String caseId = json(created).get("caseId").asText();

        GovernmentPeersIT.fault("credit", "DOWN");
        HttpResponse<String> down = postJson("/kyc/api/v1/cases/" + caseId + "/credit-summary", "{\"consent\":true}", null);
        assertThat(down.statusCode()).as(down.body()).isEqualTo(503);
        assertThat(json(get("/kyc/api/v1/cases/" + caseId)).get("creditCheck").asText()).isEqualTo("PENDING");
        // the bureau stays down long enough for the retry to ask again (and the circuit to open)
        awaitRow(caseId, "credit_attempts", r -> ((Number) r.get("credit_attempts")).intValue() >= 2, 30);

        GovernmentPeersIT.fault("credit", "OK");
        JsonNode done = awaitCase(caseId, v -> !"PENDING".equals(v.get("creditCheck").asText()));
        assertThat(done.get("creditCheck").asText()).isEqualTo("FOUND");
        assertThat(done.get("reasons").toString()).doesNotContain("CREDIT_BUREAU_UNAVAILABLE");
        JsonNode summary = json(get("/kyc/api/v1/cases/" + caseId + "/credit-summary"));
        assertThat(summary.get("grade").asInt()).isEqualTo(3);
        assertThat(summary.get("balanceBand").asText()).isEqualTo("UNDER_50M");
    }

    /** Reads the case (GET, as a channel would) until {@code done}, for up to 90 s. */
    private static JsonNode awaitCase(String caseId, Predicate<JsonNode> done) throws Exception {
        JsonNode view = null;
        for (int i = 0; i < 180; i++) {
            view = json(get("/kyc/api/v1/cases/" + caseId));
            if (done.test(view)) {
                return view;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("case " + caseId + " did not complete by itself within 90 s: " + view);
    }

    /** The case's row in the store, read until {@code ready} (up to {@code seconds}). */
    private static Map<String, Object> awaitRow(String caseId, String columns, Predicate<Map<String, Object>> ready,
                                                int seconds) throws Exception {
        Map<String, Object> row = Map.of();
        for (int i = 0; i < seconds * 4; i++) {
            row = new LinkedHashMap<>();
            try (Connection db = DriverManager.getConnection(System.getProperty("it.db.url"),
                    System.getProperty("it.db.user"), System.getProperty("it.db.password"));
                 PreparedStatement q = db.prepareStatement("SELECT " + columns + " FROM verification_case WHERE id = ?")) {
                q.setString(1, caseId);
                try (ResultSet r = q.executeQuery()) {
                    assertThat(r.next()).isTrue();
                    for (String c : columns.split(",")) {
                        row.put(c.trim(), r.getObject(c.trim()));
                    }
                }
            }
            if (ready.test(row)) {
                return row;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("case " + caseId + " row never ready: " + row);
    }

    /** Sealed by the PII cipher: neither the value nor its plain encodings are in the column. */
    private static void assertSealed(String stored, String... secrets) {
        assertThat(stored).as("kept for the retry").isNotNull().startsWith("v1:");
        for (String secret : secrets) {
            byte[] utf8 = secret.getBytes(StandardCharsets.UTF_8);
            assertThat(stored).doesNotContain(secret)
                    .doesNotContain(Base64.getUrlEncoder().withoutPadding().encodeToString(utf8))
                    .doesNotContain(Base64.getEncoder().withoutPadding().encodeToString(utf8));
        }
    }
}
