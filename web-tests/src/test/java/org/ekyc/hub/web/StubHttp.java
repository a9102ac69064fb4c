package org.ekyc.hub.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/** What the browser tests' stubs of the hub share: static files, JSON answers, the caller's language, the hub's messages. */
final class StubHttp {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Set<String> LANGUAGES = Set.of("ko", "en", "zh", "vi");

    private StubHttp() {
    }

    /** The hub's reason messages per language (messages_{ko,en,zh,vi}.properties of the API module). */
    static Map<String, Properties> bundles(Path bundleDir) throws IOException {
        Map<String, Properties> bundles = new HashMap<>();
        for (String lang : LANGUAGES) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(bundleDir.resolve("messages_" + lang + ".properties"), StandardCharsets.UTF_8)) {
                p.load(r);
            }
            bundles.put(lang, p);
        }
        return bundles;
    }

    /** A file below {@code root} for the path after {@code prefix} (index.html for the folder), else 404. */
    static void file(HttpExchange ex, Path root, String prefix) throws IOException {
        String rel = ex.getRequestURI().getPath().substring(prefix.length());
        Path f = root.resolve(rel.isEmpty() ? "index.html" : rel).normalize();
        if (!f.startsWith(root) || !Files.isRegularFile(f)) {
            ex.sendResponseHeaders(404, -1);
            ex.close();
            return;
        }
        raw(ex, 200, type(f.getFileName().toString()), Files.readAllBytes(f));
    }

    static String type(String name) {
        return name.endsWith(".html") ? "text/html; charset=utf-8" : name.endsWith(".js") ? "text/javascript; charset=utf-8"
                : name.endsWith(".css") ? "text/css; charset=utf-8" : name.endsWith(".json") ? "application/json; charset=utf-8"
                : "application/octet-stream";
    }

    /** The first of the Accept-Language tags the hub speaks, else English. */
    static String language(String acceptLanguage) {
        if (acceptLanguage != null) {
            for (String part : acceptLanguage.split(",")) {
                String primary = part.trim().split("[-;]")[0].toLowerCase(Locale.ROOT);
                if (LANGUAGES.contains(primary)) {
                    return primary;
                }
            }
        }
        return "en";
    }

    static JsonNode readBody(InputStream in) throws IOException {
        byte[] b = in.readAllBytes();
        return b.length == 0 ? null : JSON.readTree(b);
    }

    static void raw(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            ex.getResponseBody().write(body);
        }
        ex.close();
    }

    static void send(HttpExchange ex, int status, JsonNode body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "application/json");
        raw(ex, status, "application/json", JSON.writeValueAsBytes(body));
    }
}
