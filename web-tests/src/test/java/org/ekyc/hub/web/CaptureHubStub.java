package org.ekyc.hub.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * The hub as the customer's page sees it, for the browser tests: {@code /kyc/app/} served from the WAR's source
 * folder, and the steps under {@code /kyc/api/v1/capture/} answered as the hub answers them (JSON of
 * {@code CaptureRequests}, {@code DocumentResponse}, {@code ChallengeResponse}, the case view after a selfie; errors
 * as {@code {code, field, message}} with the hub's own messages in the Accept-Language). It checks what the page
 * sends (token, consent fields, decodable JPEG frames, 5–40 liveness frames in time order) and refuses a step as
 * many times as a test asks.
 */
final class CaptureHubStub implements AutoCloseable {

    static final String TOKEN = "stub-capture-token-0123456789abcdefghijklmnopqrstuvw";
    static final String HANDOFF_CODE = "HK7RM2QPZ9";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> LANGUAGES = Set.of("ko", "en", "zh", "vi");

    private final HttpServer server;
    private final Path webapp;
    private final Map<String, Properties> bundles = new HashMap<>();
    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> tokens = Collections.synchronizedSet(new java.util.HashSet<>(Set.of(TOKEN)));
    private volatile boolean handOffUsed;

    volatile boolean consentGiven;
    /** #18 The customer's refusal of face processing, recorded: the case REJECTED with CONSENT_REFUSED. */
    volatile boolean consentRefused;
    /** #18 The refusal call fails as a hub that does not answer (500) this many more times. */
    volatile int refusalFailures;
    /** #18 The capture mode of the last document upload (CAMERA or UPLOAD). */
    volatile String captureMode;
    /** #18 The field corrections the page sent, {field, value} each. */
    final List<JsonNode> corrections = Collections.synchronizedList(new ArrayList<>());
    /** #18 The funnel events the page sent (POST events), in order. */
    private final List<JsonNode> events = Collections.synchronizedList(new ArrayList<>());
    volatile String document;
    volatile String liveness;
    /** How many more times the document, the liveness check, is refused. */
    volatile int documentRefusals;
    volatile int livenessRefusals;
    /** The liveness outcome once no refusal is left: PASSED, or REVIEW (the passive score uncertain). */
    volatile String livenessOutcome = "PASSED";
    /** The step a reviewer asked the customer to repeat (the hub's progress {@code moreInfo.step}), null when none. */
    volatile String moreInfoStep;

    CaptureHubStub(Path webapp, Path bundleDir) throws IOException {
        this.webapp = webapp;
        bundles.putAll(StubHttp.bundles(bundleDir));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/kyc/app/", this::file);
        server.createContext("/kyc/api/v1/capture/", ex -> {
            try {
                api(ex);
            } catch (RuntimeException e) {
                e.printStackTrace();
                send(ex, 500, JSON.createObjectNode().put("code", "INTERNAL_ERROR"));
            }
        });
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The capture calls seen, as "METHOD step". */
    List<String> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    /** #18 The funnel events received, in order. */
    List<JsonNode> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    String message(String code, String lang) {
        return bundles.get(lang).getProperty("reason." + code);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void file(HttpExchange ex) throws IOException {
        StubHttp.file(ex, webapp, "/kyc/app/");
    }

    private void api(HttpExchange ex) throws IOException {
        String step = ex.getRequestURI().getPath().substring("/kyc/api/v1/capture/".length());
        String method = ex.getRequestMethod();
        String lang = language(ex.getRequestHeaders().getFirst("Accept-Language"));
        calls.add(method + " " + step);
        JsonNode body = method.equals("POST") ? readBody(ex.getRequestBody()) : null;
        if (step.equals("handoff/redeem")) {
            String code = body == null ? "" : body.path("code").asText("").replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
            if (handOffUsed || !code.equals(HANDOFF_CODE)) {
                error(ex, 401, "HANDOFF_CODE_INVALID", null, lang);
                return;
            }
            handOffUsed = true;
            String phone = "stub-phone-token-" + System.nanoTime();
            tokens.add(phone);
            send(ex, 200, JSON.createObjectNode().put("caseId", "CASE-STUB").put("captureToken", phone)
                    .put("expiresAt", Instant.now().plusSeconds(1200).toString()));
            return;
        }
        if (!tokens.contains(String.valueOf(ex.getRequestHeaders().getFirst("X-Capture-Token")))) {
            error(ex, 401, "CAPTURE_TOKEN_INVALID", null, lang);
            return;
        }
        switch (method + " " + step) {
            case "GET case" -> send(ex, 200, progress(lang));
            case "POST consent" -> {
                if (consentRefused) {
                    error(ex, 409, "CONSENT_ALREADY_ANSWERED", "consent", lang);
                    return;
                }
                if (!body.path("noticeVersion").isTextual() || !LANGUAGES.contains(body.path("language").asText())
                        || body.path("templateRetentionDays").asInt() < 1 || body.path("templateRetentionDays").asInt() > 30) {
                    error(ex, 400, "MALFORMED_REQUEST", "consent", lang);
                    return;
                }
                consentGiven = true;
                send(ex, 200, progress(lang));
            }
            case "POST consent/refusal" -> {
                if (refusalFailures > 0) {
                    refusalFailures--;
                    error(ex, 500, "INTERNAL_ERROR", null, lang);
                    return;
                }
                if (!body.path("noticeVersion").isTextual() || !LANGUAGES.contains(body.path("language").asText())) {
                    error(ex, 400, "MALFORMED_REQUEST", "consent", lang);
                    return;
                }
                if (consentGiven) {
                    error(ex, 409, "CONSENT_ALREADY_ANSWERED", "consent", lang);
                    return;
                }
                consentRefused = true;
                send(ex, 200, progress(lang));
            }
            case "POST events" -> {
                // the hub's vocabulary (FunnelEvent.of): anything else is 400 FUNNEL_EVENT_INVALID naming the field
                String bad = !Set.of("consent", "document", "liveness", "done", "handoff", "help").contains(body.path("step").asText()) ? "step"
                        : !Set.of("SHOWN", "EXIT", "RESUME", "FAILED").contains(body.path("event").asText()) ? "event"
                        : !LANGUAGES.contains(body.path("language").asText()) ? "language"
                        : !Set.of("PHONE", "TABLET", "DESKTOP").contains(body.path("deviceClass").asText()) ? "deviceClass"
                        : !body.path("reason").isNull() && !body.path("reason").isMissingNode()
                                && !body.path("reason").asText().matches("[A-Z][A-Z0-9_]{0,63}") ? "reason" : null;
                if (bad != null) {
                    error(ex, 400, "FUNNEL_EVENT_INVALID", bad, lang);
                    return;
                }
                events.add(body);
                StubHttp.send(ex, 202, JSON.createObjectNode());
            }
            case "POST document/corrections" -> {
                // #18 the customer's values for fields the hub read: {corrections: [{field, value}]}, 1..20
                JsonNode list = body.path("corrections");
                if (!list.isArray() || list.isEmpty() || list.size() > 20) {
                    error(ex, 400, "FIELD_REQUIRED", "corrections", lang);
                    return;
                }
                for (JsonNode c : list) {
                    if (!c.path("field").isTextual() || c.path("value").asText("").isBlank() || c.has("read")) {
                        error(ex, 400, "MALFORMED_REQUEST", "corrections", lang);
                        return;
                    }
                }
                list.forEach(corrections::add);
                send(ex, 200, progress(lang));
            }
            case "POST document" -> document(ex, body, lang);
            case "GET liveness/challenge" -> {
                if (consentRefused) {
                    error(ex, 409, "CONSENT_REFUSED", "consent", lang);
                    return;
                }
                if (!consentGiven) {
                    error(ex, 400, "CONSENT_REQUIRED", null, lang);
                    return;
                }
                ObjectNode c = JSON.createObjectNode().put("nonce", "nonce-" + System.nanoTime())
                        .put("expiresAt", Instant.now().plusSeconds(60).toString());
                c.putArray("actions").add("TURN_LEFT").add("BLINK");
                send(ex, 200, c);
            }
            case "POST selfie" -> selfie(ex, body, lang);
            case "POST handoff" -> send(ex, 200, JSON.createObjectNode().put("code", HANDOFF_CODE)
                    .put("expiresAt", Instant.now().plusSeconds(600).toString()));
            default -> error(ex, 404, "NOT_FOUND", null, lang);
        }
    }

    private void document(HttpExchange ex, JsonNode body, String lang) throws IOException {
        JsonNode frames = body.path("frames");
        if (!frames.isArray() || frames.isEmpty() || frames.size() > 5 || !frames.get(0).isTextual()) {
            error(ex, 400, "DOCUMENT_FRAME_COUNT", "frames", lang);
            return;
        }
        for (JsonNode f : frames) {
            if (ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(f.asText()))) == null) {
                error(ex, 422, "IMAGE_UNREADABLE", "image", lang);
                return;
            }
        }
        String mode = body.path("captureMode").asText("CAMERA");
        if (!Set.of("CAMERA", "UPLOAD").contains(mode)) {
            error(ex, 400, "MALFORMED_REQUEST", "captureMode", lang);
            return;
        }
        captureMode = mode;
        ObjectNode r = JSON.createObjectNode().put("documentType", body.path("expectedType").asText("PASSPORT_TD3"));
        ArrayNode reasons = r.putArray("reasons");
        ArrayNode fields = r.putArray("fields");
        if (documentRefusals > 0) {
            documentRefusals--;
            document = "RETAKE";
            r.put("outcome", "RETAKE");
            reasons.add(reason("IMAGE_BLURRED", lang));
        } else if (mode.equals("UPLOAD")) {
            // #18 a file is never approved automatically: a person looks at it
            document = "REVIEW";
            r.put("outcome", "REVIEW");
            reasons.add(reason("DOCUMENT_UPLOADED_NOT_CAPTURED", lang));
            field(fields, "surname", "NGUYEN");
            field(fields, "givenNames", "VAN AN");
        } else {
            document = "ACCEPTED";
            r.put("outcome", "ACCEPTED");
            field(fields, "surname", "NGUYEN");
            field(fields, "givenNames", "VAN AN");
            field(fields, "documentNumber", "C1234567");
            field(fields, "birthDate", "1994-03-17");
        }
        r.putNull("caseView");
        send(ex, 200, r);
    }

    private void selfie(HttpExchange ex, JsonNode body, String lang) throws IOException {
        JsonNode frames = body.path("frames");
        if (!body.path("nonce").asText("").startsWith("nonce-")) {
            error(ex, 400, "LIVENESS_CHALLENGE_UNKNOWN", "nonce", lang);
            return;
        }
        if (!String.valueOf(ex.getRequestHeaders().getFirst("X-Capture-Device")).matches("[A-Za-z0-9-]{8,64}")) {
            error(ex, 400, "MALFORMED_REQUEST", "X-Capture-Device", lang);
            return;
        }
        // the hub's own bounds: the liveness policy's 5 at least, FaceCheckFlow's 30 at most
        if (!frames.isArray() || frames.size() < 5 || frames.size() > 30) {
            error(ex, 400, "LIVENESS_FRAME_COUNT", "frames", lang);
            return;
        }
        long last = Long.MIN_VALUE;
        for (JsonNode f : frames) {
            if (f.path("capturedAt").asLong() <= last) {
                error(ex, 400, "LIVENESS_FRAME_TIMING", "frames", lang);
                return;
            }
            last = f.path("capturedAt").asLong();
        }
        if (ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(frames.get(0).path("image").asText()))) == null) {
            error(ex, 400, "FACE_IMAGE_UNREADABLE", "frames", lang);
            return;
        }
        ObjectNode r = JSON.createObjectNode().put("caseId", "CASE-STUB");
        ArrayNode reasons = r.putArray("reasons");
        ObjectNode face = r.putObject("face");
        if (livenessRefusals > 0) {
            livenessRefusals--;
            liveness = "FAILED";
            r.put("status", "RETRY");
            face.put("liveness", "FAILED");
            // the answer is the whole case, as the hub's is: its other reasons come with the liveness one
            reasons.add(reason("DOCUMENT_NAME_VARIANT", lang));
            reasons.add(reason("LIVENESS_ACTION_MISSING", lang));
        } else {
            liveness = livenessOutcome;
            r.put("status", "REVIEW");
            face.put("liveness", livenessOutcome).put("match", "MATCH");
        }
        send(ex, 200, r);
    }

    private ObjectNode progress(String lang) {
        ObjectNode p = JSON.createObjectNode().put("caseId", "CASE-STUB").put("status", consentRefused ? "REJECTED" : "OPENED")
                .put("consentGiven", consentGiven).put("document", document).put("liveness", liveness);
        p.putNull("faceMatch");
        p.putNull("phone");
        ArrayNode reasons = p.putArray("reasons");
        if (consentRefused) {
            reasons.add(reason("CONSENT_REFUSED", lang));
        }
        if (moreInfoStep != null) {
            p.put("status", "RETRY");
            p.putObject("moreInfo").put("step", moreInfoStep).put("reasonCode", "DOCUMENT_PHOTO_UNCLEAR")
                    .put("reason", "Document photo unclear");
        }
        return p;
    }

    private ObjectNode reason(String code, String lang) {
        return JSON.createObjectNode().put("code", code).put("message", message(code, lang));
    }

    private static void field(ArrayNode fields, String name, String value) {
        fields.addObject().put("field", name).put("source", "MRZ").put("value", value).put("confidence", 0.98);
    }

    private void error(HttpExchange ex, int status, String code, String field, String lang) throws IOException {
        String message = message(code, lang);
        send(ex, status, JSON.createObjectNode().put("code", code).put("field", field).put("message", message == null ? code : message));
    }

    private static String language(String acceptLanguage) {
        return StubHttp.language(acceptLanguage);
    }

    private static JsonNode readBody(InputStream in) throws IOException {
        return StubHttp.readBody(in);
    }

    private static void send(HttpExchange ex, int status, JsonNode body) throws IOException {
        StubHttp.send(ex, status, body);
    }
}
