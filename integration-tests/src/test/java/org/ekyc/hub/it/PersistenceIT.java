package org.ekyc.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/**
 * The case store as the database sees it (H2 by default, PostgreSQL with -Ppostgresql): the row
 * exists and its personal-data columns hold AES-GCM ciphertext, never the applicant's data; a keyed case
 * keeps its request's fingerprint, and its effects their rows in the audit table.
 */
class PersistenceIT extends HubDeployments {

    @Test
    void caseRowIsStoredWithPersonalDataEncrypted() throws Exception {
        HttpResponse<String> created = postJson("/kyc/api/v1/cases", nguyenJson("PERSIST-IT-1"), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String caseId = json(created).get("caseId").asText();

        try (Connection db = DriverManager.getConnection(System.getProperty("it.db.url"),
                System.getProperty("it.db.user"), System.getProperty("it.db.password"));
             PreparedStatement q = db.prepareStatement("SELECT status, nationality, external_reference, surname_enc,"
                     + " given_names_enc, hangul_name_enc, birth_date_enc, phone_enc, email_enc,"
                     + " registration_number_enc, immigration_check FROM verification_case WHERE id = ?")) {
            q.setString(1, caseId);
            try (ResultSet row = q.executeQuery()) {
                assertThat(row.next()).as("row for case %s", caseId).isTrue();
                assertThat(row.getString("status")).isEqualTo("OPENED");
                assertThat(row.getString("nationality")).isEqualTo("VNM");
                assertThat(row.getString("external_reference")).isEqualTo("PERSIST-IT-1");
                assertThat(row.getString("immigration_check")).isEqualTo("VERIFIED");
                String[] plain = {"NGUYEN", "VAN AN", "응우옌 반 안", "1994-03-17", "01012345678",
                        "van.an@example.test", "9403175123456"};
                String[] columns = {"surname_enc", "given_names_enc", "hangul_name_enc", "birth_date_enc",
                        "phone_enc", "email_enc", "registration_number_enc"};
                for (int i = 0; i < columns.length; i++) {
                    String stored = row.getString(columns[i]);
                    assertThat(stored).as(columns[i]).startsWith("v1:").doesNotContain(plain[i]);
                    assertThat(stored.length()).as(columns[i]).isGreaterThan(3 + 28);
                }
            }
        }
    }

    @Test
    void aKeyedCaseKeepsItsRequestFingerprintAndEveryEffectItsAuditRowWhileARefusedRepeatLeavesNothing() throws Exception {
        String key = "persist-" + java.util.UUID.randomUUID();
        java.util.function.Function<String, java.net.http.HttpRequest> post = body -> as(As.BANK_APP,
                java.net.http.HttpRequest.newBuilder(BASE.resolve("/kyc/api/v1/cases"))).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> created = HTTP.send(post.apply(nguyenJson("PERSIST-IT-KEY")), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String caseId = json(created).get("caseId").asText();
        assertThat(HTTP.send(post.apply(nguyenJson("PERSIST-IT-KEY")), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(201);
        assertThat(HTTP.send(post.apply(nguyenJson("PERSIST-IT-OTHER")), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(422);

        try (Connection db = DriverManager.getConnection(System.getProperty("it.db.url"),
                System.getProperty("it.db.user"), System.getProperty("it.db.password"))) {
            try (PreparedStatement q = db.prepareStatement(
                    "SELECT id, request_fingerprint, owner FROM verification_case WHERE idempotency_key = ?")) {
                // the key is scoped to the partner that sent it: REST:o<8 hex of its principal's SHA-256>:<key>
                String owner = As.BANK_APP.principal();
                String scope = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(owner.getBytes(java.nio.charset.StandardCharsets.UTF_8))).substring(0, 8);
                q.setString(1, "REST:o" + scope + ":" + key);
                try (ResultSet row = q.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    assertThat(row.getString("id")).isEqualTo(caseId);
                    assertThat(row.getString("request_fingerprint")).matches("[0-9a-f]{64}");
                    assertThat(row.getString("owner")).as("the partner that opened it").isEqualTo("service-account-bank-app");
                    assertThat(row.next()).as("one case for the key").isFalse();
                }
            }
            java.util.List<String> actions = new java.util.ArrayList<>();
            try (PreparedStatement q = db.prepareStatement(
                    "SELECT action, actor, principal FROM audit_entry WHERE case_id = ? ORDER BY occurred_at, action")) {
                q.setString(1, caseId);
                try (ResultSet row = q.executeQuery()) {
                    while (row.next()) {
                        actions.add(row.getString("action") + " by " + row.getString("actor") + " as " + row.getString("principal"));
                    }
                }
            }
            // every row names the authenticated principal, not a channel's claim
            assertThat(actions).contains("CASE_OPENED by REST as service-account-bank-app",
                            "CASE_OPEN_REPEATED by REST as service-account-bank-app",
                            "SCREENING_RECORDED by screening as service-account-bank-app")
                    .filteredOn(a -> a.startsWith("CASE_OPENED")).hasSize(1);
            // the refusal rolled back: no row of it (its audit is the log line)
            assertThat(actions).noneMatch(a -> a.startsWith("CASE_OPEN_REFUSED"));
            assertThat(String.join(" ", actions)).doesNotContain("NGUYEN").doesNotContain("9403175123456");
        }
    }

    @Test
    void aCaseWhoseSealedValuesCannotBeOpenedIsSetAsideAndTheOtherPendingChecksGoOn() throws Exception {
        String unreadable;
        String healthy;
        RestCaseIT.immigrationFault("DOWN");
        try {
            unreadable = json(postJson("/kyc/api/v1/cases", """
                    {"surname":"SEALED","givenNames":"OTHER KEY","nationality":"GBR","birthDate":"1981-03-03","product":"CARD"}""",
                    null)).get("caseId").asText();
            healthy = json(postJson("/kyc/api/v1/cases", """
                    {"surname":"RESUMES","givenNames":"ANYWAY","nationality":"GBR","birthDate":"1982-04-04","product":"CARD"}""",
                    null)).get("caseId").asText();
        } finally {
            RestCaseIT.immigrationFault("OK");
        }
        // the first case's name now sealed under another key (a wrong key file, a restored backup, an
        // altered row) and both checks due now, the unreadable one first in the retry's order
        byte[] foreign = new byte[48];
        new java.security.SecureRandom().nextBytes(foreign);
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
        try (Connection db = DriverManager.getConnection(System.getProperty("it.db.url"),
                System.getProperty("it.db.user"), System.getProperty("it.db.password"));
             PreparedStatement u = db.prepareStatement(
                     "UPDATE verification_case SET surname_enc = COALESCE(?, surname_enc), immigration_retry_at = ? WHERE id = ?")) {
            u.setString(1, "v1:" + java.util.Base64.getEncoder().encodeToString(foreign));
            u.setObject(2, now.minusMinutes(10));
            u.setString(3, unreadable);
            assertThat(u.executeUpdate()).isEqualTo(1);
            u.setNull(1, java.sql.Types.VARCHAR);
            u.setObject(2, now.minusMinutes(5));
            u.setString(3, healthy);
            assertThat(u.executeUpdate()).isEqualTo(1);
        }
        // the healthy case is asked again and answered although the batch it is in holds the unreadable one
        assertThat(awaitImmigrationAnswer(healthy).get("immigrationCheck").asText()).isEqualTo("NOT_FOUND");
        // the unreadable one is set aside for an hour instead of failing every tick
        try (Connection db = DriverManager.getConnection(System.getProperty("it.db.url"),
                System.getProperty("it.db.user"), System.getProperty("it.db.password"));
             PreparedStatement q = db.prepareStatement(
                     "SELECT immigration_check, immigration_retry_at FROM verification_case WHERE id = ?")) {
            q.setString(1, unreadable);
            try (ResultSet row = q.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("immigration_check")).isEqualTo("PENDING");
                assertThat(row.getObject("immigration_retry_at", java.time.OffsetDateTime.class))
                        .isAfter(now.plusMinutes(50));
            }
        }
    }
}
