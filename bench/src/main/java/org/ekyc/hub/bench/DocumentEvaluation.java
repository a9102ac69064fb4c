package org.ekyc.hub.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.ekyc.hub.verification.api.document.DocumentField;
import org.ekyc.hub.verification.api.document.DocumentImageException;
import org.ekyc.hub.verification.api.document.DocumentReading;
import org.ekyc.hub.verification.api.document.DocumentType;
import org.ekyc.hub.verification.api.document.FieldSource;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.document.DocumentChecker;
import org.ekyc.hub.verification.document.ScreenRecaptureCheck;
import org.ekyc.hub.verification.document.quality.QualityGate;
import org.ekyc.hub.verification.document.ocr.TesseractPool;
import org.ekyc.hub.verification.document.quality.QualityThresholds;
import org.ekyc.hub.verification.document.synth.Degradation;
import org.ekyc.hub.verification.document.synth.SyntheticDocuments;
import org.ekyc.hub.verification.document.synth.SyntheticPeople;
import org.ekyc.hub.verification.document.synth.SyntheticPerson;

/**
 * Evaluates the document engine on generated documents (the engine's test-tree generator):
 * MRZ field exact-match rate, VIZ field accuracy, false retake rate on clean captures, retake rate
 * on severe captures, and ms per document (p50/p95, the check only, generation excluded), single
 * thread. Arguments: {@code [documents per type and set] [seed]}, e.g. {@code 50 42}: 50 passports
 * and 50 residence cards clean, the same degraded (mild: should still be read), plus a severe set,
 * plus a recapture set (the clean capture shown on a simulated LCD and photographed again): the
 * screen-recapture column is the detection rate there and the false-positive rate everywhere else;
 * the detector's own cost is timed apart (decode and gate repeated outside the timed check).
 */
public final class DocumentEvaluation {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Degradation[] MILD = {Degradation.BLUR, Degradation.DARK, Degradation.GLARE,
            Degradation.ROTATION, Degradation.PERSPECTIVE, Degradation.JPEG_NOISE};
    private static final Degradation[] SEVERE = {Degradation.BLUR, Degradation.DARK, Degradation.GLARE,
            Degradation.ROTATION, Degradation.PERSPECTIVE};

    /** {@code -Dbench.verbose=true} prints each MRZ miss (synthetic values only) to stderr. */
    private static final boolean VERBOSE = Boolean.getBoolean("bench.verbose");

    private DocumentEvaluation() {
    }

    /** Counts of correct over total, per field and for whole documents. */
    private static final class Tally {
        final Map<String, int[]> fields = new LinkedHashMap<>();
        int documents;
        int allCorrect;
        int retakes;
        /** Read without a retake but sent to a person (review) or refused (reject). */
        int flagged;
        /** Carrying {@code DOCUMENT_SCREEN_RECAPTURE}. */
        int screen;
        final List<Double> millis = new ArrayList<>();

        void field(String name, boolean correct) {
            int[] t = fields.computeIfAbsent(name, k -> new int[2]);
            t[0] += correct ? 1 : 0;
            t[1]++;
        }

        int correct() {
            return fields.values().stream().mapToInt(t -> t[0]).sum();
        }

        int total() {
            return fields.values().stream().mapToInt(t -> t[1]).sum();
        }
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        try (TesseractPool pool = new TesseractPool(TesseractPool.tessdata(), 1, 120_000);
             org.ekyc.hub.verification.face.ModelRegistry models = org.ekyc.hub.verification.face.ModelRegistry.load()) {
            // as deployed: the portrait checks run on the face engine's detector
            DocumentChecker checker = new DocumentChecker(pool, QualityThresholds.DEFAULT, clock,
                    new org.ekyc.hub.verification.face.DocumentFaces(models));
            for (int i = 0; i < 3; i++) {
                checker.check(SyntheticDocuments.generate(seed + 99, i, DocumentType.PASSPORT_TD3, Degradation.NONE, false).jpeg(), null);
                checker.check(SyntheticDocuments.generate(seed + 99, i, DocumentType.ALIEN_REGISTRATION_CARD, Degradation.NONE, false).jpeg(), null);
            }
            Map<String, Tally> results = new LinkedHashMap<>();
            int index = 0;
            QualityGate gate = new QualityGate(QualityThresholds.DEFAULT);
            List<Double> detectorMillis = new ArrayList<>();
            for (String set : List.of("clean", "degraded", "severe", "recapture")) {
                int count = set.equals("severe") ? Math.max(10, n / 5) : n;
                for (DocumentType type : List.of(DocumentType.PASSPORT_TD3, DocumentType.ALIEN_REGISTRATION_CARD,
                        DocumentType.ALIEN_REGISTRATION_CARD_2023, DocumentType.RESIDENCE_CARD_BACK,
                        DocumentType.OVERSEAS_KOREAN_RESIDENCE_CARD, DocumentType.RESIDENT_ID_CARD,
                        DocumentType.DRIVER_LICENCE)) {
                    Tally mrz = results.computeIfAbsent(set + " " + type + " MRZ", k -> new Tally());
                    Tally viz = results.computeIfAbsent(set + " " + type + " VIZ", k -> new Tally());
                    for (int i = 0; i < count; i++) {
                        index++;
                        Degradation d = switch (set) {
                            case "clean" -> Degradation.NONE;
                            case "recapture" -> Degradation.SCREEN;
                            case "degraded" -> MILD[i % MILD.length];
                            default -> SEVERE[i % SEVERE.length];
                        };
                        SyntheticDocuments doc = SyntheticDocuments.generate(seed, index, type, d, set.equals("severe"));
                        long start = System.nanoTime();
                        DocumentReading r;
                        try {
                            // the back is never classified on its own: the caller says which side it sends
                            r = checker.check(doc.jpeg(), type == DocumentType.RESIDENCE_CARD_BACK ? type : null);
                        } catch (DocumentImageException e) {
                            throw new IllegalStateException("generated image refused: " + e.code(), e);
                        }
                        double ms = (System.nanoTime() - start) / 1e6;
                        score(type, doc.person(), r, mrz, viz, ms);
                        // the detector alone, on the layout the check ended with
                        var photo = org.ekyc.hub.verification.document.DocumentImageDecoder.decode(doc.jpeg());
                        var assessment = gate.assess(photo, r.type() == DocumentType.UNKNOWN ? type : r.type());
                        if (assessment.passed() && assessment.layout().portrait() != null) {
                            long t = System.nanoTime();
                            ScreenRecaptureCheck.check(photo, assessment.quad(), assessment.layout());
                            detectorMillis.add((System.nanoTime() - t) / 1e6);
                        }
                    }
                }
            }
            print(results, n, seed);
            System.out.printf(Locale.ROOT, "Screen-recapture detector alone: %d measurements, ms p50 %.1f, p95 %.1f, max %.1f%n",
                    detectorMillis.size(), percentile(detectorMillis, 50), percentile(detectorMillis, 95),
                    detectorMillis.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN));
        }
    }

    private static void score(DocumentType type, SyntheticPerson p, DocumentReading r, Tally mrz, Tally viz, double ms) {
        Tally main = type == DocumentType.PASSPORT_TD3 ? mrz : viz;
        main.documents++;
        main.millis.add(ms);
        if (r.findings().stream().anyMatch(f -> f.code() == ReasonCode.DOCUMENT_SCREEN_RECAPTURE)) {
            main.screen++;
        }
        if (r.retake()) {
            main.retakes++;
        } else if (r.worst().isPresent()) {
            main.flagged++;
            if (VERBOSE) {
                System.err.printf("flagged %s: %s%n", type, r.findings());
            }
        }
        Map<DocumentField, String> expected = new LinkedHashMap<>();
        if (type == DocumentType.PASSPORT_TD3) {
            expected.put(DocumentField.DOCUMENT_NUMBER, p.passportNumber());
            expected.put(DocumentField.SURNAME, p.surname());
            expected.put(DocumentField.GIVEN_NAMES, p.givenNames());
            expected.put(DocumentField.NATIONALITY, p.nationality());
            expected.put(DocumentField.BIRTH_DATE, p.birthDate().toString());
            expected.put(DocumentField.SEX, String.valueOf(p.sex()));
            expected.put(DocumentField.EXPIRY_DATE, p.passportExpiry().toString());
            boolean all = true;
            for (var e : expected.entrySet()) {
                boolean ok = Objects.equals(r.value(e.getKey(), FieldSource.MRZ).orElse(null), e.getValue());
                mrz.field(e.getKey().name(), ok);
                if (!ok && VERBOSE && !r.retake()) {
                    System.err.printf("MRZ miss %s: expected %s, read %s%n", e.getKey(), e.getValue(),
                            r.value(e.getKey(), FieldSource.MRZ).orElse("-"));
                }
                all &= ok;
                // passport VIZ, same ground truth
                viz.field(e.getKey().name(), Objects.equals(r.value(e.getKey(), FieldSource.VIZ).orElse(null), e.getValue()));
            }
            mrz.allCorrect += all ? 1 : 0;
        } else if (type == DocumentType.RESIDENCE_CARD_BACK) {
            List<org.ekyc.hub.verification.document.synth.DocumentRenderer.Extension> extensions = SyntheticPeople.extensions(p);
            var last = extensions.get(extensions.size() - 1);
            expected.put(DocumentField.CARD_SERIAL, SyntheticPeople.cardSerial(p));
            expected.put(DocumentField.STAY_PERMIT_DATE, last.permit().toString());
            expected.put(DocumentField.STAY_EXPIRY_DATE, last.expiry().toString());
            boolean all = true;
            for (var e : expected.entrySet()) {
                boolean ok = Objects.equals(r.value(e.getKey(), FieldSource.VIZ).orElse(null), e.getValue());
                viz.field(e.getKey().name(), ok);
                all &= ok;
            }
            viz.allCorrect += all ? 1 : 0;
        } else if (type == DocumentType.RESIDENT_ID_CARD || type == DocumentType.DRIVER_LICENCE) {
            SyntheticPeople.Citizen c = SyntheticPeople.citizen(p);
            expected.put(DocumentField.HANGUL_NAME, c.hangulName());
            expected.put(DocumentField.REGISTRATION_NUMBER, c.residentNumber());
            if (type == DocumentType.RESIDENT_ID_CARD) {
                expected.put(DocumentField.ISSUE_DATE, c.idIssueDate().toString());
            } else {
                expected.put(DocumentField.LICENCE_NUMBER, c.licenceNumber());
                expected.put(DocumentField.EXPIRY_DATE, c.licenceRenewalEnd().toString());
                expected.put(DocumentField.ISSUE_DATE, c.licenceIssueDate().toString());
            }
            boolean all = r.type() == type;
            viz.field("TYPE", r.type() == type);
            for (var e : expected.entrySet()) {
                boolean ok = Objects.equals(r.value(e.getKey(), FieldSource.VIZ).orElse(null), e.getValue());
                viz.field(e.getKey().name(), ok);
                all &= ok;
            }
            viz.allCorrect += all ? 1 : 0;
        } else {
            expected.put(DocumentField.REGISTRATION_NUMBER, p.registrationNumber());
            expected.put(DocumentField.LATIN_NAME, p.surname() + " " + p.givenNames());
            expected.put(DocumentField.HANGUL_NAME, p.hangulName());
            expected.put(DocumentField.NATIONALITY, p.nationality());
            expected.put(DocumentField.STAY_STATUS, type == DocumentType.OVERSEAS_KOREAN_RESIDENCE_CARD ? "F-4" : p.stayStatus());
            expected.put(DocumentField.ISSUE_DATE, p.cardIssueDate().toString());
            boolean all = r.type() == type;
            viz.field("TYPE", r.type() == type);
            for (var e : expected.entrySet()) {
                boolean ok = Objects.equals(r.value(e.getKey(), FieldSource.VIZ).orElse(null), e.getValue());
                viz.field(e.getKey().name(), ok);
                all &= ok;
            }
            viz.allCorrect += all ? 1 : 0;
        }
    }

    private static void print(Map<String, Tally> results, int n, long seed) {
        System.out.printf(Locale.ROOT, "%n## Document evaluation: %d per type and set, seed %d, %d processors%n%n", n, seed,
                Runtime.getRuntime().availableProcessors());
        System.out.println("| set | layout | zone | documents | field exact-match | all fields right | retake rate | review/reject rate | screen-recapture flag | ms p50 | ms p95 |");
        System.out.println("|-----|--------|------|---------:|------------------:|-----------------:|-----------:|-----------:|-----------:|-------:|-------:|");
        for (var e : results.entrySet()) {
            Tally t = e.getValue();
            if (t.total() == 0) {
                continue;
            }
            String[] key = e.getKey().split(" ");
            boolean owner = t.documents > 0;
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %.1f%% (%d/%d) | %s | %s | %s | %s | %s | %s |%n", key[0], key[1], key[2],
                    owner ? String.valueOf(t.documents) : "(same)", 100.0 * t.correct() / t.total(), t.correct(), t.total(),
                    owner ? String.format(Locale.ROOT, "%.1f%%", 100.0 * t.allCorrect / t.documents) : "",
                    owner ? String.format(Locale.ROOT, "%.1f%%", 100.0 * t.retakes / t.documents) : "",
                    owner ? String.format(Locale.ROOT, "%.1f%%", 100.0 * t.flagged / t.documents) : "",
                    owner ? String.format(Locale.ROOT, "%.1f%% (%d)", 100.0 * t.screen / t.documents, t.screen) : "",
                    owner ? String.format(Locale.ROOT, "%.0f", percentile(t.millis, 50)) : "",
                    owner ? String.format(Locale.ROOT, "%.0f", percentile(t.millis, 95)) : "");
        }
        System.out.println();
        System.out.println("Per field (exact match):");
        for (var e : results.entrySet()) {
            StringBuilder sb = new StringBuilder("- " + e.getKey() + ": ");
            e.getValue().fields.forEach((f, t) -> sb.append(String.format(Locale.ROOT, "%s %.1f%%, ", f, 100.0 * t[0] / t[1])));
            if (!e.getValue().fields.isEmpty()) {
                System.out.println(sb.substring(0, sb.length() - 2));
            }
        }
        List<Double> all = new ArrayList<>();
        List<Double> recaptured = new ArrayList<>();
        results.forEach((k, t) -> (k.startsWith("recapture") ? recaptured : all).addAll(t.millis));
        System.out.printf(Locale.ROOT, "%nAll documents held in hand (clean, degraded, severe): %d, ms p50 %.0f, p95 %.0f%n",
                all.size(), percentile(all, 50), percentile(all, 95));
        System.out.printf(Locale.ROOT, "Recaptured from a screen: %d, ms p50 %.0f, p95 %.0f%n", recaptured.size(),
                percentile(recaptured, 50), percentile(recaptured, 95));
    }

    private static double percentile(List<Double> values, int p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
