package org.ekyc.hub.verification.screening.name;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Arabic-script rules of {@link NameNormalizer}: the letter variants folded before transliteration
 * and the word rules applied to Arabic-script names, kept apart from the Latin and East Asian rules.
 */
final class ArabicScript {

    /**
     * Arabic-script honorifics and particles, dropped as their Latin spellings are ({@code sheikh}, {@code haji},
     * {@code mullah}, {@code mawlawi}, {@code dr}, {@code bin}, {@code ibn}, {@code bint}, {@code ould}); the
     * spellings after {@link #letters} folded the letter variants.
     */
    private static final Set<String> ARABIC_NOISE = Set.of(
            "\u0634\u064A\u062E", "\u0627\u0644\u0634\u064A\u062E",                      // شيخ، الشيخ
            "\u062D\u0627\u062C", "\u0627\u0644\u062D\u0627\u062C", "\u062D\u0627\u062C\u064A", "\u062D\u062C\u064A", // حاج، الحاج، حاجي، حجي
            "\u062D\u0627\u062C\u0649", "\u062D\u062C\u0649",                                // حاجى، حجى
            "\u0645\u0644\u0627", "\u0645\u0644\u0644\u0627",                                // ملا، مللا
            "\u0645\u0648\u0644\u0648\u064A", "\u0627\u0644\u0645\u0648\u0644\u0648\u064A", "\u0645\u0648\u0644\u0627\u0646\u0627", // مولوي، المولوي، مولانا
            "\u062F\u0643\u062A\u0648\u0631", "\u0627\u0644\u062F\u0643\u062A\u0648\u0631",      // دكتور، الدكتور
            "\u0628\u0646", "\u0627\u0628\u0646", "\u0628\u0646\u062A", "\u0648\u0644\u062F");       // بن، ابن، بنت، ولد
    private static final String ARABIC_ABD = "\u0639\u0628\u062F"; // عبد
    private static final String AL_DIN = "\u0627\u0644\u062F\u064A\u0646"; // الدين
    private static final String ABD_AL = "\u0639\u0628\u062F\u0627\u0644"; // عبدال
    private static final String ABU = "\u0627\u0628\u0648"; // ابو (after the hamza forms are folded)
    private static final String ARTICLE = "\u0627\u0644"; // ال

    private ArabicScript() {
    }

    /**
     * Arabic-script letter variants folded before transliteration, as search engines fold them
     * (Lucene's {@code ArabicNormalizer} and {@code PersianNormalizer} use the same mappings): vowel
     * signs and tatweel removed; alef with hamza or madda → alef; hamza on waw/yeh → waw/yeh; the
     * Persian/Urdu yeh and yeh barree → yeh (the alef maksura ى is kept: it is read a in
     * {@code Mustafa}, {@code Yahya}, i in {@code Hajji}); keheh → kaf; heh doachashmee, heh goal
     * and ae → heh; a lone hamza removed; the Pashto letters ځ ډ ړ ښ ټ ڼ → the letter they are
     * romanized like (ز د ر ش ت ن), which ICU does not transliterate as names are written.
     */
    static String letters(String text) {
        StringBuilder out = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0640' || (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || (c >= '\u06D6' && c <= '\u06ED')
                    || c == '\u0621') {
                continue;
            }
            switch (c) {
                case '\u0623', '\u0625', '\u0622', '\u0671' -> out.append('\u0627');
                case '\u0624' -> out.append('\u0648');
                case '\u0626', '\u06CC', '\u06D0', '\u06D2', '\u06CD' -> out.append('\u064A');
                case '\u06A9' -> out.append('\u0643');
                case '\u06BE', '\u06C1', '\u06D5' -> out.append('\u0647');
                case '\u06C0', '\u06C3' -> out.append('\u0629');
                case '\u0681' -> out.append('\u0632');                 // Pashto ځ: z (Zadran)
                case '\u0689' -> out.append('\u062F');                 // ډ
                case '\u0693' -> out.append('\u0631');                 // ړ
                case '\u069A' -> out.append('\u0634');                 // ښ
                case '\u067C' -> out.append('\u062A');                 // ټ
                case '\u06BC' -> out.append('\u0646');                 // ڼ
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Word rules for Arabic script, on folded letters. Compounds are split as their Latin spellings
     * are ({@link NameNormalizer#words}): عبدالحليم → عبد حليم, نورالله → نور allah, نورالدين → نور دين,
     * أبواليزيد → أبو يزيد, and a name run into a following عبد is separated (محمدعبد → محمد عبد); الله is {@code allah}, as every list writes it; a detached ال is dropped;
     * then in each word the article ال is removed from the front, the ta marbuta ة (-a or -ah in
     * Latin) is removed and a word-initial ع is written as the vowel lists write for it ({@code Omar},
     * {@code Ali}, {@code Abd}, {@code Isam}); honorifics and particles are dropped while two words remain.
     */
    static List<String> words(String text) {
        List<String> pieces = new ArrayList<>();
        for (String word : text.strip().split("\\s+")) {
            if (word.equals(NameNormalizer.ALLAH) || word.equals(NameNormalizer.ALLAH.substring(1))) {
                pieces.add("allah");
            } else if (word.length() >= NameNormalizer.ALLAH.length() + 2 && word.endsWith(NameNormalizer.ALLAH)) {
                pieces.add(word.substring(0, word.length() - NameNormalizer.ALLAH.length()));
                pieces.add("allah");
            } else if (word.length() >= AL_DIN.length() + 2 && word.endsWith(AL_DIN)) {
                pieces.add(word.substring(0, word.length() - AL_DIN.length()));
                pieces.add(AL_DIN.substring(2));
            } else if (word.length() >= ARABIC_ABD.length() + 3 && word.endsWith(ARABIC_ABD)) {
                pieces.add(word.substring(0, word.length() - ARABIC_ABD.length())); // محمدعبد البصير: a space left out
                pieces.add(ARABIC_ABD);
            } else if (word.length() >= ABD_AL.length() + 2 && word.startsWith(ABD_AL)) {
                pieces.add(ABD_AL.substring(0, 3));
                pieces.add(word.substring(ABD_AL.length()));
            } else if (word.length() >= ABU.length() + 3 && word.startsWith(ABU)) {
                pieces.add(ABU);
                String rest = word.substring(ABU.length());
                pieces.add(rest.startsWith(ARTICLE) && rest.length() >= 4 ? rest.substring(2) : rest);
            } else if (!word.equals(ARTICLE)) {
                pieces.add(word);
            }
        }
        List<String> words = new ArrayList<>(pieces.size());
        for (String piece : pieces) {
            String w = piece;
            boolean damaged = w.indexOf('\uFFFD') >= 0;
            // a damaged word keeps ال unless three letters remain after it: الل� may be الله (allah) as well as ال + ل�
            if (w.startsWith(ARTICLE) && w.length() >= (damaged ? 6 : 4) && !ARABIC_NOISE.contains(w)) {
                w = w.substring(2);
            }
            if (w.startsWith("\u0639")) {
                w = "\u0627" + w.substring(1);
            }
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        long meaningful = words.stream().filter(w -> !ARABIC_NOISE.contains(w)).count();
        if (meaningful >= 2) {
            words.removeIf(ARABIC_NOISE::contains);
        }
        return words;
    }

    static boolean isArabic(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC);
    }
}
