package org.ekyc.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Account opening over the wire: a reviewer approves an ACCOUNT case over REST, the hub
 * sends ACCTOPEN to the simulated core banking over JMS (embedded Artemis), and the account number
 * comes back onto the case (masked). Refusals and lost replies are switched on in the simulator.
 */
class AccountOpeningIT extends HubDeployments {

    private static void fault(String mode) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(
                        BASE.resolve("/registry-sim/admin/faults/corebanking?mode=" + mode))
                .timeout(Duration.ofSeconds(10)).PUT(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    @AfterEach
    void healthy() throws Exception {
        fault("OK");
    }

    /** A case approved by two reviewers on recorded evidence ({@link ReviewSteps}): its account is ordered. */
    static String approvedCase(String reference) throws Exception {
        JsonNode approved = ReviewSteps.approvedCase(reference);
        assertThat(approved.get("account").get("state").asText()).isEqualTo("PENDING");
        return approved.get("caseId").asText();
    }

    private static JsonNode awaitAccount(String caseId, Predicate<JsonNode> done, int seconds) throws Exception {
        JsonNode view = null;
        for (int i = 0; i < seconds * 2; i++) {
            view = json(get("/kyc/api/v1/cases/" + caseId));
            if (view.hasNonNull("account") && done.test(view.get("account"))) {
                return view;
            }
            Thread.sleep(500);
        }
        return view;
    }

    private static JsonNode coreBanking(String caseId) throws Exception {
        return json(get("/registry-sim/admin/corebanking/accounts/" + caseId));
    }

    @Test
    void anApprovedAccountCaseGetsItsAccountNumberFromCoreBanking() throws Exception {
        String caseId = approvedCase("ACCT-IT-OPEN");
        JsonNode view = awaitAccount(caseId, a -> "OPENED".equals(a.get("state").asText()), 30);
        JsonNode account = view.get("account");
        assertThat(account.get("state").asText()).as(view.toString()).isEqualTo("OPENED");
        assertThat(account.get("returnCode").asText()).isEqualTo("00");
        assertThat(account.get("openedDate").isNull()).isFalse();
        String peerAccount = coreBanking(caseId).get("accountNumber").asText();
        assertThat(peerAccount).startsWith("999").hasSize(14);
        // masked: the last four digits only
        assertThat(account.get("accountNumber").asText())
                .isEqualTo("**********" + peerAccount.substring(10))
                .doesNotContain(peerAccount.substring(0, 10));
        assertThat(view.toString()).doesNotContain(peerAccount);
        assertThat(view.get("status").asText()).isEqualTo("APPROVED");
        assertThat(coreBanking(caseId).get("orders").asInt()).isEqualTo(1);
    }

    @Test
    void aRefusalByCoreBankingIsRecordedWithItsReturnCodeAndAReason() throws Exception {
        fault("REFUSE");
        String caseId = approvedCase("ACCT-IT-REFUSE");
        JsonNode view = awaitAccount(caseId, a -> "REFUSED".equals(a.get("state").asText()), 30);
        assertThat(view.get("account").get("state").asText()).as(view.toString()).isEqualTo("REFUSED");
        assertThat(view.get("account").get("returnCode").asText()).isEqualTo("12");
        assertThat(view.get("account").get("accountNumber").isNull()).isTrue();
        assertThat(view.get("reasons").toString()).contains("ACCOUNT_OPENING_REFUSED");
        assertThat(coreBanking(caseId).get("accountNumber").isNull()).isTrue();
    }

    @Test
    void aLostReplyIsRetriedAndTheRetryGetsTheSameSingleAccount() throws Exception {
        fault("NO_REPLY");
        String caseId = approvedCase("ACCT-IT-NOREPLY");
        // the order timed out at least once: still pending, core banking opened the account but its reply was lost
        JsonNode pending = awaitAccount(caseId, a -> a.get("failedAttempts").asInt() >= 1, 40);
        assertThat(pending.get("account").get("state").asText()).as(pending.toString()).isEqualTo("PENDING");
        assertThat(pending.get("account").get("failedAttempts").asInt()).isGreaterThanOrEqualTo(1);
        String peerAccount = coreBanking(caseId).get("accountNumber").asText();
        assertThat(peerAccount).startsWith("999");

        fault("OK");
        JsonNode view = awaitAccount(caseId, a -> "OPENED".equals(a.get("state").asText()), 60);
        assertThat(view.get("account").get("state").asText()).as(view.toString()).isEqualTo("OPENED");
        assertThat(view.get("account").get("accountNumber").asText()).endsWith(peerAccount.substring(10));
        JsonNode peer = coreBanking(caseId);
        assertThat(peer.get("orders").asInt()).as("the order was sent again").isGreaterThanOrEqualTo(2);
        assertThat(peer.get("accountNumber").asText()).as("one account for the case").isEqualTo(peerAccount);
    }

    @Test
    void aGarbledReplyIsRetriedUntilAReadableOneArrives() throws Exception {
        fault("GARBLED");
        String caseId = approvedCase("ACCT-IT-GARBLED");
        JsonNode pending = awaitAccount(caseId, a -> a.get("failedAttempts").asInt() >= 1, 30);
        assertThat(pending.get("account").get("state").asText()).as(pending.toString()).isEqualTo("PENDING");
        fault("OK");
        JsonNode view = awaitAccount(caseId, a -> "OPENED".equals(a.get("state").asText()), 60);
        assertThat(view.get("account").get("state").asText()).as(view.toString()).isEqualTo("OPENED");
        assertThat(coreBanking(caseId).get("accountNumber").asText()).endsWith(
                view.get("account").get("accountNumber").asText().substring(10));
    }
}
