package org.ekyc.hub.verification.document.ocr;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Tesseract's characters of a whole document grouped into words (characters closer than half a character
 * height) and words into rows (words whose boxes overlap vertically by more than half), top to bottom and left to
 * right, whatever Tesseract's own line segmentation made of them (in sparse-text mode a label and its value are
 * often two "lines"). Pure function of the symbols: tested without Tesseract.
 */
public final class TextRows {

    private TextRows() {
    }

    /**
     * One word: its text, the confidences of its characters and its box.
     *
     * @param minConfidence the lowest confidence of its characters (one doubtful glyph makes a doubtful word)
     */
    public record Word(String text, double meanConfidence, double minConfidence, Rectangle box) {
    }

    /** One row of words, left to right. */
    public record Row(List<Word> words) {

        public Row {
            words = List.copyOf(words);
        }

        /** The words joined by single spaces. */
        public String text() {
            return String.join(" ", words.stream().map(Word::text).toList());
        }

        public Rectangle box() {
            Rectangle r = new Rectangle(words.get(0).box());
            words.forEach(w -> r.add(w.box()));
            return r;
        }
    }

    /** Groups symbols (from {@link OcrEngine#symbols}) into rows of words. */
    public static List<Row> of(List<OcrSymbol> symbols) {
        List<OcrSymbol> glyphs = symbols.stream().filter(s -> !s.text().isBlank() && s.right() > s.left()
                && s.bottom() > s.top()).toList();
        // words: consecutive symbols of one Tesseract line, close together and on the same baseline band
        // Tesseract's own word boundaries, when the engine gave them: its glyph boxes of Latin print are often
        // loose (overlapping, even going backwards), so the gap between boxes loses a narrow space ("RAHIMOVAJASUR")
        // and splits a word in two ("UZBEKISTA N"); it marks every Hangul syllable as a word, so there the gap decides
        boolean tesseractWords = glyphs.stream().anyMatch(OcrSymbol::wordStart);
        List<List<OcrSymbol>> words = new ArrayList<>();
        List<OcrSymbol> current = new ArrayList<>();
        for (OcrSymbol s : glyphs) {
            if (!current.isEmpty()) {
                OcrSymbol last = current.get(current.size() - 1);
                double height = Math.max(last.height(), s.height());
                boolean sameLine = last.line() == s.line() && overlap(last.top(), last.bottom(), s.top(), s.bottom()) > 0.3;
                boolean byGap = s.left() - last.right() > 0.5 * height || s.left() < last.left();
                boolean hangulPair = hangul(last) && hangul(s);
                boolean split;
                if (!sameLine) {
                    split = true;
                } else if (!tesseractWords || hangulPair) {
                    split = byGap;
                } else if (hangul(last) != hangul(s)) {
                    // a bilingual label ("Status 체류자격") read as one word: the script changes at a space
                    split = s.wordStart() || byGap;
                } else {
                    split = s.wordStart();
                }
                if (split) {
                    words.add(current);
                    current = new ArrayList<>();
                }
            }
            current.add(s);
        }
        if (!current.isEmpty()) {
            words.add(current);
        }
        List<Word> found = words.stream().map(TextRows::word).toList();
        // a "word" far taller than the print (a portrait, a hologram or a guilloche read as text) would swallow rows
        double[] heights = found.stream().mapToDouble(w -> w.box().height).sorted().toArray();
        double median = heights.length == 0 ? 0 : heights[heights.length / 2];
        List<Word> all = found.stream().filter(w -> w.box().height <= 4 * median)
                .sorted(Comparator.comparingInt(w -> w.box().y)).toList();
        List<List<Word>> rows = new ArrayList<>();
        for (Word w : all) {
            List<Word> home = null;
            for (List<Word> row : rows) {
                Rectangle b = row.get(row.size() - 1).box();
                if (overlap(b.y, b.y + b.height, w.box().y, w.box().y + w.box().height) > 0.5) {
                    home = row;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                rows.add(home);
            }
            home.add(w);
        }
        return rows.stream().map(r -> {
            r.sort(Comparator.comparingInt(w -> w.box().x));
            return new Row(r);
        }).sorted(Comparator.comparingInt(r -> r.box().y)).toList();
    }

    private static Word word(List<OcrSymbol> symbols) {
        StringBuilder text = new StringBuilder();
        double sum = 0;
        double min = 1;
        Rectangle box = null;
        for (OcrSymbol s : symbols) {
            text.append(s.text());
            sum += s.confidence();
            min = Math.min(min, s.confidence());
            Rectangle r = new Rectangle(s.left(), s.top(), s.right() - s.left(), s.bottom() - s.top());
            if (box == null) {
                box = r;
            } else {
                box.add(r);
            }
        }
        return new Word(text.toString(), sum / symbols.size(), min, box);
    }

    private static boolean hangul(OcrSymbol s) {
        return s.text().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
    }

    /** Vertical overlap of two bands as a share of the smaller one. */
    static double overlap(int top1, int bottom1, int top2, int bottom2) {
        int inter = Math.min(bottom1, bottom2) - Math.max(top1, top2);
        int smaller = Math.min(bottom1 - top1, bottom2 - top2);
        return smaller <= 0 ? 0 : Math.max(0, inter) / (double) smaller;
    }
}
