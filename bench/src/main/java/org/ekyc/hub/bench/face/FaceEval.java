package org.ekyc.hub.bench.face;

import static org.ekyc.hub.bench.face.EvalSupport.*;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;
import org.ekyc.hub.verification.api.face.FaceMatchResult;
import org.ekyc.hub.verification.api.face.LiveFrame;
import org.ekyc.hub.verification.api.face.LivenessResult;
import org.ekyc.hub.verification.face.BgrImage;
import org.ekyc.hub.verification.face.FaceAnalyzer;
import org.ekyc.hub.verification.face.FaceEngine;
import org.ekyc.hub.verification.face.FacePolicy;
import org.ekyc.hub.verification.face.ImageDecoder;
import org.ekyc.hub.verification.face.ModelDirectory;
import org.ekyc.hub.verification.face.ModelRegistry;
import org.ekyc.hub.verification.face.internal.AntiSpoof;
import org.ekyc.hub.verification.face.internal.Detection;
import org.ekyc.hub.verification.face.internal.EyeMeasurer;
import org.ekyc.hub.verification.face.internal.FaceDetector;
import org.ekyc.hub.verification.face.internal.FaceEmbedder;
import org.ekyc.hub.verification.face.liveness.ChallengeIssuer;
import org.ekyc.hub.verification.face.liveness.InMemoryFrameLedger;
import org.ekyc.hub.verification.face.liveness.LivenessPolicy;

/**
 * Face engine evaluation: score distributions and thresholds on the tuning split
 * ({@code testdata/faces}), FNMR at fixed FMR on the evaluation split ({@code testdata/faces-eval},
 * reported, never tuned on), anti-spoof scores, image decoding cost, ms per stage and the p95 of a
 * full check (document portrait + 10 liveness frames). Prints Markdown.
 * <p>
 * {@code ./mvnw -q -pl bench exec:exec -Dbench.main=org.ekyc.hub.bench.face.FaceEval -Dbench.args="[runs] [size|tuning|eval]"}
 * ({@code size}: only the face-size section, which chose {@code FacePolicy.minFaceScale}; {@code tuning}: only the
 * match scores of the tuning split; {@code eval}: only those of the evaluation split, reported, never tuned on). The embedder is the configured one ({@code -Dkyc.face.embedder=dlib} in
 * {@code bench.jvm} for the fallback); scores are its similarity (cosine, or 1 − Euclidean distance for dlib).
 */
public final class FaceEval {

    private final ModelRegistry models;
    private final ImageDecoder decoder = ImageDecoder.defaults();
    private final FaceDetector detector;
    private final FaceEmbedder embedder;
    private final AntiSpoof antiSpoof;
    private final EyeMeasurer eyes;
    private final FaceAnalyzer analyzer = new FaceAnalyzer(FacePolicy.calibrated());

    private FaceEval(ModelRegistry models) {
        this.models = models;
        this.detector = new FaceDetector(models);
        this.embedder = new FaceEmbedder(models);
        this.antiSpoof = new AntiSpoof(models);
        this.eyes = new EyeMeasurer(models);
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        Path modelsDir = ModelDirectory.resolve();
        Path faces = modelsDir.getParent().resolve("testdata/faces");
        Path eval = modelsDir.getParent().resolve("testdata/faces-eval");
        System.out.printf("machine: %d cores, %s %s, %s%n%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"), System.getProperty("os.name"));
        long t0 = System.nanoTime();
        ModelRegistry models = ModelRegistry.load(modelsDir);
        System.out.printf("model registry (sha256 of 6 files + 6 sessions): %.0f ms%n%n", ms(System.nanoTime() - t0));
        FaceEval e = new FaceEval(models);
        if (args.length > 1 && args[1].equals("size")) {
            e.faceSize(faces);
            return;
        }
        if (args.length > 1 && args[1].equals("tuning")) {
            e.matchScores("tuning split testdata/faces (thresholds chosen here)", faces, true);
            return;
        }
        if (args.length > 1 && args[1].equals("eval")) {
            e.matchScores("evaluation split testdata/faces-eval (reported only)", eval, false);
            return;
        }
        e.decoding(faces);
        e.matchScores("tuning split testdata/faces (thresholds chosen here)", faces, true);
        e.matchScores("evaluation split testdata/faces-eval (reported only)", eval, false);
        e.faceSize(faces);
        e.spoof(faces, eval);
        e.stages(faces, runs);
        e.fullCheck(faces, runs, false);
        e.fullCheck(faces, runs, true);
    }

    // ---- face size ------------------------------------------------------------------------

    /**
     * How small a face may be (FACE_TOO_SMALL): every live tuning image shrunk until its face has a given
     * scale relative to the ArcFace template ({@link FaceAnalyzer#templateScale}), pasted centred on a plain
     * 640 × 480 or 1280 × 960 canvas, JPEG 0.75, detected and embedded; cosine to the image at full size.
     */
    private void faceSize(Path faces) throws Exception {
        double[] targets = {1.5, 1.2, 1.0, 0.85, 0.7, 0.55, 0.4, 0.3};
        List<Path> files;
        try (var walk = Files.walk(faces)) {
            files = walk.filter(p -> p.toString().endsWith(".jpg") && !p.getFileName().toString().startsWith("image_F"))
                    .sorted().toList();
        }
        Map<String, List<Double>> cos = new LinkedHashMap<>();
        Map<String, Integer> missed = new LinkedHashMap<>();
        for (Path p : files) {
            byte[] bytes = Files.readAllBytes(p);
            BufferedImage src = ImageIO.read(new ByteArrayInputStream(bytes));
            BgrImage full = decoder.decode(bytes);
            Detection d0 = analyzer.choose(detector.detect(full), false).requireFace();
            double s0 = FaceAnalyzer.templateScale(d0);
            float[] e0 = embedder.embed(full, d0);
            for (int canvas : new int[] {1280, 640}) {
                for (double t : targets) {
                    String key = canvas + " " + t;
                    cos.computeIfAbsent(key, k -> new ArrayList<>());
                    int w = (int) Math.round(src.getWidth() * t / s0);
                    int h = (int) Math.round(src.getHeight() * t / s0);
                    if (w > canvas || h > canvas * 3 / 4) {
                        continue;
                    }
                    BufferedImage b = new BufferedImage(canvas, canvas * 3 / 4, BufferedImage.TYPE_3BYTE_BGR);
                    Graphics2D g = b.createGraphics();
                    g.setColor(new java.awt.Color(200, 200, 200));
                    g.fillRect(0, 0, b.getWidth(), b.getHeight());
                    g.drawImage(src.getScaledInstance(w, h, java.awt.Image.SCALE_AREA_AVERAGING),
                            (b.getWidth() - w) / 2, (b.getHeight() - h) / 2, null);
                    g.dispose();
                    BgrImage img = decoder.decode(jpeg(b, 0.75f));
                    List<Detection> found = detector.detect(img);
                    if (found.isEmpty()) {
                        missed.merge(key, 1, Integer::sum);
                        continue;
                    }
                    Detection d = found.stream().max(java.util.Comparator.comparingDouble(Detection::area)).orElseThrow();
                    cos.get(key).add(embedder.similarity(e0, embedder.embed(img, d)));
                }
            }
        }
        System.out.println("## Face size (tuning split): cosine of a shrunk face to itself at full size");
        System.out.println("| canvas | scale × template | faces | not detected | min | p10 | median |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (Map.Entry<String, List<Double>> e : cos.entrySet()) {
            double[] v = e.getValue().stream().mapToDouble(Double::doubleValue).sorted().toArray();
            String[] k = e.getKey().split(" ");
            if (v.length == 0) {
                System.out.printf("| %s | %s | 0 | %d | | | |%n", k[0], k[1], missed.getOrDefault(e.getKey(), 0));
                continue;
            }
            System.out.printf("| %s | %s | %d | %d | %.3f | %.3f | %.3f |%n", k[0], k[1], v.length,
                    missed.getOrDefault(e.getKey(), 0), v[0], v[v.length / 10], v[v.length / 2]);
        }
        System.out.println();
    }

    // ---- decoding -------------------------------------------------------------------------

    private void decoding(Path faces) throws Exception {
        byte[] big = Files.readAllBytes(faces.resolve("london/001_03.jpg"));
        byte[] phone = jpeg(upscale(ImageIO.read(new ByteArrayInputStream(big)), 3024), 0.9f);
        byte[] frame = jpeg(scale(ImageIO.read(new ByteArrayInputStream(big)), 480), 0.88f);
        ImageReaderSpi twelve = null;
        Iterator<ImageReaderSpi> spis = IIORegistry.getDefaultInstance().getServiceProviders(ImageReaderSpi.class, true);
        while (spis.hasNext()) {
            ImageReaderSpi s = spis.next();
            if (s.getClass().getName().startsWith("com.twelvemonkeys") && Arrays.asList(s.getFormatNames()).contains("jpeg")) {
                twelve = s;
            }
        }
        System.out.println("## Decoding (median ms of 25 after 10 warm-up, wall / CPU of the decoding thread; JPEG)");
        System.out.println("| input | JDK ImageIO full | TwelveMonkeys 3.12.0 full | JDK + subsampling (engine) | JDK subsampled to ~640 |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (Object[] in : new Object[][] {{"1350×1350 London portrait (" + big.length / 1024 + " KB)", big},
                {"3024×3024 phone-size (" + phone.length / 1024 + " KB)", phone}, {"480×480 frame (" + frame.length / 1024 + " KB)", frame}}) {
            byte[] b = (byte[]) in[1];
            final ImageReaderSpi tm = twelve;
            Timing jdk = median(25, 10, () -> readWith(b, false, 1));
            Timing tmMs = tm == null ? null : median(25, 10, () -> {
                ImageReader r = tm.createReaderInstance();
                try (ImageInputStream s = ImageIO.createImageInputStream(new ByteArrayInputStream(b))) {
                    r.setInput(s);
                    r.read(0);
                } finally {
                    r.dispose();
                }
            });
            Timing engine = median(25, 10, () -> decoder.decode(b));
            Timing to640 = median(25, 10, () -> new ImageDecoder(15 << 20, 50_000_000L, 640).decode(b));
            System.out.printf("| %s | %s | %s | %s | %s |%n", in[0], jdk, tmMs, engine, to640);
        }
        if (twelve != null) {
            IIORegistry.getDefaultInstance().deregisterServiceProvider(twelve);
        }
        System.out.println();
    }

    private static void readWith(byte[] b, boolean twelve, int step) throws Exception {
        try (ImageInputStream s = ImageIO.createImageInputStream(new ByteArrayInputStream(b))) {
            Iterator<ImageReader> it = ImageIO.getImageReadersByFormatName("jpeg");
            ImageReader r = null;
            while (it.hasNext()) {
                ImageReader c = it.next();
                if (c.getClass().getName().startsWith("com.twelvemonkeys") == twelve) {
                    r = c;
                    break;
                }
            }
            r.setInput(s);
            ImageReadParam p = r.getDefaultReadParam();
            p.setSourceSubsampling(step, step, 0, 0);
            r.read(0, p);
            r.dispose();
        }
    }

    // ---- match scores ---------------------------------------------------------------------

    private record Sample(String file, String identity, float[] embedding) {
    }

    private List<Sample> embedAll(Path dir) throws Exception {
        List<Sample> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("manifest.csv"))) {
            String[] c = line.split(",");
            if (c[0].equals("file") || !c[3].equals("live")) {
                continue;
            }
            BgrImage img = decoder.decode(Files.readAllBytes(dir.resolve(c[0])));
            List<Detection> found = detector.detect(img);
            if (found.isEmpty()) {
                System.out.println("no face: " + c[0]);
                continue;
            }
            out.add(new Sample(c[0], c[1], embedder.embed(img, analyzer.choose(found, false).face())));
        }
        return out;
    }

    private void matchScores(String title, Path dir, boolean tuning) throws Exception {
        List<Sample> s = embedAll(dir);
        List<Double> genuine = new ArrayList<>();
        List<Double> impostor = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            for (int j = i + 1; j < s.size(); j++) {
                String a = s.get(i).identity();
                String b = s.get(j).identity();
                if (Set2.of(a, b).equals(Set2.of("lisa", "zoom"))) {
                    continue; // possibly the same person (PROVENANCE caveat)
                }
                double cos = embedder.similarity(s.get(i).embedding(), s.get(j).embedding());
                (a.equals(b) ? genuine : impostor).add(cos);
            }
        }
        double[] g = genuine.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] im = impostor.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.println("## Face match (" + models.embedder().configName() + "), " + title + ": " + s.size() + " images");
        System.out.println("| pairs | n | min | p5 | median | p95 | max |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        System.out.printf("| genuine | %d | %.3f | %.3f | %.3f | %.3f | %.3f |%n", g.length, g[0], q(g, .05), q(g, .5), q(g, .95), g[g.length - 1]);
        System.out.printf("| impostor | %d | %.3f | %.3f | %.3f | %.3f | %.3f |%n", im.length, im[0], q(im, .05), q(im, .5), q(im, .95), im[im.length - 1]);
        System.out.println();
        System.out.println("| threshold | FMR (impostors ≥ t) | FNMR (genuine < t) |");
        System.out.println("|---|---:|---:|");
        FacePolicy policy = FacePolicy.calibrated(models.embedder());
        for (double t : new double[] {0.30, 0.35, 0.40, 0.45, 0.50, 0.55, 0.60}) {
            System.out.printf("| %.2f%s | %d/%d = %.2e | %d/%d = %.3f |%n", t,
                    t == policy.matchThreshold() ? " (MATCH)" : t == policy.reviewThreshold() ? " (REVIEW)" : "",
                    countAtLeast(im, t), im.length, countAtLeast(im, t) / (double) im.length,
                    g.length - countAtLeast(g, t), g.length, (g.length - countAtLeast(g, t)) / (double) g.length);
        }
        for (double fmr : new double[] {1e-3, 1e-4}) {
            int allowed = (int) Math.floor(fmr * im.length);
            double t = Math.nextUp(im[im.length - 1 - allowed]);
            int fn = g.length - countAtLeast(g, t);
            System.out.printf("%nFMR %.0e: threshold %.3f (%d of %d impostors may pass%s), FNMR %d/%d = %.3f", fmr, t, allowed,
                    im.length, allowed == 0 ? "; fewer than 1/FMR impostor pairs, so this is only an upper bound" : "",
                    fn, g.length, fn / (double) g.length);
        }
        System.out.println();
        System.out.println();
    }

    private record Set2(String a, String b) {
        static Set2 of(String x, String y) {
            return x.compareTo(y) <= 0 ? new Set2(x, y) : new Set2(y, x);
        }
    }

    // ---- anti-spoof -----------------------------------------------------------------------

    private void spoof(Path faces, Path eval) throws Exception {
        System.out.println("## Passive anti-spoof (fused MiniFASNet V2 + V1SE P(live)); reject < 0.30, review < 0.60");
        System.out.println("| image | P(live) |");
        System.out.println("|---|---:|");
        for (String f : List.of("spoof_minivision/image_F1.jpg", "spoof_minivision/image_F2.jpg", "spoof_minivision/image_T1.jpg")) {
            System.out.printf("| %s | %.3f |%n", f, live(faces.resolve(f)));
        }
        List<Double> scores = new ArrayList<>();
        for (String line : Files.readAllLines(eval.resolve("manifest.csv"))) {
            String file = line.split(",")[0];
            if (!file.equals("file")) {
                scores.add(live(eval.resolve(file)));
            }
        }
        double[] v = scores.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("%nLive images of faces-eval (%d): min %.3f, p5 %.3f, median %.3f; below 0.30 (refused): %d; 0.30–0.60 (review): %d%n%n",
                v.length, v[0], q(v, .05), q(v, .5), countBelow(v, 0.30), countBelow(v, 0.60) - countBelow(v, 0.30));
    }

    private double live(Path p) throws Exception {
        BgrImage img = decoder.decode(Files.readAllBytes(p));
        return antiSpoof.liveProbability(img, analyzer.choose(detector.detect(img), false).face());
    }

    // ---- stages and the full check ---------------------------------------------------------

    private void stages(Path faces, int runs) throws Exception {
        byte[] portrait = Files.readAllBytes(faces.resolve("london/001_03.jpg"));
        byte[] frame = liveFrames(faces, 1).get(0).image();
        System.out.println("## Per stage (median ms wall / CPU of the calling thread, " + runs + " runs after 10 warm-up, 1 intra-op thread per session)");
        System.out.println("| stage | 1350×1350 portrait | 640×640 frame |");
        System.out.println("|---|---:|---:|");
        Map<String, Timing[]> rows = new LinkedHashMap<>();
        int col = 0;
        for (byte[] b : List.of(portrait, frame)) {
            BgrImage img = decoder.decode(b);
            Detection d = detector.detect(img).get(0);
            int c = col++;
            rows.computeIfAbsent("decode (JDK ImageIO, bounded)", k -> new Timing[2])[c] = median(runs, 10, () -> decoder.decode(b));
            rows.computeIfAbsent("detect (YuNet 640 incl. letterbox)", k -> new Timing[2])[c] = median(runs, 10, () -> detector.detect(img));
            rows.computeIfAbsent("align + embed (fr_feature 112)", k -> new Timing[2])[c] = median(runs, 10, () -> embedder.embed(img, d));
            rows.computeIfAbsent("anti-spoof (2 × MiniFASNet 80)", k -> new Timing[2])[c] = median(runs, 10, () -> antiSpoof.liveProbability(img, d));
            rows.computeIfAbsent("eyes (landmark68 + 2 × eye state)", k -> new Timing[2])[c] = median(runs, 10, () -> eyes.measure(img, d));
        }
        rows.forEach((k, v) -> System.out.printf("| %s | %s | %s |%n", k, v[0], v[1]));
        System.out.println();
    }

    private void fullCheck(Path faces, int runs, boolean parallel) throws Exception {
        byte[] portrait = Files.readAllBytes(faces.resolve("london/001_03.jpg"));
        List<LiveFrame> frames = liveFrames(faces, 10);
        double[] t = new double[runs];
        double[] cpu = new double[runs];
        LivenessResult last = null;
        FaceMatchResult lastMatch = null;
        // on passing frames the template comes from the liveness result; still frames cannot pass, so take it here
        org.ekyc.hub.verification.api.face.FaceTemplate template = new org.ekyc.hub.verification.api.face.FaceTemplate(
                models.embedder().templateId(), decoderFree(frames.get(0)));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        for (int i = -5; i < runs; i++) {
            FaceEngine engine = new FaceEngine(models, decoder, FacePolicy.calibrated(models.embedder()), LivenessPolicy.defaults(),
                    new ChallengeIssuer(new SecureRandom(), Clock.systemUTC(), Duration.ofSeconds(60), 10), new InMemoryFrameLedger(100),
                    parallel ? pool : Runnable::run);
            long cs = THREADS.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            last = engine.verifyLiveness(engine.issueChallenge().nonce(), frames);
            lastMatch = engine.match(portrait, template);
            if (i >= 0) {
                t[i] = ms(System.nanoTime() - s);
                cpu[i] = ms(THREADS.getCurrentThreadCpuTime() - cs);
            }
        }
        pool.shutdown();
        Arrays.sort(t);
        Arrays.sort(cpu);
        System.out.println("## Full check: 10 liveness frames (640×640 JPEG) + 1350×1350 portrait match, " + runs
                + " runs after 5 warm-up, frames measured " + (parallel ? "on 2 threads" : "sequentially"));
        System.out.printf("median %.0f ms, p95 %.0f ms, max %.0f ms (liveness outcome on still frames: %s %s; match: %s %.3f)%n",
                q(t, .5), q(t, .95), t[t.length - 1], last.outcome(), last.reasons(), lastMatch.outcome(), lastMatch.similarity());
        if (!parallel) {
            System.out.printf("CPU time of the one thread doing all the work: median %.0f ms, p95 %.0f ms (what an idle core would take)%n",
                    q(cpu, .5), q(cpu, .95));
        }
        System.out.println();
    }

    private float[] decoderFree(LiveFrame f) throws Exception {
        BgrImage img = decoder.decode(f.image());
        return embedder.embed(img, detector.detect(img).get(0));
    }

    /** Distinct frames of one person: a real image rescaled to 640 px and re-encoded at different qualities. */
    private static List<LiveFrame> liveFrames(Path faces, int n) throws Exception {
        BufferedImage src = scale(ImageIO.read(faces.resolve("london/001_08.jpg").toFile()), 640);
        List<LiveFrame> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new LiveFrame(jpeg(src, 0.80f + 0.01f * i), 100L * i));
        }
        return out;
    }
}
