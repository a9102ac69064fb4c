package org.ekyc.hub.verification.document.ocr;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded pool of initialised Tesseract engines, one queue per language. At most {@code size}
 * engines per language exist; a caller waits up to the timeout for one to become free, so
 * concurrency (and native memory) stays bounded whatever the load.
 */
public final class TesseractPool implements OcrEngine, AutoCloseable {

    /** Overrides the tessdata directory; else {@code TESSDATA_PREFIX}, else Debian's locations. */
    public static final String TESSDATA_PROPERTY = "ekyc.tessdata";
    private static final List<String> DEFAULT_TESSDATA = List.of(
            "/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata", "/usr/share/tessdata");

    private final String dataPath;
    private final int size;
    private final long timeoutMillis;
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();

    public TesseractPool(String dataPath, int size, long timeoutMillis) {
        if (size < 1) {
            throw new IllegalArgumentException("pool size must be at least 1");
        }
        OpenMpThreads.limitToOne();
        this.dataPath = dataPath;
        this.size = size;
        this.timeoutMillis = timeoutMillis;
    }

    /** A pool on the tessdata directory found on this machine, sized to the processors. */
    public static TesseractPool onThisMachine() {
        return new TesseractPool(tessdata(), Math.max(1, Runtime.getRuntime().availableProcessors()), 30_000);
    }

    /** The tessdata directory: the system property, {@code TESSDATA_PREFIX}, or Debian's path. */
    public static String tessdata() {
        String configured = System.getProperty(TESSDATA_PROPERTY, System.getenv("TESSDATA_PREFIX"));
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        for (String candidate : DEFAULT_TESSDATA) {
            if (Files.isRegularFile(Path.of(candidate, "eng.traineddata"))) {
                return candidate;
            }
        }
        throw new OcrUnavailableException("no tessdata directory with eng.traineddata: install tesseract-ocr-eng "
                + "or set -D" + TESSDATA_PROPERTY);
    }

    @Override
    public OcrText read(BufferedImage region, OcrProfile profile) {
        return withEngine(profile, engine -> engine.read(region, profile));
    }

    @Override
    public List<OcrSymbol> symbols(BufferedImage region, OcrProfile profile) {
        return withEngine(profile, engine -> engine.symbols(region, profile));
    }

    private <T> T withEngine(OcrProfile profile, java.util.function.Function<TesseractEngine, T> work) {
        Slot slot = slots.computeIfAbsent(profile.language() + ':' + profile.engineMode(),
                key -> new Slot(profile.language(), profile.engineMode()));
        TesseractEngine engine = slot.borrow();
        try {
            return work.apply(engine);
        } finally {
            slot.idle.add(engine);
            slot.permits.release();
        }
    }

    /** How many engines have been initialised for a profile's language and engine mode. */
    public int created(OcrProfile profile) {
        Slot slot = slots.get(profile.language() + ':' + profile.engineMode());
        return slot == null ? 0 : slot.created.get();
    }

    @Override
    public void close() {
        for (Slot slot : slots.values()) {
            TesseractEngine engine;
            while ((engine = slot.idle.poll()) != null) {
                engine.close();
            }
        }
        slots.clear();
    }

    private final class Slot {
        final String language;
        final int engineMode;
        final Semaphore permits = new Semaphore(size, true);
        final BlockingQueue<TesseractEngine> idle = new LinkedBlockingQueue<>();
        final AtomicInteger created = new AtomicInteger();

        Slot(String language, int engineMode) {
            this.language = language;
            this.engineMode = engineMode;
        }

        TesseractEngine borrow() {
            try {
                if (!permits.tryAcquire(timeoutMillis, TimeUnit.MILLISECONDS)) {
                    throw new OcrUnavailableException("no OCR engine free within " + timeoutMillis + " ms");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OcrUnavailableException("interrupted waiting for an OCR engine", e);
            }
            TesseractEngine engine = idle.poll();
            if (engine != null) {
                return engine;
            }
            try {
                engine = new TesseractEngine(dataPath, language, engineMode);
                created.incrementAndGet();
                return engine;
            } catch (RuntimeException e) {
                permits.release();
                throw e;
            }
        }
    }
}
