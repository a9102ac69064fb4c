package org.ekyc.hub.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Who a test calls the hub as: a bearer token from the development realm {@code kyc} of the Keycloak the
 * build starts beside WildFly (wildfly-config/src/main/keycloak/kyc-realm.json) — partner systems by
 * client credentials, staff by password through the development-only client {@code kyc-dev-tools}.
 * Tokens are kept until shortly before they expire.
 */
enum As {
    /** The bank's app backend: a partner. */
    BANK_APP("bank-app", null),
    /** An insurer's SOAP system: another partner. */
    INSURER("insurer-soap", null),
    /** An insurer's SOAP system that must sign its messages with WS-Security (kyc.soap.signed-partners). */
    INSURER_SIGNED("insurer-signed", null),
    /** A partner whose tokens live two seconds (for the expired-token test). */
    EXPIRING_PARTNER("expiring-partner", null),
    REVIEWER_1(null, "reviewer-1"),
    /** A reviewer and senior reviewer (the second approval of an ENHANCED case). */
    REVIEWER_2(null, "reviewer-2"),
    AUDITOR(null, "auditor"),
    ADMIN(null, "admin");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<As, Token> TOKENS = new ConcurrentHashMap<>();

    private final String client;
    private final String user;

    As(String client, String user) {
        this.client = client;
        this.user = user;
    }

    /** The principal the hub sees for this caller (the token's preferred_username). */
    String principal() {
        return user != null ? user : "service-account-" + client;
    }

    /** A valid access token (a new one when the kept one expires within 20 s). */
    String token() {
        Token t = TOKENS.get(this);
        if (t == null || t.expires.isBefore(Instant.now().plusSeconds(20))) {
            t = fetch();
            TOKENS.put(this, t);
        }
        return t.value;
    }

    /** A token fetched now, never kept (for a token that must expire). */
    String freshToken() {
        return fetch().value;
    }

    /** The {@code Authorization} header value. */
    String bearer() {
        return "Bearer " + (this == EXPIRING_PARTNER ? freshToken() : token());
    }

    private Token fetch() {
        Map<String, String> form = user == null
                ? Map.of("grant_type", "client_credentials", "client_id", client, "client_secret", "dev-only-" + client + "-secret")
                : Map.of("grant_type", "password", "client_id", "kyc-dev-tools", "username", user, "password", "dev-only-" + user);
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(tokenEndpoint())
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("no token for " + this + " from " + tokenEndpoint() + ": " + r.statusCode()
                        + " " + r.body());
            }
            JsonNode token = JSON.readTree(r.body());
            return new Token(token.get("access_token").asText(),
                    Instant.now().plusSeconds(token.get("expires_in").asLong()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the identity provider does not answer at " + tokenEndpoint()
                    + " (the ITs start it: wildfly-config/src/main/scripts/keycloak.sh)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static URI tokenEndpoint() {
        return URI.create(System.getProperty("it.keycloak.url", "http://localhost:8180") + "/realms/kyc/protocol/openid-connect/token");
    }

    private record Token(String value, Instant expires) {
    }
}
