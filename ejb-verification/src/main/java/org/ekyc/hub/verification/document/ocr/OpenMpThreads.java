package org.ekyc.hub.verification.document.ocr;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps Tesseract to one OpenMP thread per call. Debian's libtesseract is built with OpenMP; with
 * the default, every recognition fans out to all cores and the idle workers spin-wait, which on a
 * 2-core machine made an MRZ read 2.4× slower in wall time (0.61 s vs 0.26 s for the same crop with
 * the {@code tesseract} CLI) and steals the cores the pool's other engines need. Parallelism comes
 * from the pool (one engine per thread), not from inside an engine.
 *
 * <p>libgomp reads {@code OMP_THREAD_LIMIT} once, when it is loaded, i.e. when tess4j first loads
 * libtesseract. So this sets the variable in the process environment (libc {@code setenv}, through
 * JNA which tess4j already uses) before that happens. A value the operator set is kept
 * ({@code overwrite = 0}).
 */
final class OpenMpThreads {

    static final String VARIABLE = "OMP_THREAD_LIMIT";
    private static final Logger LOG = Logger.getLogger(OpenMpThreads.class.getName());
    private static volatile boolean done;

    private OpenMpThreads() {
    }

    interface LibC extends Library {
        int setenv(String name, String value, int overwrite);

        String getenv(String name);
    }

    /** Sets {@code OMP_THREAD_LIMIT=1} unless already set; must run before libtesseract is loaded. */
    static synchronized void limitToOne() {
        if (done) {
            return;
        }
        done = true;
        if (Platform.isWindows()) {
            return;
        }
        try {
            LibC libc = Native.load(Platform.C_LIBRARY_NAME, LibC.class);
            libc.setenv(VARIABLE, "1", 0);
            LOG.fine(() -> VARIABLE + "=" + libc.getenv(VARIABLE) + " for Tesseract");
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "could not set " + VARIABLE + "; OCR may be slower with OpenMP spin-waits", e);
        }
    }

    /** The value libgomp will see (or saw), as the C library reports it. */
    static String current() {
        try {
            return Native.load(Platform.C_LIBRARY_NAME, LibC.class).getenv(VARIABLE);
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }
}
