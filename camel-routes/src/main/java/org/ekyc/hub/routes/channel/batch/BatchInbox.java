package org.ekyc.hub.routes.channel.batch;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;
import org.ekyc.hub.verification.api.LocalizedMessages;
import org.ekyc.hub.verification.api.ReasonCode;

/**
 * What of the batch inbox the file consumer may take, and what it must not: only regular files named
 * {@code *.dat} are read ({@link #FILTER}; a FIFO would block the reader for ever, a symbolic link would
 * read what it points at, a directory cannot be read). Anything else named {@code *.dat} is moved, never
 * opened, to {@code error/} beside a {@code .reason} by {@link #sweep}. Reason files are key=value lines
 * with every control character of a name or detail escaped, so no name can forge a line.
 */
final class BatchInbox {

    private BatchInbox() {
    }

    /** The consumer's filter: a regular file (links not followed) whose name ends in {@code .dat}. */
    static final GenericFileFilter<File> FILTER = BatchInbox::accept;

    static boolean accept(GenericFile<File> file) {
        return !file.isDirectory() && isBatchName(file.getFileNameOnly())
                && Files.isRegularFile(file.getFile().toPath(), LinkOption.NOFOLLOW_LINKS);
    }

    static boolean isBatchName(String name) {
        return name != null && name.endsWith(".dat");
    }

    /**
     * Moves every entry of {@code inbox} named {@code *.dat} that is not a regular file (a directory, a FIFO,
     * a device, a symbolic link) to {@code error} with a reason file, by renaming it: it is never opened.
     *
     * @return the names moved
     */
    static List<String> sweep(Path inbox, Path error) throws IOException {
        List<String> moved = new ArrayList<>();
        if (!Files.isDirectory(inbox)) {
            return moved;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(inbox)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!isBatchName(name) || Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                String kind = Files.isSymbolicLink(entry) ? "a symbolic link" : Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)
                        ? "a directory" : "a FIFO, socket or device";
                Files.createDirectories(error);
                Path target = free(error, name);
                Files.move(entry, target);
                Files.writeString(free(error, target.getFileName() + ".reason"),
                        reason(name, ReasonCode.MALFORMED_RECORD, 0, "not a regular file: " + kind), StandardCharsets.UTF_8);
                moved.add(name);
            }
        }
        return moved;
    }

    /** The reason file's text: machine-readable key=value lines, then the message for operators. */
    static String reason(String fileName, ReasonCode code, int line, String detail) {
        return "file=" + escape(fileName) + "\n"
                + "reasonCode=" + code.name() + "\n"
                + "line=" + line + "\n"
                + "detail=" + escape(detail) + "\n"
                + "rejectedAt=" + Instant.now() + "\n"
                + "message=" + escape(LocalizedMessages.message(code, Locale.ENGLISH, detail)) + "\n";
    }

    /** {@code s} on one line: control characters as {@code \\uXXXX}, backslashes doubled. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                out.append("\\\\");
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether a file name carries a control character (a line end, an escape). */
    static boolean hasControl(String name) {
        return name != null && name.chars().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029');
    }

    private static Path free(Path dir, String name) {
        Path target = dir.resolve(name);
        return Files.exists(target, LinkOption.NOFOLLOW_LINKS) ? dir.resolve(name + "." + System.nanoTime()) : target;
    }
}
