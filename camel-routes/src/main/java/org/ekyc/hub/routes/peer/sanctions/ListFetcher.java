package org.ekyc.hub.routes.peer.sanctions;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.time.ZoneOffset;

/**
 * Fetches a set of list files from configured addresses (the publisher's download URLs, or an
 * internal mirror) and hands a changed set to the file-drop update ({@link SanctionsListRoutes}):
 * the files go to a hidden staging directory, are moved into {@code <updates-dir>/<set>/} in one
 * rename, and only then is {@code <set>.ready} created, so the loader never sees half a set. A set
 * whose bytes are the same as the last one fetched (SHA-256 over all files, kept in
 * {@code .fetch-state}) is dropped: publishers re-serve unchanged files all day. Each file is capped
 * in size; a failed or partial download leaves nothing behind and keeps the version in service.
 */
public final class ListFetcher {

    /** Refused download: which address and why (no list content). */
    public static final class FetchException extends Exception {
        private static final long serialVersionUID = 1L;

        FetchException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static final String STATE = ".fetch-state";
    private static final DateTimeFormatter SET_NAME = DateTimeFormatter.ofPattern("'fetched-'yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC);

    private final HttpClient http;
    private final Duration timeout;
    private final long maxBytes;
    private final Clock clock;

    public ListFetcher(Duration timeout, long maxBytes, Clock clock) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
                .version(HttpClient.Version.HTTP_1_1).build();
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /** The addresses of a comma-separated setting; the file name is each address's last path segment. */
    public static List<URI> addresses(String setting) {
        List<URI> out = new ArrayList<>();
        if (setting != null) {
            for (String s : setting.split(",")) {
                if (!s.isBlank()) {
                    URI uri = URI.create(s.trim());
                    if (fileName(uri).isEmpty()) {
                        throw new IllegalArgumentException("no file name in list address " + uri);
                    }
                    out.add(uri);
                }
            }
        }
        return out;
    }

    static String fileName(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.matches("[A-Za-z0-9._-]+") ? name : "";
    }

    /**
     * Downloads every address; when the set differs from the last one, publishes it for loading.
     *
     * @return the set's name ({@code <updates-dir>/<name>/} and {@code <name>.ready}), empty when unchanged
     */
    public Optional<String> fetch(List<URI> addresses, Path updatesDir) throws FetchException, IOException {
        Files.createDirectories(updatesDir);
        Path staging = Files.createTempDirectory(updatesDir, ".fetching-");
        try {
            MessageDigest all = sha256();
            for (URI uri : addresses) {
                download(uri, staging.resolve(fileName(uri)), all);
            }
            String digest = HexFormat.of().formatHex(all.digest());
            Path state = updatesDir.resolve(STATE);
            if (Files.exists(state) && Files.readString(state, StandardCharsets.UTF_8).trim().equals(digest)) {
                return Optional.empty();
            }
            String name = SET_NAME.format(clock.instant());
            Path target = updatesDir.resolve(name);
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging, target);
            }
            Files.writeString(updatesDir.resolve(STATE), digest + "\n", StandardCharsets.UTF_8);
            Files.createFile(updatesDir.resolve(name + ".ready"));
            return Optional.of(name);
        } finally {
            deleteTree(staging);
        }
    }

    private void download(URI uri, Path file, MessageDigest all) throws FetchException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw new FetchException(uri + " answered HTTP " + response.statusCode(), null);
                }
                long written = 0;
                byte[] buffer = new byte[64 * 1024];
                try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), all)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        written += n;
                        if (written > maxBytes) {
                            throw new FetchException(uri + " is larger than " + maxBytes + " bytes", null);
                        }
                        out.write(buffer, 0, n);
                    }
                }
                if (written == 0) {
                    throw new FetchException(uri + " is empty", null);
                }
            }
        } catch (IOException e) {
            throw new FetchException(uri + " could not be read: " + e.getClass().getSimpleName() + " " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(uri + " interrupted", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
