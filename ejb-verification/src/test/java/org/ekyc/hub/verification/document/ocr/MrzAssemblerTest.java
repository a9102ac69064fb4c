package org.ekyc.hub.verification.document.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MrzAssemblerTest {

    /** Symbols for a line drawn at a 20 px pitch, capitals 22 px high and fillers 19 px. */
    private static List<OcrSymbol> line(int line, String text, int... skipped) {
        List<OcrSymbol> out = new ArrayList<>();
        outer:
        for (int i = 0; i < text.length(); i++) {
            for (int s : skipped) {
                if (s == i) {
                    continue outer;
                }
            }
            char c = text.charAt(i);
            int h = c == '<' ? 19 : 22;
            out.add(new OcrSymbol(line, String.valueOf(c), 0.95, 10 + i * 20, 30 - h, 26 + i * 20, 30));
        }
        return out;
    }

    @Test
    void droppedFillersAreRestoredFromTheCharacterPitch() {
        String l2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
        List<OcrSymbol> symbols = new ArrayList<>(line(0, "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", 30, 31, 32, 40, 43));
        symbols.addAll(line(1, l2, 38, 39));
        assertThat(MrzAssembler.assemble(symbols, 44))
                .containsExactly("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", l2);
    }

    @Test
    void aShortGlyphReadAsKIsAFillerButATallKStaysALetter() {
        List<OcrSymbol> symbols = new ArrayList<>(line(0, "P<UTOKIM<<ANNA<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<"));
        // the model called the 30th glyph (a filler, 19 px high) a K
        OcrSymbol filler = symbols.get(30);
        symbols.set(30, new OcrSymbol(0, "K", 0.9, filler.left(), filler.top(), filler.right(), filler.bottom()));
        assertThat(MrzAssembler.assemble(symbols, 44)).containsExactly("P<UTOKIM<<ANNA<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<");
    }

    @Test
    void theFirstCharacterOfALineIsNeverAFiller() {
        List<OcrSymbol> symbols = new ArrayList<>(line(0, "S54998974<UTO7408122F1204159ZE184226B<<<<<10"));
        OcrSymbol first = symbols.get(0);
        symbols.set(0, new OcrSymbol(0, "K", 0.3, first.left(), first.top() + 4, first.right(), first.bottom()));
        assertThat(MrzAssembler.assemble(symbols, 44).get(0)).startsWith("K54998974");
    }

    @Test
    void aLineEndingInACheckDigitIsAnchoredOnItWhenItsFirstCharacterWasDropped() {
        String l1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
        String l2 = "S14826573<UTO7408122F1204159ZE184226B<<<<<10";
        List<OcrSymbol> symbols = new ArrayList<>(line(0, l1));
        symbols.addAll(line(1, l2, 0));
        assertThat(MrzAssembler.assemble(symbols, 44)).containsExactly(l1, "<" + l2.substring(1));
    }
}
