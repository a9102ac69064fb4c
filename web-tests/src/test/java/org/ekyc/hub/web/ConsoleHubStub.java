package org.ekyc.hub.web;

import static org.ekyc.hub.web.StubHttp.JSON;
import static org.ekyc.hub.web.StubHttp.language;
import static org.ekyc.hub.web.StubHttp.raw;
import static org.ekyc.hub.web.StubHttp.readBody;
import static org.ekyc.hub.web.StubHttp.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The hub as the staff console sees it, for the browser tests: {@code /kyc/console/} served from the WAR's source
 * folder (with {@code /kyc/app/}'s modules it shares and the Chart.js WebJar from the class path, as the container
 * serves a WebJar's {@code META-INF/resources}), {@code GET /kyc/api/v1/console/config}, the review, decision and
 * operations calls of the console contract on an in-memory seeded set of cases (claims, match dispositions, four
 * eyes for ENHANCED cases, 403 {@code ACCESS_DENIED} for a role the operation does not allow), and on a second port
 * (another origin, as the identity provider is) a tiny OpenID provider: a sign-in page asking only a user name, a
 * token endpoint that checks the PKCE verifier and answers an unsigned JWT-shaped token with
 * {@code realm_access.roles} and {@code preferred_username}. Tokens are only as good as the stub's own memory.
 */
final class ConsoleHubStub implements AutoCloseable {

    static final String CLIENT_ID = "staff-console";
    /** The demo realm's staff and their realm roles (wildfly-config keycloak/kyc-realm.json). */
    static final Map<String, List<String>> USERS = Map.of(
            "reviewer-1", List.of("reviewer"),
            "reviewer-2", List.of("reviewer", "senior-reviewer"),
            "auditor", List.of("auditor"),
            "admin", List.of("admin"));
    private static final Set<String> READERS = Set.of("reviewer", "senior-reviewer", "auditor");
    private static final Set<String> DECIDERS = Set.of("reviewer", "senior-reviewer");
    private static final Set<String> OPERATIONS = Set.of("admin", "auditor", "senior-reviewer");
    private static final Map<String, String> EXTRA_MESSAGES = Map.of(
            "CASE_CLAIMED", "Another reviewer holds this case.",
            "DECISION_REASON_UNKNOWN", "Choose a reason from the list for this outcome.");
    /** Decision reasons: code, outcomes, label per language. */
    static final List<Reason> REASONS = List.of(
            new Reason("EVIDENCE_CONSISTENT", List.of("APPROVED"), Map.of("en", "Evidence consistent", "ko", "증거 일치",
                    "zh", "证据一致", "vi", "Bằng chứng nhất quán")),
            new Reason("DOCUMENT_NOT_GENUINE", List.of("REJECTED"), Map.of("en", "Document not genuine", "ko", "위조 신분증",
                    "zh", "证件不真实", "vi", "Giấy tờ không thật")),
            new Reason("SANCTIONS_CONFIRMED", List.of("REJECTED"), Map.of("en", "Sanctions match confirmed", "ko", "제재 대상 확인",
                    "zh", "确认制裁命中", "vi", "Xác nhận trùng danh sách trừng phạt")),
            new Reason("DOCUMENT_PHOTO_UNCLEAR", List.of("MORE_INFO"), Map.of("en", "Document photo unclear", "ko", "신분증 사진 불명확",
                    "zh", "证件照片不清晰", "vi", "Ảnh giấy tờ không rõ")),
            // the hub's further reasons: two to reject, two to ask for more (the step each re-opens in STEPS)
            new Reason("IDENTITY_NOT_CONFIRMED", List.of("REJECTED"), Map.of("en", "Identity could not be confirmed",
                    "ko", "본인 확인 불가", "zh", "无法确认身份", "vi", "Không xác nhận được danh tính")),
            new Reason("FACE_NOT_THE_APPLICANT", List.of("REJECTED"), Map.of("en", "The face does not match the document",
                    "ko", "얼굴이 신분증과 일치하지 않음", "zh", "人脸与证件不符", "vi", "Khuôn mặt không khớp với giấy tờ")),
            new Reason("DOCUMENT_EXPIRED", List.of("MORE_INFO"), Map.of("en", "Document expired: please upload a valid one",
                    "ko", "신분증 유효기간 만료: 유효한 신분증을 올려 주세요", "zh", "证件已过期：请上传有效证件",
                    "vi", "Giấy tờ đã hết hạn: vui lòng tải lên giấy tờ còn hiệu lực")),
            new Reason("SELFIE_UNCLEAR", List.of("MORE_INFO"), Map.of("en", "Selfie unclear: please take it again",
                    "ko", "셀카 불명확: 다시 촬영해 주세요", "zh", "自拍不清晰：请重新拍摄", "vi", "Ảnh selfie không rõ: vui lòng chụp lại")));
    /** The step each MORE_INFO reason re-opens (the hub's DecisionReason.step). */
    static final Map<String, String> STEPS = Map.of("DOCUMENT_PHOTO_UNCLEAR", "DOCUMENT", "DOCUMENT_EXPIRED", "DOCUMENT",
            "SELFIE_UNCLEAR", "FACE");

    record Reason(String code, List<String> outcomes, Map<String, String> labels) {
    }

    /** One seeded case: what the queue, the detail and the dashboard are computed from. */
    static final class StubCase {
        final String id;
        String status;
        final String tier;
        final String product;
        final String channel;
        final String nationality;
        final String language;
        final List<String> reasons;
        final Instant submittedAt;
        final int age;
        /** Decided without a person (the dashboard's automatic share). */
        final boolean automatic;
        final long processingSeconds;
        String assignee;
        String firstApprovalBy;
        String decidedBy;
        int evidenceVersion = 1;
        final List<Match> matches = new ArrayList<>();
        /** A request for more the case waits on: step, reason, by, at; null when none. */
        String[] moreInfo;
        final List<String[]> history = new ArrayList<>();

        StubCase(String id, String status, String tier, String product, String channel, String nationality, String language,
                 List<String> reasons, Instant submittedAt, int age, boolean automatic, long processingSeconds) {
            this.id = id;
            this.status = status;
            this.tier = tier;
            this.product = product;
            this.channel = channel;
            this.nationality = nationality;
            this.language = language;
            this.reasons = reasons;
            this.submittedAt = submittedAt;
            this.age = age;
            this.automatic = automatic;
            this.processingSeconds = processingSeconds;
            history.add(new String[] {submittedAt.toString(), "bank-app", "CASE_OPENED"});
        }

        String ageBand() {
            return age < 30 ? "18-29" : age < 45 ? "30-44" : age < 60 ? "45-59" : "60+";
        }

        boolean waiting() {
            return status.equals("REVIEW");
        }

        boolean overdue(Instant now) {
            return submittedAt.plus(Duration.ofHours(24)).isBefore(now);
        }
    }

    static final class Match {
        final String id;
        final String listedName;
        final String list;
        final double score;
        String disposition;
        String by;
        Instant at;

        Match(String id, String listedName, String list, double score) {
            this.id = id;
            this.listedName = listedName;
            this.list = list;
            this.score = score;
        }
    }

    private record PendingCode(String user, String challenge, String redirectUri) {
    }

    private final HttpServer hub;
    private final HttpServer idp;
    private final Map<String, Properties> bundles = new HashMap<>();
    private final Map<String, PendingCode> codes = new ConcurrentHashMap<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, StubCase> cases = new LinkedHashMap<>();
    final Instant now = Instant.now();
    /** The most cases one reviewer may hold at once. */
    int reviewerLimit = 5;

    ConsoleHubStub(Path console, Path app, Path bundleDir) throws IOException {
        bundles.putAll(StubHttp.bundles(bundleDir));
        seed();
        hub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        hub.createContext("/kyc/console/", ex -> StubHttp.file(ex, console, "/kyc/console/"));
        hub.createContext("/kyc/app/", ex -> StubHttp.file(ex, app, "/kyc/app/"));
        hub.createContext("/kyc/webjars/", this::webjar);
        hub.createContext("/kyc/api/v1/", ex -> guarded(ex, this::api));
        hub.start();
        idp = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        idp.createContext("/realms/kyc/", ex -> guarded(ex, this::oidc));
        idp.start();
    }

    String base() {
        return "http://127.0.0.1:" + hub.getAddress().getPort();
    }

    String issuer() {
        // another origin than the hub's, as the identity provider is: the console's token call crosses origins
        return "http://localhost:" + idp.getAddress().getPort() + "/realms/kyc";
    }

    /** The API calls seen, as "user METHOD path" (user "-" without a valid token). */
    List<String> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    synchronized List<StubCase> cases() {
        return List.copyOf(cases.values());
    }

    synchronized StubCase get(String id) {
        return cases.get(id);
    }

    @Override
    public void close() {
        hub.stop(0);
        idp.stop(0);
    }

    // ---- the seeded cases ----

    private void seed() {
        String[] nat = {"VNM", "KOR", "CHN", "PHL", "VNM", "NPL", "KOR", "VNM"};
        String[] lang = {"vi", "ko", "zh", "en", "vi", "en", "ko", "vi"};
        String[] products = {"ACCOUNT", "LOAN", "INSURANCE", "ACCOUNT", "CARD"};
        String[] channels = {"REST", "SOAP", "REST", "MQ", "BATCH"};
        int n = 0;
        // 24 waiting for a person (two pages of 20), the first ones oldest and overdue
        for (int i = 0; i < 24; i++, n++) {
            boolean enhanced = i % 3 == 0;
            List<String> reasons = enhanced ? List.of("GREY_LIST_NATIONALITY") : i % 3 == 1 ? List.of("DOCUMENT_NAME_VARIANT")
                    : List.of("FACE_MATCH_UNCERTAIN");
            add(new StubCase(id(n), "REVIEW", enhanced ? "ENHANCED" : "STANDARD", products[i % 5], channels[i % 5], nat[i % 8], lang[i % 8],
                    reasons, now.minus(Duration.ofHours(40 - i)), 20 + (i * 7) % 50, false, 0));
        }
        // decided and open cases for the dashboard
        for (int i = 0; i < 36; i++, n++) {
            String status = i < 20 ? "APPROVED" : i < 28 ? "REJECTED" : "IN_PROGRESS";
            List<String> reasons = status.equals("REJECTED") ? List.of(i % 2 == 0 ? "DOCUMENT_BLURRED" : "FACE_MISMATCH")
                    : status.equals("IN_PROGRESS") ? List.of("DOCUMENT_BLURRED") : List.of();
            add(new StubCase(id(n), status, "STANDARD", products[i % 5], channels[i % 5], nat[(i + 3) % 8], lang[(i + 3) % 8],
                    reasons, now.minus(Duration.ofDays(1 + i % 9)), 19 + (i * 11) % 55, status.equals("APPROVED") && i % 4 != 0, 120 + 37L * i));
        }
        // the first ENHANCED case carries a screening match a reviewer must mark before approving
        cases.get(id(0)).matches.add(new Match("M-1", "NGUYEN VAN A", "OFAC", 0.81));
    }

    private static String id(int n) {
        return String.format("KYC-2026-%05d", 1000 + n);
    }

    private void add(StubCase c) {
        cases.put(c.id, c);
    }

    // ---- static files ----

    private void webjar(HttpExchange ex) throws IOException {
        String rel = ex.getRequestURI().getPath().substring("/kyc/".length());
        try (InputStream in = rel.contains("..") ? null : getClass().getClassLoader().getResourceAsStream("META-INF/resources/" + rel)) {
            if (in == null) {
                ex.sendResponseHeaders(404, -1);
                ex.close();
                return;
            }
            raw(ex, 200, StubHttp.type(rel), in.readAllBytes());
        }
    }

    // ---- the identity provider ----

    private void oidc(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath().substring("/realms/kyc".length());
        ex.getResponseHeaders().set("Access-Control-Allow-Origin", base());
        Map<String, String> q = form(ex.getRequestURI().getRawQuery());
        switch (ex.getRequestMethod() + " " + path) {
            case "GET /.well-known/openid-configuration" -> send(ex, 200, JSON.createObjectNode().put("issuer", issuer())
                    .put("authorization_endpoint", issuer() + "/protocol/openid-connect/auth")
                    .put("token_endpoint", issuer() + "/protocol/openid-connect/token")
                    .put("end_session_endpoint", issuer() + "/protocol/openid-connect/logout"));
            case "GET /protocol/openid-connect/auth" -> {
                if (!CLIENT_ID.equals(q.get("client_id")) || !"code".equals(q.get("response_type"))
                        || !"S256".equals(q.get("code_challenge_method")) || q.getOrDefault("code_challenge", "").length() < 43
                        || !q.getOrDefault("redirect_uri", "").startsWith(base() + "/kyc/console/")) {
                    raw(ex, 400, "text/plain", "bad authorization request".getBytes(StandardCharsets.UTF_8));
                    return;
                }
                String hidden = String.join("", q.entrySet().stream().map(e -> "<input type=\"hidden\" name=\"" + html(e.getKey())
                        + "\" value=\"" + html(e.getValue()) + "\">").toList());
                raw(ex, 200, "text/html; charset=utf-8", ("<!DOCTYPE html><html><head><title>Sign in to kyc</title></head><body>"
                        + "<form method=\"post\" action=\"auth\">" + hidden + "<label>User name <input id=\"username\" name=\"username\"></label>"
                        + "<button id=\"kc-login\" type=\"submit\">Sign in</button></form></body></html>").getBytes(StandardCharsets.UTF_8));
            }
            case "POST /protocol/openid-connect/auth" -> {
                Map<String, String> f = form(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                if (!USERS.containsKey(f.get("username"))) {
                    raw(ex, 401, "text/plain", "unknown user".getBytes(StandardCharsets.UTF_8));
                    return;
                }
                String code = UUID.randomUUID().toString();
                codes.put(code, new PendingCode(f.get("username"), f.get("code_challenge"), f.get("redirect_uri")));
                ex.getResponseHeaders().set("Location", f.get("redirect_uri") + "?state=" + enc(f.get("state")) + "&code=" + enc(code));
                ex.sendResponseHeaders(302, -1);
                ex.close();
            }
            case "POST /protocol/openid-connect/token" -> token(ex, form(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            case "GET /protocol/openid-connect/logout" -> {
                ex.getResponseHeaders().set("Location", q.getOrDefault("post_logout_redirect_uri", base() + "/kyc/console/"));
                ex.sendResponseHeaders(302, -1);
                ex.close();
            }
            default -> raw(ex, 404, "text/plain", new byte[0]);
        }
    }

    private void token(HttpExchange ex, Map<String, String> f) throws IOException {
        PendingCode pending = codes.remove(f.getOrDefault("code", ""));
        if (pending == null || !"authorization_code".equals(f.get("grant_type")) || !CLIENT_ID.equals(f.get("client_id"))
                || !pending.redirectUri().equals(f.get("redirect_uri")) || !pending.challenge().equals(s256(f.getOrDefault("code_verifier", "")))) {
            send(ex, 400, JSON.createObjectNode().put("error", "invalid_grant"));
            return;
        }
        ObjectNode claims = JSON.createObjectNode().put("iss", issuer()).put("sub", UUID.randomUUID().toString())
                .put("azp", CLIENT_ID).put("preferred_username", pending.user()).put("exp", Instant.now().plusSeconds(3600).getEpochSecond());
        ArrayNode roles = claims.putObject("realm_access").putArray("roles");
        USERS.get(pending.user()).forEach(roles::add);
        roles.add("default-roles-kyc");
        String jwt = b64(JSON.writeValueAsBytes(JSON.createObjectNode().put("alg", "none").put("typ", "JWT"))) + "."
                + b64(JSON.writeValueAsBytes(claims)) + ".";
        tokens.put(jwt, pending.user());
        send(ex, 200, JSON.createObjectNode().put("access_token", jwt).put("id_token", jwt).put("token_type", "Bearer").put("expires_in", 3600));
    }

    // ---- the hub's API ----

    private void api(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath().substring("/kyc/api/v1/".length());
        String method = ex.getRequestMethod();
        String lang = language(ex.getRequestHeaders().getFirst("Accept-Language"));
        if (method.equals("GET") && path.equals("console/config")) {
            send(ex, 200, JSON.createObjectNode().put("issuer", issuer()).put("clientId", CLIENT_ID));
            return;
        }
        String auth = String.valueOf(ex.getRequestHeaders().getFirst("Authorization"));
        String user = auth.startsWith("Bearer ") ? tokens.get(auth.substring(7)) : null;
        calls.add((user == null ? "-" : user) + " " + method + " " + path);
        if (user == null) {
            ex.getResponseHeaders().set("WWW-Authenticate", "Bearer");
            send(ex, 401, JSON.createObjectNode().put("code", "UNAUTHENTICATED"));
            return;
        }
        List<String> roles = USERS.get(user);
        Map<String, String> q = form(ex.getRequestURI().getRawQuery());
        JsonNode body = method.equals("POST") ? readBody(ex.getRequestBody()) : null;
        String[] p = path.split("/");
        synchronized (this) {
            if (method.equals("GET") && path.equals("review/queue")) {
                if (allowed(ex, roles, READERS, lang)) send(ex, 200, queue(q, user));
            } else if (method.equals("GET") && path.equals("review/decision-reasons")) {
                if (allowed(ex, roles, READERS, lang)) {
                    ArrayNode a = JSON.createArrayNode();
                    REASONS.forEach(r -> {
                        ObjectNode o = a.addObject().put("code", r.code()).put("label", r.labels().get(lang))
                                .put("step", STEPS.get(r.code()));
                        r.outcomes().forEach(o.putArray("outcomes")::add);
                    });
                    send(ex, 200, a);
                }
            } else if (method.equals("POST") && path.equals("review/next")) {
                if (allowed(ex, roles, DECIDERS, lang)) next(ex, user);
            } else if (p.length >= 3 && p[0].equals("review") && p[1].equals("cases")) {
                StubCase c = cases.get(p[2]);
                if (c == null) {
                    error(ex, 404, "CASE_NOT_FOUND", lang);
                } else if (p.length == 3 && method.equals("GET")) {
                    if (allowed(ex, roles, READERS, lang)) {
                        c.history.add(new String[] {Instant.now().toString(), user, "CASE_VIEWED"});
                        send(ex, 200, detail(c));
                    }
                } else if (p.length == 4 && method.equals("POST") && p[3].equals("claim")) {
                    if (allowed(ex, roles, DECIDERS, lang)) claim(ex, c, user, lang);
                } else if (p.length == 4 && method.equals("POST") && p[3].equals("release")) {
                    if (allowed(ex, roles, DECIDERS, lang)) {
                        if (c.assignee != null && !c.assignee.equals(user) && !roles.contains("senior-reviewer")) {
                            error(ex, 409, "CASE_CLAIMED", lang);
                        } else {
                            c.assignee = null;
                            send(ex, 200, item(c));
                        }
                    }
                } else if (p.length == 6 && method.equals("POST") && p[3].equals("matches") && p[5].equals("disposition")) {
                    if (allowed(ex, roles, DECIDERS, lang)) disposition(ex, c, p[4], body, user, lang);
                } else {
                    error(ex, 404, "NOT_FOUND", lang);
                }
            } else if (p.length == 3 && p[0].equals("cases") && p[2].equals("decision") && method.equals("POST")) {
                StubCase c = cases.get(p[1]);
                if (c == null) {
                    error(ex, 404, "CASE_NOT_FOUND", lang);
                } else if (allowed(ex, roles, DECIDERS, lang)) {
                    decide(ex, c, body, user, roles, lang);
                }
            } else if (method.equals("GET") && path.equals("operations/dashboard")) {
                if (allowed(ex, roles, OPERATIONS, lang)) send(ex, 200, dashboard(period(q)));
            } else if (method.equals("GET") && path.equals("operations/dashboard.csv")) {
                if (allowed(ex, roles, OPERATIONS, lang)) raw(ex, 200, "text/csv; charset=utf-8", csv(period(q)).getBytes(StandardCharsets.UTF_8));
            } else {
                error(ex, 404, "NOT_FOUND", lang);
            }
        }
    }

    private boolean allowed(HttpExchange ex, List<String> roles, Set<String> allowed, String lang) throws IOException {
        if (roles.stream().anyMatch(allowed::contains)) {
            return true;
        }
        error(ex, 403, "ACCESS_DENIED", lang);
        return false;
    }

    private ObjectNode queue(Map<String, String> q, String user) {
        Predicate<StubCase> keep = StubCase::waiting;
        keep = keep.and(c -> eq(q, "tier", c.tier) && eq(q, "product", c.product) && eq(q, "channel", c.channel)
                && eq(q, "nationality", c.nationality) && eq(q, "language", c.language)
                && (q.get("reason") == null || c.reasons.contains(q.get("reason")))
                && (q.get("overdue") == null || Boolean.parseBoolean(q.get("overdue")) == c.overdue(now))
                && switch (q.getOrDefault("assigned", "any")) {
                    case "mine" -> user.equals(c.assignee);
                    case "unassigned" -> c.assignee == null;
                    default -> true;
                });
        List<StubCase> all = cases.values().stream().filter(keep).sorted(Comparator.comparing(c -> c.submittedAt)).toList();
        int page = Integer.parseInt(q.getOrDefault("page", "0"));
        int size = Integer.parseInt(q.getOrDefault("size", "20"));
        ObjectNode r = JSON.createObjectNode().put("page", page).put("size", size).put("total", all.size());
        ArrayNode items = r.putArray("items");
        all.stream().skip((long) page * size).limit(size).forEach(c -> items.add(item(c)));
        return r;
    }

    private static boolean eq(Map<String, String> q, String key, String value) {
        return q.get(key) == null || q.get(key).equalsIgnoreCase(value);
    }

    private ObjectNode item(StubCase c) {
        ObjectNode o = JSON.createObjectNode().put("caseId", c.id).put("status", c.status).put("riskTier", c.tier).put("product", c.product)
                .put("channel", c.channel).put("nationality", c.nationality).put("language", c.language);
        c.reasons.forEach(o.putArray("reasons")::add);
        return o.put("submittedAt", c.submittedAt.toString()).put("slaDueAt", c.submittedAt.plus(Duration.ofHours(24)).toString())
                .put("overdue", c.overdue(now)).put("assignee", c.assignee).put("firstApprovalBy", c.firstApprovalBy);
    }

    private void claim(HttpExchange ex, StubCase c, String user, String lang) throws IOException {
        if (c.assignee != null && !c.assignee.equals(user)) {
            error(ex, 409, "CASE_CLAIMED", lang);
        } else if (c.assignee == null && held(user) >= reviewerLimit) {
            error(ex, 409, "REVIEWER_LIMIT_REACHED", lang);
        } else {
            c.assignee = user;
            c.history.add(new String[] {Instant.now().toString(), user, "CASE_CLAIMED"});
            send(ex, 200, item(c));
        }
    }

    private long held(String user) {
        return cases.values().stream().filter(c -> c.waiting() && user.equals(c.assignee)).count();
    }

    private void next(HttpExchange ex, String user) throws IOException {
        StubCase c = cases.values().stream().filter(x -> x.waiting() && x.assignee == null && !user.equals(x.firstApprovalBy))
                .min(Comparator.comparing(x -> x.submittedAt)).orElse(null);
        if (c == null || held(user) >= reviewerLimit) {
            ex.sendResponseHeaders(204, -1);
            ex.close();
            return;
        }
        c.assignee = user;
        c.history.add(new String[] {Instant.now().toString(), user, "CASE_CLAIMED"});
        send(ex, 200, item(c));
    }

    private void disposition(HttpExchange ex, StubCase c, String matchId, JsonNode body, String user, String lang) throws IOException {
        Match m = c.matches.stream().filter(x -> x.id.equals(matchId)).findFirst().orElse(null);
        String d = body == null ? "" : body.path("disposition").asText("");
        if (m == null) {
            error(ex, 404, "NOT_FOUND", lang);
        } else if (!d.equals("MATCH") && !d.equals("NO_MATCH")) {
            error(ex, 400, "MALFORMED_REQUEST", lang);
        } else {
            m.disposition = d;
            m.by = user;
            m.at = Instant.now();
            c.history.add(new String[] {Instant.now().toString(), user, "MATCH_" + d});
            send(ex, 200, detail(c));
        }
    }

    private void decide(HttpExchange ex, StubCase c, JsonNode body, String user, List<String> roles, String lang) throws IOException {
        String decision = body == null ? "" : body.path("decision").asText("");
        String reason = body == null ? "" : body.path("reasonCode").asText("");
        if (!c.waiting()) {
            error(ex, 409, "DECISION_NOT_ALLOWED", lang);
            return;
        }
        if (body != null && body.has("reviewer")) {
            error(ex, 400, "REVIEWER_NOT_CALLER", lang);
            return;
        }
        if (REASONS.stream().noneMatch(r -> r.code().equals(reason) && r.outcomes().contains(decision))) {
            error(ex, 400, "DECISION_REASON_UNKNOWN", lang);
            return;
        }
        if (decision.equals("APPROVED")) {
            // the hub's order: a match marked MATCH leaves only a rejection; any match unmarked blocks the approval
            if (c.matches.stream().anyMatch(m -> "MATCH".equals(m.disposition))) {
                error(ex, 409, "SCREENING_MATCH_CONFIRMED", lang);
                return;
            }
            if (c.matches.stream().anyMatch(m -> m.disposition == null)) {
                error(ex, 409, "MATCHES_NOT_DISPOSED", lang);
                return;
            }
            if (c.tier.equals("ENHANCED")) {
                if (c.firstApprovalBy == null) {
                    c.firstApprovalBy = user;
                    c.history.add(new String[] {Instant.now().toString(), user, "FIRST_APPROVAL"});
                    send(ex, 200, caseJson(c));
                    return;
                }
                if (c.firstApprovalBy.equalsIgnoreCase(user)) {
                    error(ex, 403, "SECOND_REVIEWER_REQUIRED", lang);
                    return;
                }
                if (!roles.contains("senior-reviewer")) {
                    error(ex, 403, "SENIOR_REVIEWER_REQUIRED", lang);
                    return;
                }
            }
        }
        if (decision.equals("MORE_INFO")) {
            // the hub: the step the reason names is re-opened, the case waits for the customer (RETRY), undecided
            c.status = "RETRY";
            c.moreInfo = new String[] {STEPS.get(reason), reason, user, Instant.now().toString()};
            c.assignee = null;
            c.history.add(new String[] {Instant.now().toString(), user, "CASE_MORE_INFO_REQUESTED step=" + STEPS.get(reason)});
            send(ex, 200, caseJson(c));
            return;
        }
        c.status = decision;
        c.decidedBy = user;
        c.assignee = null;
        c.history.add(new String[] {Instant.now().toString(), user, "DECIDED_" + decision});
        send(ex, 200, caseJson(c));
    }

    private ObjectNode caseJson(StubCase c) {
        ObjectNode o = JSON.createObjectNode().put("caseId", c.id).put("status", c.status).put("product", c.product).put("channel", c.channel)
                .put("createdAt", c.submittedAt.toString()).put("updatedAt", Instant.now().toString());
        ArrayNode reasons = o.putArray("reasons");
        c.reasons.forEach(r -> reasons.addObject().put("code", r));
        if (c.firstApprovalBy != null && c.waiting()) {
            reasons.addObject().put("code", "SECOND_APPROVAL_PENDING");
        }
        if (c.moreInfo != null && c.status.equals("RETRY")) {
            reasons.addObject().put("code", "MORE_INFO_REQUESTED");
            o.putObject("decision").putObject("moreInfo").put("step", c.moreInfo[0]).put("reasonCode", c.moreInfo[1])
                    .put("requestedBy", c.moreInfo[2]).put("requestedAt", c.moreInfo[3]);
        }
        return o;
    }

    private ObjectNode detail(StubCase c) {
        ObjectNode d = JSON.createObjectNode();
        d.set("case", caseJson(c));
        boolean variant = c.reasons.contains("DOCUMENT_NAME_VARIANT");
        d.putObject("submitted").put("name", "NGUYEN VAN AN").put("birthDate", "1994-03-17").put("nationality", c.nationality)
                .put("documentNumber", "C1234567");
        ObjectNode doc = d.putObject("document");
        ArrayNode fields = doc.putArray("fields");
        fields.addObject().put("field", "surname").put("value", "NGUYEN").put("source", "MRZ").put("confidence", 0.97);
        fields.addObject().put("field", "givenNames").put("value", variant ? "VAN ANH" : "VAN AN").put("source", "VIZ").put("confidence", 0.88);
        fields.addObject().put("field", "birthDate").put("value", "1994-03-17").put("source", "MRZ").put("confidence", 0.99);
        fields.addObject().put("field", "documentNumber").put("value", "C1234567").put("source", "MRZ").put("confidence", 0.99);
        fields.addObject().put("field", "expiryDate").put("value", "2031-08-30").put("source", "MRZ").put("confidence", 0.98);
        doc.putArray("reasons");
        d.putArray("registries").addObject().put("peer", "immigration").put("outcome", "VALID").put("detail", "stay status F-4")
                .put("at", c.submittedAt.plusSeconds(5).toString());
        ObjectNode sc = d.putObject("screening").put("listVersion", "OFAC-2026-11-28");
        ArrayNode matches = sc.putArray("matches");
        for (Match m : c.matches) {
            ObjectNode o = matches.addObject().put("matchId", m.id).put("listedName", m.listedName).put("list", m.list).put("score", m.score)
                    .put("listVersion", "OFAC-2026-11-28").put("disposition", m.disposition).put("by", m.by)
                    .put("at", m.at == null ? null : m.at.toString());
            o.putArray("evidence").add("name").add("birthDate");
        }
        d.putObject("face").put("matchScore", 0.82).put("threshold", 0.6).put("reviewThreshold", 0.4).put("liveness", "PASSED")
                .put("livenessScore", 0.97);
        ObjectNode risk = d.putObject("risk").put("tier", c.tier);
        c.reasons.forEach(risk.putArray("factors")::add);
        ObjectNode review = d.putObject("review").put("assignee", c.assignee).put("firstApprovalBy", c.firstApprovalBy)
                .put("evidenceVersion", c.evidenceVersion);
        review.putNull("videoInterview");
        review.putNull("sourceOfFunds");
        ArrayNode history = d.putArray("history");
        c.history.forEach(h -> history.addObject().put("at", h[0]).put("actor", h[1]).put("action", h[2]));
        return d;
    }

    // ---- the dashboard ----

    private Instant[] period(Map<String, String> q) {
        return new Instant[] {Instant.parse(q.getOrDefault("from", now.minus(Duration.ofDays(30)).toString())),
                Instant.parse(q.getOrDefault("to", now.plus(Duration.ofDays(1)).toString()))};
    }

    /** The seeded cases submitted in the period: what the dashboard counts. */
    List<StubCase> inPeriod(Instant from, Instant to) {
        return cases().stream().filter(c -> !c.submittedAt.isBefore(from) && c.submittedAt.isBefore(to)).toList();
    }

    private ObjectNode dashboard(Instant[] period) {
        List<StubCase> in = inPeriod(period[0], period[1]);
        long approved = count(in, "APPROVED");
        long rejected = count(in, "REJECTED");
        long decided = approved + rejected;
        long automatic = in.stream().filter(c -> c.automatic).count();
        ObjectNode d = JSON.createObjectNode().put("from", period[0].toString()).put("to", period[1].toString());
        d.putObject("cases").put("total", in.size()).put("approved", approved).put("rejected", rejected).put("review", count(in, "REVIEW"))
                .put("open", in.size() - decided - count(in, "REVIEW"));
        d.put("passRate", decided == 0 ? 0 : (double) approved / decided).put("automaticShare", decided == 0 ? 0 : (double) automatic / decided)
                .put("manualShare", decided == 0 ? 0 : (double) (decided - automatic) / decided);
        ObjectNode ps = d.putObject("processingSeconds");
        List<Long> times = in.stream().filter(c -> c.processingSeconds > 0).map(c -> c.processingSeconds).sorted().toList();
        percentiles(ps.putObject("endToEnd"), times);
        ObjectNode steps = ps.putObject("steps");
        percentiles(steps.putObject("document"), times.stream().map(t -> t / 4).toList());
        percentiles(steps.putObject("face"), times.stream().map(t -> t / 6).toList());
        ArrayNode funnel = d.putArray("funnel");
        String[] fsteps = {"consent", "document", "liveness", "done"};
        for (int i = 0; i < fsteps.length; i++) {
            funnel.addObject().put("step", fsteps[i]).put("shown", 100 - 12 * i).put("exited", i == 3 ? 0 : 5 + 2 * i).put("resumed", i).put("failed", i == 1 ? 4 : 0);
        }
        ArrayNode top = d.putArray("topReasons");
        in.stream().flatMap(c -> c.reasons.stream()).collect(java.util.stream.Collectors.groupingBy(Function.identity(), java.util.TreeMap::new,
                java.util.stream.Collectors.counting())).entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> top.addObject().put("code", e.getKey()).put("count", e.getValue()));
        groups(d.putArray("byNationality"), in, c -> c.nationality);
        groups(d.putArray("byAgeBand"), in, StubCase::ageBand);
        groups(d.putArray("byChannel"), in, c -> c.channel);
        groups(d.putArray("byProduct"), in, c -> c.product);
        return d;
    }

    private static long count(List<StubCase> in, String status) {
        return in.stream().filter(c -> c.status.equals(status)).count();
    }

    private static void percentiles(ObjectNode o, List<Long> sorted) {
        o.put("count", sorted.size());
        for (int p : new int[] {50, 90, 95}) {
            o.put("p" + p, sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)));
        }
    }

    private static void groups(ArrayNode out, List<StubCase> in, Function<StubCase, String> key) {
        Map<String, List<StubCase>> by = new java.util.TreeMap<>();
        in.forEach(c -> by.computeIfAbsent(key.apply(c), k -> new ArrayList<>()).add(c));
        by.forEach((g, list) -> out.addObject().put("group", g).put("count", list.size()).put("rejected", count(list, "REJECTED"))
                .put("review", count(list, "REVIEW")).put("failureRate", (double) count(list, "REJECTED") / list.size()));
    }

    /** The CSV of the same figures: one row per (section, group, metric, value). */
    String csv(Instant[] period) {
        ObjectNode d = dashboard(period);
        StringBuilder s = new StringBuilder("section,group,metric,value\n");
        d.path("cases").fields().forEachRemaining(e -> s.append("cases,,").append(e.getKey()).append(',').append(e.getValue().asText()).append('\n'));
        for (String section : List.of("byNationality", "byAgeBand", "byChannel", "byProduct")) {
            for (JsonNode g : d.path(section)) {
                for (String metric : List.of("count", "rejected", "review", "failureRate")) {
                    s.append(section).append(',').append(g.path("group").asText()).append(',').append(metric).append(',')
                            .append(g.path(metric).asText()).append('\n');
                }
            }
        }
        return s.toString();
    }

    String csv(Instant from, Instant to) {
        synchronized (this) {
            return csv(new Instant[] {from, to});
        }
    }

    // ---- plumbing ----

    private interface Handler {
        void handle(HttpExchange ex) throws IOException;
    }

    private static void guarded(HttpExchange ex, Handler h) throws IOException {
        try {
            h.handle(ex);
        } catch (RuntimeException e) {
            e.printStackTrace();
            send(ex, 500, JSON.createObjectNode().put("code", "INTERNAL_ERROR"));
        }
    }

    private void error(HttpExchange ex, int status, String code, String lang) throws IOException {
        String message = bundles.get(lang).getProperty("reason." + code, EXTRA_MESSAGES.getOrDefault(code, code)).replace("{0}", code);
        send(ex, status, JSON.createObjectNode().put("code", code).putNull("field").put("message", message));
    }

    String message(String code, String lang) {
        return bundles.get(lang).getProperty("reason." + code, EXTRA_MESSAGES.getOrDefault(code, code));
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> m = new LinkedHashMap<>();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                int i = pair.indexOf('=');
                String k = URLDecoder.decode(i < 0 ? pair : pair.substring(0, i), StandardCharsets.UTF_8);
                String v = i < 0 ? "" : URLDecoder.decode(pair.substring(i + 1), StandardCharsets.UTF_8);
                if (!v.isEmpty()) {
                    m.put(k, v);
                }
            }
        }
        return m;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    private static String b64(byte[] b) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String s256(String verifier) {
        try {
            return b64(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
