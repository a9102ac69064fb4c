package org.ekyc.hub.verification.document.ocr;

import boofcv.struct.image.GrayU8;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.ekyc.hub.verification.document.DocumentLayout;
import org.ekyc.hub.verification.document.mrz.Mrz;
import org.ekyc.hub.verification.document.mrz.MrzParser;
import org.ekyc.hub.verification.document.quality.GrayImages;

/**
 * Reads the zones of a normalised document: crops each region of the layout (Tesseract only sees
 * the field, which is what keeps a read in tens of milliseconds) and reads it with the field's
 * profile. The MRZ is read with the ICAO character set and parsed with check-digit-guided
 * correction.
 */
public final class ZoneReader {

    /** Text lines are scaled so their height is about this many pixels, Tesseract's sweet spot. */
    private static final int LINE_HEIGHT = 40;

    private final OcrEngine ocr;

    public ZoneReader(OcrEngine ocr) {
        this.ocr = ocr;
    }

    /** The MRZ of the document, empty when no MRZ can be parsed from its zone. */
    public Optional<Mrz> mrz(GrayU8 normalised, DocumentLayout layout) {
        if (layout.mrz() == null) {
            return Optional.empty();
        }
        int lines = layout.type() == org.ekyc.hub.verification.api.document.DocumentType.ID_CARD_TD1 ? 3 : 2;
        BufferedImage zone = crop(normalised, layout.pixels(layout.mrz()), LINE_HEIGHT * lines * 1.9);
        int length = lines == 3 ? 30 : 44;
        List<String> rows = MrzAssembler.assemble(ocr.symbols(zone, OcrProfile.MRZ), length);
        return MrzParser.parse(rows);
    }

    /**
     * The MRZ in a zone whatever its format: its characters read once and assembled both as TD1 (three lines of 30)
     * and as TD3 (two lines of 44); the format whose check digits hold better is kept, TD3 when the document code
     * says passport ({@code P}) and the checks tie. Empty when neither parses.
     */
    public Optional<Mrz> mrzOfEitherFormat(GrayU8 normalised, Rectangle zone) {
        List<org.ekyc.hub.verification.document.ocr.OcrSymbol> symbols =
                ocr.symbols(crop(normalised, zone, LINE_HEIGHT * 3 * 1.9), OcrProfile.MRZ);
        Optional<Mrz> td1 = MrzParser.parse(MrzAssembler.assemble(symbols, 30))
                .filter(m -> m.format() == org.ekyc.hub.verification.document.mrz.MrzFormat.TD1);
        Optional<Mrz> td3 = MrzParser.parse(MrzAssembler.assemble(symbols, 44))
                .filter(m -> m.format() == org.ekyc.hub.verification.document.mrz.MrzFormat.TD3);
        if (td1.isEmpty() || td3.isEmpty()) {
            return td1.isPresent() ? td1 : td3;
        }
        int f1 = td1.get().failedChecks().size();
        int f3 = td3.get().failedChecks().size();
        boolean passport = td3.get().documentCode().startsWith("P");
        return f3 < f1 || f3 == f1 && passport ? td3 : td1;
    }

    /**
     * The whole document read once in Korean and English as sparse text, grouped into rows of words with their
     * boxes ({@link TextRows}): what labels and patterns are looked for in, wherever a design prints them.
     */
    public List<TextRows.Row> rows(GrayU8 normalised) {
        return TextRows.of(ocr.symbols(GrayImages.buffered(normalised), OcrProfile.CARD_TEXT));
    }

    /**
     * A whole page of Latin print read as blocks of text ({@link OcrProfile#PAGE_BLOCKS}), enlarged first: a
     * passport page normalised to 1,000 px prints its values about 22 px high and its labels about 9, and
     * Tesseract drops or joins words at that size that it reads at 1.6 times it. Only {@code area} is read (the
     * printed zone beside the portrait, above the MRZ: half the page, half the time); the rows' boxes are in the
     * enlarged area's pixels.
     */
    public List<TextRows.Row> page(GrayU8 normalised, Rectangle area) {
        Rectangle r = area.intersection(new Rectangle(0, 0, normalised.width, normalised.height));
        BufferedImage page = GrayImages.buffered(normalised.subimage(r.x, r.y, r.x + r.width, r.y + r.height));
        int w = (int) Math.round(page.getWidth() * PAGE_SCALE);
        int h = (int) Math.round(page.getHeight() * PAGE_SCALE);
        BufferedImage big = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = big.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(page, 0, 0, w, h, null);
        g.dispose();
        return TextRows.of(ocr.symbols(big, OcrProfile.PAGE_BLOCKS));
    }

    /** How much a page is enlarged for {@link #page}. */
    static final double PAGE_SCALE = 1.6;

    /**
     * One line of a card read on its own, enlarged to the line height a line read is made for: its words, boxes in
     * the crop's pixels (not the card's).
     */
    public List<TextRows.Row> line(GrayU8 normalised, Rectangle region, OcrProfile profile) {
        return TextRows.of(ocr.symbols(crop(normalised, region, LINE_HEIGHT), profile));
    }

    /** One field region read with a profile. */
    public OcrText field(GrayU8 normalised, Rectangle region, OcrProfile profile) {
        return ocr.read(crop(normalised, region, LINE_HEIGHT), profile);
    }

    /**
     * Whether a region holds no print: the grey levels of an empty cell (card background, guilloche)
     * spread little, printed characters spread a lot. Costs microseconds, an OCR call ~20 ms.
     */
    public static boolean blank(GrayU8 image, Rectangle region) {
        Rectangle r = region.intersection(new Rectangle(0, 0, image.width, image.height));
        if (r.isEmpty()) {
            return true;
        }
        GrayU8 cell = image.subimage(r.x, r.y, r.x + r.width, r.y + r.height);
        double mean = boofcv.alg.misc.ImageStatistics.mean(cell);
        return boofcv.alg.misc.ImageStatistics.variance(cell, mean) < BLANK_VARIANCE;
    }

    /** Grey-level variance below which a cell is blank (print on the generated cards measures > 1500). */
    static final double BLANK_VARIANCE = 300;

    /** Crops a region (clipped to the image) and scales it to the target height. */
    public static BufferedImage crop(GrayU8 image, Rectangle region, double targetHeight) {
        Rectangle r = region.intersection(new Rectangle(0, 0, image.width, image.height));
        BufferedImage cropped = GrayImages.buffered(image.subimage(r.x, r.y, r.x + r.width, r.y + r.height));
        double scale = targetHeight / r.height;
        if (Math.abs(scale - 1) < 0.1) {
            return cropped;
        }
        int w = Math.max(1, (int) Math.round(r.width * scale));
        int h = Math.max(1, (int) Math.round(r.height * scale));
        BufferedImage scaled = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = scaled.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(cropped, 0, 0, w, h, null);
        g.dispose();
        return scaled;
    }
}
