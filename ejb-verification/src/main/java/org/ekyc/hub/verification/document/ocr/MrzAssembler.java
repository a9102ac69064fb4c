package org.ekyc.hub.verification.document.ocr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Rebuilds MRZ lines from recognised characters and their boxes, using what ICAO 9303 Part 3
 * fixes about the zone: OCR-B is monospaced (one character every 2.54 mm), so each character falls
 * into a cell found from its position; cells with nothing in them are fillers; and the filler
 * {@code <} is a small chevron, far shorter than a capital or digit, so a short glyph is a filler
 * whatever a general-purpose language model called it (Tesseract's English model often reads runs
 * of {@code <} as {@code K}, {@code X} or {@code E}, or drops some).
 */
public final class MrzAssembler {

    /** A glyph shorter than this share of the line's typical height is a filler (OCR-B: the chevron is ~86% of a capital). */
    static final double FILLER_HEIGHT = 0.92;

    /** Below this confidence a filler look-alike is taken for a filler. */
    static final double UNSURE = 0.6;

    /** What Tesseract's English model calls a filler, besides the filler itself. */
    static final String FILLER_LOOKALIKES = "<KXE";

    private MrzAssembler() {
    }

    /** The text lines, each exactly {@code lineLength} characters; fewer lines when fewer were seen. */
    public static List<String> assemble(List<OcrSymbol> symbols, int lineLength) {
        Map<Integer, List<OcrSymbol>> byLine = symbols.stream().filter(s -> !s.text().isBlank())
                .collect(Collectors.groupingBy(OcrSymbol::line, TreeMap::new, Collectors.toList()));
        List<List<OcrSymbol>> lines = byLine.values().stream().filter(l -> l.size() >= lineLength / 3).toList();
        double pitch = pitch(lines, lineLength);
        List<String> out = new ArrayList<>();
        for (List<OcrSymbol> line : lines) {
            out.add(line(line, pitch, lineLength));
        }
        return out;
    }

    private static String line(List<OcrSymbol> symbols, double pitch, int lineLength) {
        double typical = typicalHeight(symbols);
        char[] cells = new char[lineLength];
        double[] confidence = new double[lineLength];
        Arrays.fill(cells, '<');
        Arrays.fill(confidence, -1);
        double first = symbols.get(0).centreX();
        OcrSymbol lastSymbol = symbols.get(symbols.size() - 1);
        double extent = lastSymbol.centreX() - first;
        // a line that ends in a check digit (TD3 line 2, TD1 line 2) is anchored on it when the
        // line looks short: the first character is the one Tesseract tends to drop
        boolean anchorRight = Character.isDigit(lastSymbol.text().charAt(0)) && extent < (lineLength - 1.5) * pitch;
        double origin = anchorRight ? lastSymbol.centreX() - (lineLength - 1) * pitch : first;
        for (OcrSymbol s : symbols) {
            int cell = (int) Math.round((s.centreX() - origin) / pitch);
            if (cell < 0 || cell >= lineLength) {
                continue;
            }
            char c = s.text().charAt(0);
            // no MRZ line starts with a filler (document code, number, birth date or name)
            if (cell > 0 && FILLER_LOOKALIKES.indexOf(c) >= 0
                    && (s.height() < FILLER_HEIGHT * typical || s.confidence() < UNSURE)) {
                c = '<';
            }
            if (s.confidence() > confidence[cell]) {
                cells[cell] = c;
                confidence[cell] = s.confidence();
            }
        }
        return new String(cells);
    }

    /**
     * The height of a capital: the upper quartile over letters that are never misread fillers
     * (OCR-B digits are a little taller than capitals), or over all glyphs when a line has few letters.
     */
    private static double typicalHeight(List<OcrSymbol> symbols) {
        double[] heights = symbols.stream().filter(s -> isLetter(s) && FILLER_LOOKALIKES.indexOf(s.text().charAt(0)) < 0)
                .mapToDouble(OcrSymbol::height).sorted().toArray();
        if (heights.length < 3) {
            heights = symbols.stream().filter(s -> !s.text().startsWith("<")).mapToDouble(OcrSymbol::height)
                    .sorted().toArray();
        }
        if (heights.length == 0) {
            return symbols.stream().mapToDouble(OcrSymbol::height).max().orElse(1);
        }
        return heights[heights.length * 3 / 4];
    }

    private static boolean isLetter(OcrSymbol s) {
        char c = s.text().charAt(0);
        return c >= 'A' && c <= 'Z';
    }

    /**
     * The character pitch: the median distance between neighbouring glyphs (most are neighbours;
     * dropped fillers make a few gaps wider), refined by the longest line's extent.
     */
    private static double pitch(List<List<OcrSymbol>> lines, int lineLength) {
        List<Double> gaps = new ArrayList<>();
        for (List<OcrSymbol> line : lines) {
            for (int i = 1; i < line.size(); i++) {
                gaps.add(line.get(i).centreX() - line.get(i - 1).centreX());
            }
        }
        if (gaps.isEmpty()) {
            return 1;
        }
        gaps.sort(Double::compare);
        double median = gaps.get(gaps.size() / 2);
        double best = median;
        for (List<OcrSymbol> line : lines) {
            double extent = line.get(line.size() - 1).centreX() - line.get(0).centreX();
            long cells = Math.round(extent / median);
            if (cells == lineLength - 1) {
                best = extent / cells;
            }
        }
        return best;
    }
}
