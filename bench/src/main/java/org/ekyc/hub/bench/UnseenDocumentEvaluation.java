package org.ekyc.hub.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ekyc.hub.bench.document.unseen.Capture;
import org.ekyc.hub.bench.document.unseen.UnseenDocuments;
import org.ekyc.hub.bench.document.unseen.UnseenDocuments.Document;
import org.ekyc.hub.bench.document.unseen.UnseenDocuments.Kind;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.document.DocumentField;
import org.ekyc.hub.verification.api.document.DocumentReading;
import org.ekyc.hub.verification.api.document.DocumentType;
import org.ekyc.hub.verification.api.document.FieldSource;
import org.ekyc.hub.verification.api.document.Finding;
import org.ekyc.hub.verification.api.document.Severity;
import org.ekyc.hub.verification.document.DocumentChecker;
import org.ekyc.hub.verification.document.ocr.TesseractPool;
import org.ekyc.hub.verification.document.quality.QualityThresholds;

/**
 * Runs the engine's {@link DocumentChecker} (as deployed: the face engine's detector for the
 * portrait checks) on the evaluation set the engine was not built from
 * ({@link UnseenDocuments}: a second generator with its own designs, fonts, margins, backgrounds
 * and captures) and reports, per document type and capture condition: accepted with every key
 * field right, accepted with a key field wrong, RETAKE (with the reasons, and for the severe
 * captures whether the reason is the one expected), REVIEW (with the reasons), REJECTED (every
 * REJECTED genuine document is listed), field accuracy per key field and ms per check (p50/p95,
 * the {@code check} call only). The engine is never told the type: it must classify.
 *
 * <p>Arguments: {@code [documents per type and capture] [seed]}, e.g. {@code 10 7}.
 * {@code -Dbench.preview=<dir>} writes the first document of each type and capture there as JPEG;
 * {@code -Dbench.verbose=true} prints each wrong key field and each finding to stderr (synthetic
 * values only); {@code -Dbench.profile=true} prints where the checks' time went (OCR by profile, face
 * detection). The set is for measuring: never tune the engine on it.
 */
public final class UnseenDocumentEvaluation {

    /** The reference date every generated document is valid on (and the engine's clock). */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final boolean VERBOSE = Boolean.getBoolean("bench.verbose");
    /** -Dbench.profile=true: time every OCR call by profile and every face detection, print the totals. */
    private static final boolean PROFILE = Boolean.getBoolean("bench.profile");

    private UnseenDocumentEvaluation() {
    }

    private enum Outcome { ACCEPTED, REVIEW, RETAKE, REJECTED }

    /** Counts for one (type, capture) cell. */
    private static final class Cell {
        int documents;
        int acceptedAllRight;
        int acceptedWrong;
        int retake;
        int retakeRightReason;
        int review;
        int rejected;
        final Map<ReasonCode, Integer> retakeReasons = new TreeMap<>();
        final Map<ReasonCode, Integer> reviewReasons = new TreeMap<>();
        final Map<ReasonCode, Integer> rejectReasons = new TreeMap<>();
        final List<Double> millis = new ArrayList<>();
    }

    /** How many documents of each type and capture -Dbench.preview writes. */
    private static final int PREVIEW_PER_CELL = Integer.getInteger("bench.previewPerCell", 1);

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 7;
        String preview = System.getProperty("bench.preview");
        // -Dbench.kinds=PASSPORT,RESIDENT_CARD: only these kinds (diagnosis; the reported figures use all of them)
        java.util.Set<String> kinds = new java.util.HashSet<>(List.of(System.getProperty("bench.kinds", "").split(",")));
        kinds.remove("");
        // -Dbench.captures=PHONE_TURNED: only these captures (diagnosis, as bench.kinds)
        java.util.Set<String> captures = new java.util.HashSet<>(List.of(System.getProperty("bench.captures", "").split(",")));
        captures.remove("");
        Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        Map<String, Cell> cells = new LinkedHashMap<>();
        Map<String, Map<DocumentField, int[]>> fieldAccuracy = new LinkedHashMap<>();
        List<String> genuineRejected = new ArrayList<>();
        List<String> specimenResults = new ArrayList<>();
        List<Double> allMillis = new ArrayList<>();
        List<Double> allCpuMillis = new ArrayList<>();
        long started = System.nanoTime();
        try (TesseractPool pool = new TesseractPool(TesseractPool.tessdata(), 1, 120_000);
             org.ekyc.hub.verification.face.ModelRegistry models = org.ekyc.hub.verification.face.ModelRegistry.load()) {
            org.ekyc.hub.verification.imaging.FaceLocator faces = new org.ekyc.hub.verification.face.DocumentFaces(models);
            DocumentChecker checker = PROFILE
                    ? new DocumentChecker(new StageProfile.TimedOcr(pool), QualityThresholds.DEFAULT, clock, new StageProfile.TimedFaces(faces))
                    : new DocumentChecker(pool, QualityThresholds.DEFAULT, clock, faces);
            // warm-up on other seeds: engines initialised, JIT warm; not counted
            for (Kind kind : List.of(Kind.PASSPORT, Kind.RESIDENCE_CARD, Kind.RESIDENT_CARD)) {
                for (int i = 0; i < 2; i++) {
                    checker.check(UnseenDocuments.generate(seed + 1000, kind, i, Capture.SCAN_MARGIN, TODAY).jpeg(), null);
                }
            }
            StageProfile.clear();
            for (Kind kind : Kind.values()) {
                if (!kinds.isEmpty() && !kinds.contains(kind.name())) {
                    continue;
                }
                for (Capture capture : Capture.values()) {
                    boolean specimen = kind == Kind.ICAO_SPECIMEN;
                    if (specimen && !capture.readable() || !captures.isEmpty() && !captures.contains(capture.name())) {
                        continue;
                    }
                    int count = specimen ? 4 : n;
                    System.err.printf(Locale.ROOT, "%s %s (%.0f s)%n", kind, capture, (System.nanoTime() - started) / 1e9);
                    for (int i = 0; i < count; i++) {
                        Document doc = UnseenDocuments.generate(seed, kind, i, capture, TODAY);
                        if (preview != null && (i < PREVIEW_PER_CELL || specimen)) {
                            Path dir = Path.of(preview);
                            Files.createDirectories(dir);
                            Files.write(dir.resolve(kind + "-" + capture + "-" + i + ".jpg"), doc.jpeg());
                        }
                        long start = System.nanoTime();
                        long cpuStart = StageProfile.cpuNanos();
                        DocumentReading reading = checker.check(doc.jpeg(), null);
                        double ms = (System.nanoTime() - start) / 1e6;
                        allMillis.add(ms);
                        allCpuMillis.add((StageProfile.cpuNanos() - cpuStart) / 1e6);
                        StageProfile.record("check (wall)", ms);
                        String typeName = specimen ? doc.sheet().type() + " specimen" : String.valueOf(kind.type());
                        Cell cell = cells.computeIfAbsent(typeName + "|" + capture, k -> new Cell());
                        score(doc, reading, ms, cell, capture.readable() && !specimen
                                ? fieldAccuracy.computeIfAbsent(typeName, k -> new LinkedHashMap<>()) : null,
                                genuineRejected, specimenResults);
                    }
                }
            }
        }
        print(n, seed, cells, fieldAccuracy, genuineRejected, specimenResults, allMillis);
        System.out.printf(Locale.ROOT, "All %d checks, CPU time of the checking thread: ms p50 %.0f, p95 %.0f (a load-independent view of the same work)%n",
                allCpuMillis.size(), percentile(allCpuMillis, 50), percentile(allCpuMillis, 95));
        if (PROFILE) {
            StageProfile.print();
        }
        System.out.printf(Locale.ROOT, "Wall time %.0f s (generation and checks)%n", (System.nanoTime() - started) / 1e9);
    }

    private static Outcome outcome(DocumentReading r) {
        Optional<Severity> worst = r.worst();
        if (worst.isEmpty()) {
            return Outcome.ACCEPTED;
        }
        return switch (worst.get()) {
            case REJECT -> Outcome.REJECTED;
            case RETAKE -> Outcome.RETAKE;
            default -> r.retake() ? Outcome.RETAKE : Outcome.REVIEW;
        };
    }

    private static void score(Document doc, DocumentReading r, double ms, Cell cell, Map<DocumentField, int[]> accuracy,
                              List<String> genuineRejected, List<String> specimenResults) {
        cell.documents++;
        cell.millis.add(ms);
        boolean mrzDocument = doc.sheet().type() == DocumentType.PASSPORT_TD3 || doc.sheet().type() == DocumentType.ID_CARD_TD1;
        boolean allRight = r.type() == doc.sheet().type();
        List<String> wrong = new ArrayList<>();
        if (!allRight) {
            wrong.add("TYPE read " + r.type());
        }
        for (var e : doc.sheet().expected().entrySet()) {
            Optional<String> read = mrzDocument ? r.value(e.getKey(), FieldSource.MRZ).or(() -> r.value(e.getKey(), FieldSource.VIZ))
                    : r.value(e.getKey(), FieldSource.VIZ);
            boolean ok = e.getValue().isEmpty() ? read.map(String::isBlank).orElse(true) : read.map(e.getValue()::equals).orElse(false);
            if (accuracy != null) {
                int[] t = accuracy.computeIfAbsent(e.getKey(), k -> new int[2]);
                t[0] += ok ? 1 : 0;
                t[1]++;
            }
            if (!ok) {
                allRight = false;
                wrong.add(e.getKey() + " expected '" + e.getValue() + "' read '" + read.orElse("-") + "'");
            }
        }
        Outcome outcome = outcome(r);
        switch (outcome) {
            case ACCEPTED -> {
                if (allRight) {
                    cell.acceptedAllRight++;
                } else {
                    cell.acceptedWrong++;
                }
            }
            case RETAKE -> {
                cell.retake++;
                boolean right = r.findings().stream().anyMatch(f -> doc.capture().expectedRetake().contains(f.code()));
                cell.retakeRightReason += right ? 1 : 0;
                count(cell.retakeReasons, r, Severity.RETAKE);
            }
            case REVIEW -> {
                cell.review++;
                count(cell.reviewReasons, r, Severity.REVIEW);
            }
            case REJECTED -> {
                cell.rejected++;
                count(cell.rejectReasons, r, Severity.REJECT);
            }
        }
        String findings = r.findings().stream().map(f -> f.code() + "/" + f.severity() + " (" + f.evidence() + ")")
                .collect(Collectors.joining("; "));
        if (outcome == Outcome.REJECTED && doc.sheet().expectedReject() == null) {
            genuineRejected.add(String.format(Locale.ROOT, "%s #%d, %s, %s: %s", doc.sheet().design(), doc.index(), doc.capture(),
                    wrong.isEmpty() ? "key fields right" : "wrong: " + String.join(", ", wrong), findings));
        }
        if (doc.kind() == Kind.ICAO_SPECIMEN) {
            boolean right = doc.sheet().expectedReject() == null ? outcome == Outcome.ACCEPTED && allRight
                    : outcome == Outcome.REJECTED && r.findings().stream().anyMatch(f -> f.code() == doc.sheet().expectedReject());
            specimenResults.add(String.format(Locale.ROOT, "%s, %s: %s%s%s", doc.sheet().design(), doc.capture(), outcome,
                    right ? " (right)" : " (WRONG)", findings.isEmpty() ? "" : " — " + findings));
        }
        if (VERBOSE && (!wrong.isEmpty() || !r.findings().isEmpty())) {
            System.err.printf(Locale.ROOT, "%s #%d %s: %s | %s | %s%n", doc.sheet().design(), doc.index(), doc.capture(), outcome,
                    String.join(", ", wrong), findings);
        }
    }

    private static void count(Map<ReasonCode, Integer> reasons, DocumentReading r, Severity severity) {
        r.findings().stream().filter(f -> f.severity() == severity).map(Finding::code).distinct()
                .forEach(c -> reasons.merge(c, 1, Integer::sum));
    }

    private static void print(int n, long seed, Map<String, Cell> cells, Map<String, Map<DocumentField, int[]>> accuracy,
                              List<String> genuineRejected, List<String> specimenResults, List<Double> allMillis) {
        System.out.printf(Locale.ROOT, "%n## Unseen-document evaluation: %d per type and capture, seed %d, reference date %s, %d processors, portraits: %s%n%n",
                n, seed, TODAY, Runtime.getRuntime().availableProcessors(),
                UnseenDocuments.photoPortraits() ? "faces-eval photos" : "drawn placeholders");
        System.out.println("| type | capture | docs | accepted, all key fields right | accepted, a key field wrong | RETAKE (reasons) | REVIEW (reasons) | REJECTED (reasons) | ms p50 | ms p95 |");
        System.out.println("|------|---------|-----:|------:|------:|------|------|------|------:|------:|");
        Map<String, Cell> perType = new LinkedHashMap<>();
        for (var e : cells.entrySet()) {
            String[] key = e.getKey().split("\\|");
            Cell c = e.getValue();
            Capture capture = Capture.valueOf(key[1]);
            String retake = c.retake + (capture.readable() ? "" : " (right reason " + c.retakeRightReason + ")")
                    + reasons(c.retakeReasons);
            System.out.printf(Locale.ROOT, "| %s | %s | %d | %d | %d | %s | %s | %s | %.0f | %.0f |%n", key[0], key[1], c.documents,
                    c.acceptedAllRight, c.acceptedWrong, retake, c.review + reasons(c.reviewReasons),
                    c.rejected + reasons(c.rejectReasons), percentile(c.millis, 50), percentile(c.millis, 95));
            String group = key[0] + (capture.readable() ? " | clean and mild" : " | severe and cut off");
            Cell t = perType.computeIfAbsent(group, k -> new Cell());
            t.documents += c.documents;
            t.acceptedAllRight += c.acceptedAllRight;
            t.acceptedWrong += c.acceptedWrong;
            t.retake += c.retake;
            t.retakeRightReason += c.retakeRightReason;
            t.review += c.review;
            t.rejected += c.rejected;
            t.millis.addAll(c.millis);
        }
        System.out.println();
        System.out.println("| type | captures | docs | accepted, all right | accepted, wrong | RETAKE | (right reason) | REVIEW | REJECTED | ms p50 | ms p95 |");
        System.out.println("|------|----------|-----:|------:|------:|------:|------:|------:|------:|------:|------:|");
        for (var e : perType.entrySet()) {
            Cell c = e.getValue();
            String[] key = e.getKey().split(" \\| ");
            System.out.printf(Locale.ROOT, "| %s | %s | %d | %s | %s | %s | %s | %s | %s | %.0f | %.0f |%n", key[0], key[1], c.documents,
                    pct(c.acceptedAllRight, c.documents), pct(c.acceptedWrong, c.documents), pct(c.retake, c.documents),
                    key[1].startsWith("severe") ? pct(c.retakeRightReason, c.documents) : "", pct(c.review, c.documents),
                    pct(c.rejected, c.documents), percentile(c.millis, 50), percentile(c.millis, 95));
        }
        System.out.println();
        System.out.println("Field accuracy per key field (exact match of the normalised value; clean and mild captures, every document counted, a retake reads nothing):");
        for (var e : accuracy.entrySet()) {
            System.out.println("- " + e.getKey() + ": " + e.getValue().entrySet().stream()
                    .map(f -> String.format(Locale.ROOT, "%s %s", f.getKey(), pct(f.getValue()[0], f.getValue()[1])))
                    .collect(Collectors.joining(", ")));
        }
        System.out.println();
        System.out.println("ICAO 9303 specimens (as published: expired 2012, right answer REJECTED for DOCUMENT_EXPIRED; renewed: right answer accepted, all fields right):");
        specimenResults.forEach(s -> System.out.println("- " + s));
        System.out.println();
        System.out.printf(Locale.ROOT, "Genuine documents REJECTED: %d%n", genuineRejected.size());
        genuineRejected.forEach(s -> System.out.println("- " + s));
        System.out.printf(Locale.ROOT, "%nAll %d checks: ms p50 %.0f, p95 %.0f, max %.0f%n", allMillis.size(), percentile(allMillis, 50),
                percentile(allMillis, 95), allMillis.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN));
    }

    private static String reasons(Map<ReasonCode, Integer> reasons) {
        return reasons.isEmpty() ? "" : " (" + reasons.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ")) + ")";
    }

    private static String pct(int part, int whole) {
        return whole == 0 ? "—" : String.format(Locale.ROOT, "%.1f %%", 100.0 * part / whole);
    }

    private static double percentile(List<Double> values, int p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
