package org.ekyc.hub.verification.screening.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.ekyc.hub.verification.screening.MalformedListException;

/**
 * The files of one list set as bytes, by file name, with the SHA-256 that identifies the set: the same
 * files give the same hash on every node, whatever the directory they came from. Hidden files and
 * sub-directories are not part of a set. A set is bounded ({@link #MAX_BYTES}): official list files
 * together are a few megabytes.
 */
public record ListSet(Map<String, byte[]> files, String sha256) {

    /** The largest set accepted, all files together. */
    static final long MAX_BYTES = 256L * 1024 * 1024;

    /** The longest file name kept. */
    static final int MAX_NAME = 200;

    public ListSet {
        files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
    }

    public static ListSet of(Map<String, byte[]> files) {
        return new ListSet(files, hash(new TreeMap<>(files)));
    }

    /** Reads the set in a directory. */
    public static ListSet read(Path directory) throws MalformedListException {
        Map<String, byte[]> files = new TreeMap<>();
        long total = 0;
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path file : (Iterable<Path>) entries.sorted()::iterator) {
                String name = file.getFileName().toString();
                if (name.startsWith(".") || !Files.isRegularFile(file)) {
                    continue;
                }
                if (name.length() > MAX_NAME) {
                    throw new MalformedListException(name.substring(0, 40) + "…", "directory", "file name longer than "
                            + MAX_NAME + " characters");
                }
                total += Files.size(file);
                if (total > MAX_BYTES) {
                    throw new MalformedListException(name, "directory", "the set is larger than " + MAX_BYTES + " bytes");
                }
                files.put(name, Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new MalformedListException(directory.toString(), "directory", "cannot be read: " + e, e);
        }
        return of(files);
    }

    /** Writes the files into an empty directory (to be read by the list mappers). */
    public void writeTo(Path directory) throws IOException {
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Files.write(directory.resolve(f.getKey()), f.getValue());
        }
    }

    private static String hash(TreeMap<String, byte[]> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                // name and length before the bytes: no two different sets hash the same stream
                sha.update(f.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Long.toString(f.getValue().length).getBytes(StandardCharsets.US_ASCII));
                sha.update((byte) 0);
                sha.update(f.getValue());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
