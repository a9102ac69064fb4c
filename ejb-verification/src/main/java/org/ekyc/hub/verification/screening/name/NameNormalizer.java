package org.ekyc.hub.verification.screening.name;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Turns a name in any script into the Latin token form the matcher compares. The rules, in order:
 * <ol>
 *   <li>Unicode NFKC (full-width letters, compatibility forms);</li>
 *   <li>Hangul by the Revised Romanization ({@link HangulRomanizer}); an unspaced Korean name is
 *       split into surname and given name;</li>
 *   <li>Arabic script, word by word ({@link ArabicScript#letters}, {@link ArabicScript#words}): letter variants
 *       folded, compounds split (عبدال…, …الله, …الدين, ابو…), the article and honorifics dropped, a
 *       word-initial ع written as a vowel; each word keeps its letter pattern ({@link ArabicConsonants})
 *       and the name is marked consonantal;</li>
 *   <li>Cyrillic by BGN/PCGN (ICU {@code Russian-Latin/BGN}), Han by Hanyu Pinyin (an unspaced Chinese
 *       name as surname and one-word given name) and every other script by ICU {@code Any-Latin},
 *       then {@code Latin-ASCII} removes diacritics;</li>
 *   <li>lower case; apostrophes and other letter-internal marks removed ({@code Nu'man} → {@code numan});
 *       a hyphen joins ({@code Ho-jin} → {@code hojin}) except after an Arabic article, which is dropped
 *       ({@code al-Tikriti} → {@code tikriti}); other punctuation separates words ({@code KIM, Jong Un});</li>
 *   <li>honorifics, titles and particles ({@code mr}, {@code dr}, {@code sheikh}, {@code haji}, {@code al},
 *       {@code bin}...) are dropped, as long as two words remain ({@code SAI'ID, Shaykh} keeps its Shaykh);
 *       {@code ben} and {@code ould} between two words are dropped;</li>
 *   <li>compounds are words of their own: abd- ({@code Abdul Jalil}, {@code Abduljalil} → {@code abd jalil}),
 *       abu-, bin-al-, -ullah, -uddin ({@code Hidayatullah} → {@code hidayat allah}).</li>
 * </ol>
 * A Korean name in Latin letters (a surname spelling first or last, every word Korean syllables,
 * {@link KoreanRomanization}) is marked {@link NormalizedName#korean()} and gets one more form with
 * its given name joined ({@code Tong Ho Ri} → {@code tongho ri}).
 * Word order is not normalised here: the matcher compares token sets. Thread-safe (ICU
 * transliterators are not, so each thread gets its own).
 */
public final class NameNormalizer {

    private static final Set<String> NOISE = Set.of(
            "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam", "sheikh", "shaykh", "sheik", "haji",
            "hajji", "hadji", "mullah", "mulla", "maulana", "mawlawi", "maulvi", "mawlana", "general", "gen",
            "colonel", "col", "captain", "capt", "major", "lieutenant", "lt", "brigadier", "admiral", "judge",
            "al", "el", "ul", "ur", "ud", "bin", "ibn", "bint", "binti", "bn", "bnt", "jr", "sr", "ii", "iii");
    private static final Set<String> ABD = Set.of("abd", "abdul", "abdel", "abdal", "abdoul", "abdu", "abdol", "abdur", "abder",
            "abdar", "abdor", "bd");
    private static final Pattern ABD_PREFIX = Pattern.compile(
            "(abdoul|abdul|abdur|abder|abdel|abdal|abdar|abdol|abdor|abdu|abd|bdal|bdl|bd)(\\p{L}{3,})");
    /** Theophoric and religious compounds written as one word: {@code Hidayatullah}, {@code Jalaluddin}, {@code Noureddine}. */
    private static final Pattern ALLAH_SUFFIX = Pattern.compile("(\\p{L}{3,}?)(ullah|ulla|ollah|olla|allah|illah|allh)");
    private static final Set<String> DIN = Set.of("din", "deen", "uddin", "uddine", "ouddine", "eddine", "eddin", "eldin",
            "aldin", "addin", "uldin");
    private static final Set<String> ALLAH_WORDS = Set.of("allah", "ullah", "ulla", "ollah", "allh");
    /** Abu and its spellings written together with the name ({@code Abubakar}, أبوبكر). */
    private static final Pattern ABU_PREFIX = Pattern.compile("(?:abu|abou|abo)(\\p{L}{3,})");
    /** bin/ben + article written as one word with the name ({@code BINALSHIBH}): particles dropped. */
    private static final Pattern BIN_AL_PREFIX = Pattern.compile("(?:binal|benal|ibnal)(\\p{L}{3,})");
    /** A c before e, i or y is an s in the French and Spanish spellings of names ({@code Lounici}, {@code Feliciano}). */
    private static final Pattern SOFT_C = Pattern.compile("c(?=[eiy])");
    private static final Pattern DIN_SUFFIX = Pattern.compile("(\\p{L}{3,}?)(uddin|uddine|ouddine|ouddin|oudine|oudin|eddine"
            + "|eddin|eddyn|uddeen|udeen|addin|addine|aldin|aldyn|udin|iddin|oddin|uldin)");
    private static final Set<String> PATRONYMIC = Set.of("bin", "ibn", "bn");
    /** Patronymic particles that lists write inside a name ({@code MOHAMED BEN BELGACEM}, {@code OULD MUHAMMAD}). */
    private static final Set<String> INNER_PARTICLES = Set.of("ben", "ould");
    static final String ALLAH = "\u0627\u0644\u0644\u0647"; // الله
    /** جان، خيل، مل، زي، زاده as transliterated (after the letter variants are folded). */
    private static final Set<String> NAME_SUFFIXES = Set.of("jan", "khyl", "ml", "zy", "zadh");
    private static final Pattern ARTICLE_HYPHEN = Pattern.compile("\\b(?:al|el|ad|ar|as|ash|at|az|an|ul|ur|ud|us|uz)-");
    private static final Pattern HYPHEN = Pattern.compile("(?<=\\p{L})-(?=\\p{L})");
    /** -din and -allah after a hyphen are words of their own ({@code Izz-Din}, {@code Izz-al-Din}, {@code Abd-Allah}). */
    private static final Pattern HYPHEN_COMPOUND = Pattern.compile("(?<=\\p{L})-(?=(?:din|deen|dine|allah|ullah)\\b)");
    private static final Pattern APOSTROPHES = Pattern.compile("['`\u2018\u2019\u02BB\u02BC\u02BF\u02BE\u00B4]");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    private static final Set<String> HAN_COMPOUND_SURNAMES = Set.of("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟",
            "公孙", "慕容", "令狐", "夏侯", "司徒", "长孙", "宇文", "歐陽", "諸葛", "東方", "長孫");
    private static final Set<String> TWO_SYLLABLE_SURNAMES = Set.of("남궁", "선우", "제갈", "황보", "독고", "사공", "서문");
    private static final int MERGE_MAX_LENGTH = 4;
    private static final Pattern INVISIBLE = Pattern.compile("[\u200B\u200D\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069\uFEFF]");
    private static final Pattern DAMAGED_WORD = Pattern.compile("\\S*\uFFFD\\S*");
    private static final Pattern DAMAGE_RUN = Pattern.compile("\uFFFD+");

    private static final ThreadLocal<Transliterator> TO_LATIN = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII"));
    private static final ThreadLocal<DoubleMetaphone> METAPHONE = ThreadLocal.withInitial(() -> {
        DoubleMetaphone dm = new DoubleMetaphone();
        dm.setMaxCodeLen(6);
        return dm;
    });

    /**
     * The forms to compare for one written name: the normalised name; when it has adjacent
     * short words ({@code Jong Un}, {@code Jin Ping}), the same name with those joined, because
     * lists write syllabic given names both ways; when an abd- prefix was split, the unsplit
     * name too (a misspelt prefix no longer splits). Empty when nothing of the name remains.
     */
    public List<NormalizedName> forms(String name) {
        Map<String, String> consonants = new HashMap<>();
        List<String> unsplit = baseWords(name, consonants);
        List<String> words = splitCompounds(unsplit);
        if (words.isEmpty()) {
            return List.of();
        }
        boolean consonantal = ArabicScript.isArabic(name);
        Map<String, String> patterns = consonantal ? consonants : null;
        List<NormalizedName> forms = new ArrayList<>(2);
        forms.add(new NormalizedName(name, tokens(words, patterns), consonantal));
        List<String> merged = mergeShort(words);
        if (merged.size() != words.size()) {
            forms.add(new NormalizedName(name, tokens(merged, patterns), consonantal));
        }
        if (!unsplit.equals(words) && !unsplit.isEmpty()) {
            forms.add(new NormalizedName(name, tokens(unsplit, patterns), consonantal));
        }
        if (consonantal) {
            List<String> joined = joinNameSuffixes(words, consonants);
            if (joined.size() != words.size()) {
                forms.add(new NormalizedName(name, tokens(joined, patterns), true));
            }
            List<String> unglued = ungluedParticles(words, consonants);
            if (unglued != null) {
                forms.add(new NormalizedName(name, tokens(unglued, patterns), true));
            }
        } else if (isKoreanName(words)) {
            for (List<String> joined : koreanGivenNameJoined(words)) {
                if (forms.stream().noneMatch(f -> f.text().equals(String.join(" ", joined)))) {
                    forms.add(new NormalizedName(name, tokens(joined, null), false));
                }
            }
            forms.replaceAll(f -> new NormalizedName(f.original(), f.tokens(), false, true));
        }
        return forms;
    }

    /**
     * A Korean name in Latin letters: two to five words, a Korean surname spelling first or last,
     * every word readable as Korean syllables ({@link KoreanRomanization}) or a surname spelling
     * ({@code PARK}, {@code LEE}: customary spellings that are not syllable readings).
     */
    static boolean isKoreanName(List<String> words) {
        return words.size() >= 2 && words.size() <= 5
                && (KoreanRomanization.isSurname(words.get(0)) || KoreanRomanization.isSurname(words.get(words.size() - 1)))
                && words.stream().allMatch(w -> KoreanRomanization.readsAsKorean(w) || KoreanRomanization.isSurname(w));
    }

    /**
     * Korean given names are written joined, hyphenated or as separate syllables ({@code TONGHO},
     * {@code TONG-HO}, {@code TONG HO}) and the surname first or last: the surname and the rest joined
     * into one word, for a surname spelling in first place and for one in last place.
     */
    private static List<List<String>> koreanGivenNameJoined(List<String> words) {
        List<List<String>> out = new ArrayList<>(2);
        int last = words.size() - 1;
        if (last >= 2 && KoreanRomanization.isSurname(words.get(0))) {
            out.add(List.of(words.get(0), String.join("", words.subList(1, words.size()))));
        }
        if (last >= 2 && KoreanRomanization.isSurname(words.get(last))) {
            out.add(List.of(String.join("", words.subList(0, last)), words.get(last)));
        }
        return out;
    }

    /** The normalised words of a name, in written order. */
    public List<String> words(String name) {
        return splitCompounds(baseWords(name, new HashMap<>()));
    }

    /**
     * The words before compounds are split; for a word transliterated from Arabic script, its
     * consonant pattern (taken from the Arabic letters) goes into {@code consonants}.
     */
    private List<String> baseWords(String name, Map<String, String> consonants) {
        String text = visible(Normalizer.normalize(name, Normalizer.Form.NFKC)).strip();
        if (HangulRomanizer.containsHangul(text)) {
            text = HangulRomanizer.romanize(splitKoreanSurname(text));
        }
        List<String> words = new ArrayList<>();
        if (ArabicScript.isArabic(text)) {
            // word by word, so each Latin word keeps the consonants of the Arabic word it came from;
            // Arabic honorifics were dropped before transliteration (ʿmr is not "mr")
            for (String arabicWord : ArabicScript.words(ArabicScript.letters(text))) {
                // the ta marbuta ة is written -a or -ah in Latin: left out here, kept in the pattern
                String letters = arabicWord.replace("\u0629", "").replace("\uFFFD", ""); // a lost letter: in the pattern only
                List<String> latin = latinWords(isAscii(letters) ? letters : TO_LATIN.get().transliterate(letters));
                if (latin.size() == 1 && !isAscii(arabicWord)) {
                    consonants.putIfAbsent(latin.get(0), ArabicConsonants.pattern(arabicWord));
                }
                words.addAll(latin);
            }
        } else {
            text = isHanName(text) ? hanName(text) : text;
            words.addAll(latinWords(isAscii(text) ? text : TO_LATIN.get().transliterate(text)));
            long meaningful = words.stream().filter(w -> !NOISE.contains(w)).count();
            if (meaningful >= 2) {
                words.removeIf(NOISE::contains);
            } else {
                words.replaceAll(w -> PATRONYMIC.contains(w) ? "bin" : w); // kept: one spelling (Ibn al-Shaykh, Bin al-Shaykh)
            }
        }
        for (int i = words.size() - 2; i >= 1; i--) {
            if (INNER_PARTICLES.contains(words.get(i))) {
                words.remove(i); // ben, ould between two words; a first or last "Ben" is a name
            }
        }
        return words;
    }

    /**
     * Characters that are not written letters removed (#17): direction marks and embeddings (U+200E, U+200F,
     * U+061C, U+202A–U+202E, U+2066–U+2069), the zero-width space and joiner and the byte-order mark; the
     * zero-width non-joiner that Persian writes between the parts of a name ({@code محمد‌رضا}) separates
     * words as a space does (the matcher joins adjacent words back where the other name writes one);
     * a word holding the replacement character U+FFFD, a letter lost in some encoding, cannot be read
     * and is left out while another word remains.
     */
    static String visible(String text) {
        String out = INVISIBLE.matcher(text).replaceAll("").replace('\u200C', ' ');
        if (out.indexOf('\uFFFD') >= 0 && ArabicScript.isArabic(out)) {
            // Arabic script (#17): a run of U+FFFD is one lost letter, a wildcard in the word's letter pattern
            // (ArabicConsonants.WILDCARD); a word with fewer than two letters besides it is left out as below
            out = DAMAGE_RUN.matcher(out).replaceAll("\uFFFD");
            StringBuilder kept = new StringBuilder(out.length());
            for (String word : out.strip().split("\\s+")) {
                long letters = word.codePoints().filter(Character::isLetter).count();
                if (word.indexOf('\uFFFD') < 0 || letters >= ArabicConsonants.WILDCARD_MIN_LETTERS) {
                    kept.append(kept.length() == 0 ? "" : " ").append(word);
                }
            }
            out = kept.toString();
        }
        if (out.indexOf('\uFFFD') >= 0 && !ArabicScript.isArabic(out)) {
            String kept = DAMAGED_WORD.matcher(out).replaceAll(" ").strip();
            out = kept.codePoints().anyMatch(Character::isLetterOrDigit) ? kept : out.replace("\uFFFD", "");
        }
        return out;
    }

    /**
     * Persian and Pashto names end in words that lists write both apart and joined ({@code Wali Jan},
     * {@code WALIJAN}; {@code Shahid Khel}, {@code SHAHIDKHEL}; {@code Siddiq Mal}, {@code SIDDIQMAL}):
     * جان, خیل, مل, زی, زاده written as separate words are joined to the word before, as one more form.
     * The joined word's pattern is the two patterns in a row.
     */
    private static List<String> joinNameSuffixes(List<String> words, Map<String, String> consonants) {
        List<String> out = new ArrayList<>(words.size());
        for (String word : words) {
            int last = out.size() - 1;
            if (last >= 0 && NAME_SUFFIXES.contains(word) && consonants.containsKey(out.get(last))
                    && consonants.containsKey(word)) {
                String joined = out.get(last) + word;
                consonants.putIfAbsent(joined, consonants.get(out.get(last)) + consonants.get(word));
                out.set(last, joined);
            } else {
                out.add(word);
            }
        }
        return out;
    }

    /**
     * The particles بن and بنت written together with the name that follows ({@code بنحسين}, <i>BEN HASSINE</i>,
     * #17): the words with the particle taken off, as one more form, as a particle written apart is dropped
     * ({@link ArabicScript#words}). Only when at least three consonants follow ({@link ArabicConsonants#unglued}:
     * {@code بندر} <i>Bandar</i>, {@code بنيامين} <i>Binyamin</i> are names); {@code null} when no word has one.
     * A glued ابو is split by {@link ArabicScript#words} already.
     */
    private static List<String> ungluedParticles(List<String> words, Map<String, String> consonants) {
        List<String> out = null;
        for (int i = 0; i < words.size(); i++) {
            String pattern = consonants.get(words.get(i));
            String rest = pattern == null ? null : ArabicConsonants.unglued(pattern);
            String particle = rest == null ? null : pattern.substring(0, pattern.length() - rest.length());
            if (particle != null && words.get(i).startsWith(particle) && words.get(i).length() > particle.length()) {
                String latin = words.get(i).substring(particle.length());
                consonants.putIfAbsent(latin, rest);
                if (out == null) {
                    out = new ArrayList<>(words);
                }
                out.set(i, latin);
            }
        }
        return out;
    }

    /** An unspaced name of two to four Han characters: a Chinese name written surname first. */
    private static boolean isHanName(String text) {
        int count = text.codePointCount(0, text.length());
        return count >= 2 && count <= 4
                && text.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    /**
     * A Chinese name in Hanyu Pinyin as personal names are written (GB/T 16159-2012, and as the
     * lists write them): the surname, then the given name as one word, {@code 王小明} → {@code wang xiaoming}.
     * ICU writes every syllable as a word, which made a two-syllable given name look like a given
     * name plus a middle name. Compound surnames (欧阳, 司马, 诸葛...) stay together.
     */
    private String hanName(String text) {
        int split = text.codePointCount(0, text.length()) >= 3 && HAN_COMPOUND_SURNAMES.contains(text.substring(0, 2)) ? 2 : 1;
        int at = text.offsetByCodePoints(0, split);
        Transliterator latin = TO_LATIN.get();
        return latin.transliterate(text.substring(0, at)).replaceAll("\\s+", "") + " "
                + latin.transliterate(text.substring(at)).replaceAll("\\s+", "");
    }

    /** Lower case, apostrophes removed, hyphens joined or (after an article) separating, split into words. */
    private static List<String> latinWords(String text) {
        text = text.toLowerCase(Locale.ROOT);
        text = APOSTROPHES.matcher(text).replaceAll("");
        text = ARTICLE_HYPHEN.matcher(text).replaceAll(" ");
        text = HYPHEN_COMPOUND.matcher(text).replaceAll(" ");
        text = HYPHEN.matcher(text).replaceAll("");
        List<String> words = new ArrayList<>();
        for (String word : SEPARATORS.split(text)) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** One token with its comparison keys. */
    public NameToken token(String word) {
        return token(word, "");
    }

    /**
     * One token; {@code consonants} is the word's Arabic consonant pattern ({@link ArabicConsonants})
     * when it was transliterated from Arabic script, else empty.
     */
    public NameToken token(String word, String consonants) {
        String folded = fold(word);
        DoubleMetaphone dm = METAPHONE.get();
        String primary = nullToEmpty(dm.doubleMetaphone(word));
        String alternate = nullToEmpty(dm.doubleMetaphone(word, true));
        return new NameToken(word, folded, skeleton(folded), primary, alternate,
                KoreanSurnames.classOf(word).orElse(null), consonants);
    }


    /** Arabic-script letter variants folded before transliteration ({@link ArabicScript#letters}). */
    static String arabicLetters(String text) {
        return ArabicScript.letters(text);
    }

    /**
     * Romanization folding: collapses the spellings in which romanization systems differ — the
     * McCune-Reischauer and Revised Romanization pairs (k/g, t/d, p/b, ch/j, o/eo, u/eu),
     * the Wade-Giles/Pinyin stops, {@code ou}/{@code u}, doubled letters — so {@code Chong-chol}
     * and {@code Jeongcheol} fold together.
     */
    public static String fold(String word) {
        String s = SOFT_C.matcher(finalVowelI(word)).replaceAll("s").replace("dj", "j").replace("eo", "o").replace("eu", "u").replace("ou", "u").replace("oo", "u")
                .replace("wo", "o").replace("ae", "e").replace("ph", "f").replace("kh", "k").replace("ch", "j")
                .replace("sh", "s").replace("dh", "d").replace("th", "t").replace("gh", "g");
        StringBuilder out = new StringBuilder(s.length());
        char previous = 0;
        for (char c : s.toCharArray()) {
            char f = switch (c) {
                case 'g', 'q', 'c' -> 'k';
                case 'd' -> 't';
                case 'b' -> 'p';
                case 'z' -> 's';
                case 'v' -> 'w';
                default -> c;
            };
            if (f != previous) {
                out.append(f);
            }
            previous = f;
        }
        return out.toString();
    }

    /**
     * A word-final long i written y or ee after a consonant ({@code Aly}, {@code Alee}, {@code Fathy},
     * {@code Zakee}) is written i, as the other spellings of the same names have it.
     */
    private static String finalVowelI(String word) {
        int n = word.length();
        if (n >= 3 && word.endsWith("ee") && "aeiouy".indexOf(word.charAt(n - 3)) < 0) {
            return word.substring(0, n - 2) + "i";
        }
        if (n >= 3 && word.charAt(n - 1) == 'y' && "aeiouy".indexOf(word.charAt(n - 2)) < 0) {
            return word.substring(0, n - 1) + "i";
        }
        return word;
    }

    /**
     * The consonants of a folded word: vowels and the glides w and y removed, doubles collapsed,
     * a final h dropped ({@code Hamzah} and {@code Hamza} written from حمزة agree).
     */
    public static String skeleton(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        char previous = 0;
        for (char c : folded.toCharArray()) {
            if ("aeiouyw".indexOf(c) < 0 && c != previous) {
                out.append(c);
            }
            previous = "aeiouyw".indexOf(c) < 0 ? c : previous;
        }
        int last = out.length() - 1;
        if (last > 0 && out.charAt(last) == 'h') {
            out.setLength(last);
        }
        return out.toString();
    }

    /**
     * Arabic theophoric names are written as one word or two ({@code Abdallah}, {@code Abd Allah},
     * {@code Abdul Jalil}, {@code Abduljalil}, عبد الجليل): the prefix abd- and its variants become
     * the word {@code abd} and the rest its own word, so every spelling gives the same tokens in
     * any word order. Compounds with Allah and al-Din are split the same way
     * ({@code Hidayatullah}, هدايت الله → {@code hidayat allah}; {@code Jalaluddin}, {@code Jalal al-Din},
     * جلال الدين → {@code jalal din}).
     */
    private static List<String> splitCompounds(List<String> words) {
        List<String> out = new ArrayList<>(words.size() + 2);
        for (String word : words) {
            if (ABD.contains(word)) {
                out.add("abd");
                continue;
            }
            if (DIN.contains(word)) {
                out.add("din"); // Nor Eldin, Salah Eddine, Shams al-Din
                continue;
            }
            if (ALLAH_WORDS.contains(word)) {
                out.add("allah");
                continue;
            }
            java.util.regex.Matcher p = BIN_AL_PREFIX.matcher(word);
            if (p.matches()) {
                word = p.group(1);
            }
            p = ABU_PREFIX.matcher(word);
            if (p.matches()) {
                out.add("abu");
                word = p.group(1);
            }
            java.util.regex.Matcher m = ABD_PREFIX.matcher(word);
            if (m.matches()) {
                out.add("abd");
                out.add(m.group(2).equals("lah") ? "allah" : m.group(2));
                continue;
            }
            m = ALLAH_SUFFIX.matcher(word);
            if (m.matches()) {
                out.add(m.group(1));
                out.add("allah");
                continue;
            }
            m = DIN_SUFFIX.matcher(word);
            if (m.matches()) {
                out.add(m.group(1));
                out.add("din");
            } else {
                out.add(word);
            }
        }
        return out;
    }

    /** Tokens of distinct words; {@code consonants} is null for a name not written in Arabic script. */
    private List<NameToken> tokens(List<String> words, Map<String, String> consonants) {
        Set<String> seen = new LinkedHashSet<>(words);
        List<NameToken> tokens = new ArrayList<>(seen.size());
        for (String word : seen) {
            String pattern = consonants == null ? "" : consonants.getOrDefault(word, ArabicConsonants.pattern(word));
            tokens.add(token(word, pattern));
        }
        return tokens;
    }

    private static List<String> mergeShort(List<String> words) {
        List<String> merged = new ArrayList<>(words.size());
        for (String word : words) {
            int last = merged.size() - 1;
            if (last >= 1 && word.length() <= MERGE_MAX_LENGTH && merged.get(last).length() <= MERGE_MAX_LENGTH
                    && words.size() > 2) {
                merged.set(last, merged.get(last) + word);
            } else {
                merged.add(word);
            }
        }
        return merged;
    }

    /** {@code 김정은} → {@code 김 정은}; a Korean name written without a space is surname + given name. */
    private static String splitKoreanSurname(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            int syllables = (int) word.codePoints().filter(HangulRomanizer::isSyllable).count();
            boolean allHangul = syllables == word.codePointCount(0, word.length());
            if (allHangul && syllables >= 2 && syllables <= 5 && text.strip().indexOf(' ') < 0) {
                int split = TWO_SYLLABLE_SURNAMES.contains(word.substring(0, 2)) && syllables >= 4 ? 2 : 1;
                out.append(word, 0, split).append(' ').append(word.substring(split));
            } else {
                out.append(word);
            }
        }
        return out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
