package org.ekyc.hub.verification.document.ocr;

import com.sun.jna.Pointer;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.TessAPI1;

/**
 * One initialised Tesseract instance (tess4j's C API binding). Initialising costs hundreds of
 * milliseconds, so an instance is kept and reused; it is not thread-safe: {@link TesseractPool}
 * hands it to one thread at a time.
 */
final class TesseractEngine implements AutoCloseable {

    static {
        // before TessAPI1 loads libtesseract (and with it libgomp)
        OpenMpThreads.limitToOne();
    }

    private final String language;
    private TessBaseAPI handle;

    TesseractEngine(String dataPath, String language, int engineMode) {
        this.language = language;
        this.handle = TessAPI1.TessBaseAPICreate();
        int rc = TessAPI1.TessBaseAPIInit2(handle, dataPath, language, engineMode);
        if (rc != 0) {
            TessAPI1.TessBaseAPIDelete(handle);
            handle = null;
            throw new OcrUnavailableException("Tesseract could not load '" + language + "' from " + dataPath);
        }
        TessAPI1.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
        TessAPI1.TessBaseAPISetVariable(handle, "user_defined_dpi", "300");
    }

    String language() {
        return language;
    }

    OcrText read(BufferedImage region, OcrProfile profile) {
        setImage(region, profile);
        Pointer text = TessAPI1.TessBaseAPIGetUTF8Text(handle);
        try {
            String value = text == null ? "" : text.getString(0, "UTF-8");
            int confidence = TessAPI1.TessBaseAPIMeanTextConf(handle);
            return new OcrText(value, confidence / 100.0);
        } finally {
            if (text != null) {
                TessAPI1.TessDeleteText(text);
            }
            TessAPI1.TessBaseAPIClear(handle);
        }
    }

    List<OcrSymbol> symbols(BufferedImage region, OcrProfile profile) {
        setImage(region, profile);
        List<OcrSymbol> symbols = new ArrayList<>();
        try {
            if (TessAPI1.TessBaseAPIRecognize(handle, null) != 0) {
                return symbols;
            }
            TessResultIterator it = TessAPI1.TessBaseAPIGetIterator(handle);
            if (it == null) {
                return symbols;
            }
            try {
                TessPageIterator page = TessAPI1.TessResultIteratorGetPageIterator(it);
                IntBuffer left = IntBuffer.allocate(1);
                IntBuffer top = IntBuffer.allocate(1);
                IntBuffer right = IntBuffer.allocate(1);
                IntBuffer bottom = IntBuffer.allocate(1);
                int line = -1;
                do {
                    if (TessAPI1.TessPageIteratorIsAtBeginningOf(page, TessPageIteratorLevel.RIL_TEXTLINE) != 0) {
                        line++;
                    }
                    boolean wordStart = TessAPI1.TessPageIteratorIsAtBeginningOf(page, TessPageIteratorLevel.RIL_WORD) != 0;
                    Pointer p = TessAPI1.TessResultIteratorGetUTF8Text(it, TessPageIteratorLevel.RIL_SYMBOL);
                    if (p == null) {
                        continue;
                    }
                    String text = p.getString(0, "UTF-8");
                    TessAPI1.TessDeleteText(p);
                    float conf = TessAPI1.TessResultIteratorConfidence(it, TessPageIteratorLevel.RIL_SYMBOL);
                    TessAPI1.TessPageIteratorBoundingBox(page, TessPageIteratorLevel.RIL_SYMBOL, left, top, right, bottom);
                    symbols.add(new OcrSymbol(Math.max(0, line), text, Math.max(0, conf) / 100.0,
                            left.get(0), top.get(0), right.get(0), bottom.get(0), wordStart));
                } while (TessAPI1.TessResultIteratorNext(it, TessPageIteratorLevel.RIL_SYMBOL) != 0);
            } finally {
                TessAPI1.TessResultIteratorDelete(it);
            }
            return symbols;
        } finally {
            TessAPI1.TessBaseAPIClear(handle);
        }
    }

    private void setImage(BufferedImage region, OcrProfile profile) {
        BufferedImage gray = gray(region);
        byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        ByteBuffer buffer = ByteBuffer.allocateDirect(pixels.length);
        buffer.put(pixels).flip();
        TessAPI1.TessBaseAPISetPageSegMode(handle, profile.pageSegMode());
        TessAPI1.TessBaseAPISetVariable(handle, "tessedit_char_whitelist", profile.whitelist());
        TessAPI1.TessBaseAPISetImage(handle, buffer, gray.getWidth(), gray.getHeight(), 1, gray.getWidth());
    }

    private static BufferedImage gray(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY && image.getRaster().getDataBuffer().getSize()
                == image.getWidth() * image.getHeight() && image.getRaster().getMinX() == 0
                && image.getRaster().getSampleModelTranslateX() == 0 && image.getRaster().getSampleModelTranslateY() == 0) {
            return image;
        }
        BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return gray;
    }

    @Override
    public void close() {
        if (handle != null) {
            TessAPI1.TessBaseAPIEnd(handle);
            TessAPI1.TessBaseAPIDelete(handle);
            handle = null;
        }
    }
}
