package org.ekyc.hub.bench.crash;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A partner dropping batch files (LRECL 128: header, details, trailer; docs/peers.md) into the
 * hub's inbox at a steady pace while the hub is up. A file is accepted once it is renamed into the
 * inbox; the hub owns it from then on. Each detail has its own record sequence, so its own
 * idempotency key (partner, file sequence, record sequence). Result files are read from the outbox.
 */
final class BatchStream extends LoadStream {

    private static final Charset MS949 = Charset.forName("MS949");

    /** One detail's line in a result file: the case it names and its return code. */
    record ResultLine(String caseId, String returnCode, String rest) {
    }

    private final Path batchDir;
    private final String partner;
    private final int recordsPerFile;
    private final long paceMillis;
    /** file sequence → file name, in the order dropped */
    final List<String> files = new CopyOnWriteArrayList<>();
    /** "fileSeq:recordSeq" → every different result line seen for it */
    final Map<String, List<ResultLine>> seen = new ConcurrentHashMap<>();

    BatchStream(Path batchDir, String partner, int recordsPerFile, long paceMillis) {
        this.batchDir = batchDir;
        this.partner = partner;
        this.recordsPerFile = recordsPerFile;
        this.paceMillis = paceMillis;
    }

    void start() {
        start("batch", this::dropLoop);
    }

    int records() {
        return files.size() * recordsPerFile;
    }

    private void dropLoop() {
        while (!stopped) {
            if (up && generating) {
                try {
                    drop(files.size() + 1);
                } catch (Exception e) {
                    System.err.println("batch: could not drop a file: " + e);
                }
            }
            sleep(paceMillis);
        }
    }

    private static String field(String s, int n) {
        return String.format("%-" + n + "." + n + "s", s);
    }

    private void drop(int fileSeq) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add(field("H20261203" + field(partner, 10) + String.format("%06d", fileSeq), 128));
        for (int r = 1; r <= recordsPerFile; r++) {
            lines.add(field("D" + String.format("%06d", r) + field(partner + fileSeq + "-" + r, 20) + field("NGUYEN", 30)
                    + field("VAN AN", 30) + "VNM" + "19940317" + field("ACCOUNT", 10), 128));
        }
        lines.add(field("T" + String.format("%06d", recordsPerFile), 128));
        String name = "KYC_" + partner + "_" + String.format("%06d", fileSeq) + ".dat";
        Path inbox = Files.createDirectories(batchDir.resolve("inbox"));
        Path tmp = Files.createTempFile(batchDir, "upload", ".tmp");
        Files.write(tmp, lines, MS949);
        Files.move(tmp, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        files.add(name);
    }

    /** Reads every result file present, remembering each detail's lines; returns the files still without one. */
    List<String> readResults() throws Exception {
        List<String> missing = new ArrayList<>();
        for (int f = 1; f <= files.size(); f++) {
            String name = files.get(f - 1);
            Path result = batchDir.resolve("outbox").resolve(name.replace(".dat", ".result"));
            List<String> lines;
            try {
                lines = Files.readAllLines(result, MS949);
            } catch (java.nio.file.NoSuchFileException notYet) {
                missing.add(name);
                continue;
            }
            Map<Integer, Integer> perRecord = new HashMap<>();
            for (String l : lines) {
                if (!l.startsWith("R") || l.length() < 75) {
                    continue;
                }
                int rec = Integer.parseInt(l.substring(1, 7));
                perRecord.merge(rec, 1, Integer::sum);
                ResultLine line = new ResultLine(l.substring(27, 63).trim(), l.substring(63, 65), l.substring(65).trim());
                List<ResultLine> known = seen.computeIfAbsent(f + ":" + rec, k -> new CopyOnWriteArrayList<>());
                if (!known.contains(line)) {
                    known.add(line);
                }
            }
            if (perRecord.size() != recordsPerFile || perRecord.values().stream().anyMatch(c -> c != 1)) {
                // a result file must carry each detail exactly once
                seen.computeIfAbsent(f + ":malformed", k -> new CopyOnWriteArrayList<>())
                        .add(new ResultLine("", "??", name + " has " + perRecord + " result lines"));
            }
        }
        return missing;
    }
}
