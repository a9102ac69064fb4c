package org.ekyc.hub.bench.peers;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bench's bearer token: the development realm's partner client {@code bank-app} by client credentials
 * from the Keycloak the start command runs beside the hub ({@code BENCH_KEYCLOAK_URL}, default
 * {@code http://localhost:8180}); fetched again before it expires, so a long run keeps calling.
 */
public final class PartnerToken {

    private static final Pattern ACCESS = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern EXPIRES = Pattern.compile("\"expires_in\"\\s*:\\s*(\\d+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static String token;
    private static Instant renewAt = Instant.MIN;

    private PartnerToken() {
    }

    /** {@code Authorization} header value. */
    public static synchronized String bearer() {
        if (Instant.now().isAfter(renewAt)) {
            String base = System.getenv().getOrDefault("BENCH_KEYCLOAK_URL", "http://localhost:8180");
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/realms/kyc/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=bank-app"
                                + "&client_secret=dev-only-bank-app-secret", StandardCharsets.UTF_8)).build(),
                        HttpResponse.BodyHandlers.ofString());
                Matcher access = ACCESS.matcher(r.body());
                Matcher expires = EXPIRES.matcher(r.body());
                if (r.statusCode() != 200 || !access.find() || !expires.find()) {
                    throw new IllegalStateException("no token from " + base + ": " + r.statusCode() + " " + r.body());
                }
                token = access.group(1);
                renewAt = Instant.now().plusSeconds(Math.max(5, Long.parseLong(expires.group(1)) - 30));
            } catch (java.io.IOException e) {
                throw new IllegalStateException("the identity provider does not answer at " + base
                        + " (start the hub with ./mvnw -Prun install -DskipTests, which starts Keycloak beside it)", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return "Bearer " + token;
    }
}
