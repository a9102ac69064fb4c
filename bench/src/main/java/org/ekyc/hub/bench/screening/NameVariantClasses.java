package org.ekyc.hub.bench.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ekyc.hub.verification.screening.EntryType;
import org.ekyc.hub.verification.screening.ListEntry;
import org.ekyc.hub.verification.screening.ListSnapshot;

/**
 * Name variants of real list entries by class: the ways North Korean and Arabic names are written
 * differently from the list by customers and by other systems. Each class is generated from the
 * real lists (North Korean entries of OFAC and the UN for the Korean classes, entries with Arabic
 * names for the Arabic classes) by rules written here, independently of the engine's tables.
 * <p>
 * <b>Split.</b> Entries are divided by their id ({@link #heldOut}): the <i>tuning</i> half may be
 * looked at while the engine is changed, the <i>held-out</i> half is only measured and reported.
 * Each entry gives {@value #DRAWS} variants per class that applies to it, drawn from the seed.
 */
public final class NameVariantClasses {

    static final int DRAWS = 3;
    /** The seed of the reported (held-out) run; tuning runs use other seeds. */
    public static final long HELD_OUT_SEED = 17;

    private static final Pattern WORDS = Pattern.compile("[\\s,]+");
    /** South Korean and informal spellings of the surnames that North Korean entries carry. */
    private static final Map<String, String[]> SOUTH_SURNAME = Map.ofEntries(
            Map.entry("ri", new String[] {"lee", "yi", "li", "rhee", "i"}),
            Map.entry("pak", new String[] {"park", "bak"}),
            Map.entry("park", new String[] {"pak", "bak"}),
            Map.entry("choe", new String[] {"choi", "chwe"}),
            Map.entry("ch'oe", new String[] {"choi", "choe"}),
            Map.entry("kim", new String[] {"gim", "kim"}),
            Map.entry("paek", new String[] {"baek", "paik", "baik"}),
            Map.entry("pae", new String[] {"bae"}),
            Map.entry("chang", new String[] {"jang"}),
            Map.entry("jang", new String[] {"chang"}),
            Map.entry("o", new String[] {"oh"}),
            Map.entry("cho", new String[] {"jo"}),
            Map.entry("jo", new String[] {"cho"}),
            Map.entry("jon", new String[] {"jeon", "jun", "chun"}),
            Map.entry("chon", new String[] {"jeon", "jun"}),
            Map.entry("jong", new String[] {"jeong", "jung", "chung"}),
            Map.entry("sin", new String[] {"shin"}),
            Map.entry("son", new String[] {"sohn"}),
            Map.entry("ko", new String[] {"go", "koh"}),
            Map.entry("kang", new String[] {"gang"}),
            Map.entry("ryu", new String[] {"yu", "yoo"}),
            Map.entry("yu", new String[] {"yoo"}),
            Map.entry("yun", new String[] {"yoon"}),
            Map.entry("mun", new String[] {"moon"}),
            Map.entry("kil", new String[] {"gil"}),
            Map.entry("hyon", new String[] {"hyun", "hyeon"}),
            Map.entry("yo'n", new String[] {"yeon"}),
            Map.entry("ryang", new String[] {"yang"}),
            Map.entry("ryom", new String[] {"yeom"}),
            Map.entry("chu", new String[] {"ju", "joo"}),
            Map.entry("ku", new String[] {"gu", "koo"}),
            Map.entry("kwak", new String[] {"gwak"}),
            Map.entry("cha", new String[] {"cha"}),
            Map.entry("han", new String[] {"han"}),
            Map.entry("hwang", new String[] {"hwang"}));
    /** Hangul of surnames where the Latin spelling does not decide (the rest is composed syllable by syllable). */
    private static final Map<String, String> SURNAME_HANGUL = Map.ofEntries(
            Map.entry("ri", "리"), Map.entry("pak", "박"), Map.entry("park", "박"), Map.entry("choe", "최"),
            Map.entry("ch'oe", "최"), Map.entry("paek", "백"), Map.entry("jon", "전"), Map.entry("chon", "전"),
            Map.entry("jong", "정"), Map.entry("yo'n", "연"), Map.entry("ryom", "렴"), Map.entry("pae", "배"));
    private static final Set<String> ARABIC_NATIONS = Set.of("AFG", "ARE", "BHR", "DZA", "EGY", "IRN", "IRQ", "JOR",
            "KWT", "LBN", "LBY", "MAR", "MRT", "OMN", "PAK", "PSE", "QAT", "SAU", "SDN", "SOM", "SYR", "TUN", "YEM");
    private static final Set<String> ARABIC_MARKERS = Set.of("muhammad", "mohammed", "mohammad", "mohamed", "muhammed",
            "ahmad", "ahmed", "abd", "abdul", "abdel", "abdallah", "abdullah", "ali", "al", "bin", "ibn", "bint", "abu",
            "hasan", "hassan", "husayn", "hussein", "husain", "umar", "omar", "khalid", "ibrahim", "yusuf", "mahmud");
    /** A word-initial article: AL or EL apart or hyphenated, an assimilated one (AD-, AS-, ASH-...) hyphenated. */
    private static final Pattern ARTICLE = Pattern.compile(
            "(?<![\\p{L}'])(?:(?:AL|EL|Al|El|al|el)[- ]|(?:AD|AR|AS|ASH|AT|AZ|AN|Ad|Ar|As|Ash|At|Az|An)-)(?=\\p{L}{3})");
    /** ABD and its spellings before a name, not the one word ABDULLAH / ABDALLAH (the name is Allah, not "lah"). */
    private static final Pattern ABD = Pattern.compile(
            "(?<![\\p{L}'])ABD(?:UL|EL|AL|U|OUL)?(?:[- ]?(?:AL|EL|UL)?[- ]?)(?=[A-Z]{3})", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALLAH_REST = Pattern.compile("(?i)[AU]?L?LAH?\\b.*");
    private static final Pattern ALI = Pattern.compile("\\b(ALI|ALY|ALEE)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BIN = Pattern.compile("\\b(BIN|IBN|BEN|BINT)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern VOWEL_PAIR = Pattern.compile("(?<=[AEIOUaeiou])(?=[AEIOUaeiou])");

    private NameVariantClasses() {
    }

    /** The half of the entries kept out of tuning: decided by the entry id alone, so it is the same for every seed. */
    public static boolean heldOut(ListEntry entry) {
        return (entry.id().hashCode() & 1) == 1;
    }

    /** A North Korean individual: nationality DPRK, or on the UN DPRK regime or an OFAC DPRK programme. */
    static boolean northKorean(ListEntry e) {
        return e.type() == EntryType.INDIVIDUAL && (e.nationalities().contains("PRK")
                && e.programs().stream().anyMatch(p -> p.startsWith("DPRK") || p.equals("NPWMD"))
                || e.list().equals("UN") && e.programs().contains("DPRK"));
    }

    /** An individual with an Arabic name: a nationality of the Arabic-writing world and a typical word, or a typical particle. */
    static boolean arabic(ListEntry e) {
        if (e.type() != EntryType.INDIVIDUAL) {
            return false;
        }
        List<String> words = words(e.primaryName());
        boolean marker = words.stream().anyMatch(w -> ARABIC_MARKERS.contains(w.replace("-", "").toLowerCase(Locale.ROOT))
                || w.toLowerCase(Locale.ROOT).startsWith("al-"));
        return marker && (e.nationalities().isEmpty() || e.nationalities().stream().anyMatch(ARABIC_NATIONS::contains));
    }

    /** Variants of the Korean classes from entries of the given half. */
    public static List<ScreeningWorkload.Query> korean(ListSnapshot lists, boolean heldOut, long seed) {
        Random random = new Random(seed);
        List<ScreeningWorkload.Query> out = new ArrayList<>();
        for (ListEntry e : lists.entries()) {
            if (!northKorean(e) || heldOut(e) != heldOut) {
                continue;
            }
            KoreanName name = KoreanName.parse(e.primaryName());
            if (name == null) {
                continue;
            }
            for (int d = 0; d < DRAWS; d++) {
                out.add(q("Korean: McCune-Reischauer marks", name.latin(s -> s.marked(random), name.surname, random, 0), e));
                out.add(q("Korean: Revised Romanization", name.latin(s -> s.revised(random), surnameSouth(name, random), random, 0), e));
                out.add(q("Korean: informal spelling", name.latin(s -> s.informal(random), surnameSouth(name, random), random, 0), e));
                out.add(q("Korean: given name first", name.latin(s -> s.plain(), name.surname, random, 1), e));
                out.add(q("Korean: given name split/joined", name.latin(s -> s.plain(), name.surname, random, 2), e));
                out.add(q("Korean: Hangul", name.hangul(random), e));
                out.add(q("Korean: mixed", name.latin(s -> random.nextBoolean() ? s.revised(random) : s.informal(random),
                        surnameSouth(name, random), random, 3), e));
            }
        }
        return out;
    }

    /**
     * Near misses: a North Korean entry with one given-name syllable replaced by another syllable
     * used in listed North Korean names. The source entry should not be found (kind ends in
     * {@code (should not match)}); a different given-name syllable is another person.
     */
    public static List<ScreeningWorkload.Query> koreanNearMisses(ListSnapshot lists, boolean heldOut, long seed) {
        Random random = new Random(seed);
        List<String> pool = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (ListEntry e : lists.entries()) {
            KoreanName name = northKorean(e) ? KoreanName.parse(e.primaryName()) : null;
            if (name != null) {
                name.given.forEach(s -> pool.add(s.plain()));
                e.allNames().forEach(n -> names.add(plainKey(n)));
            }
        }
        List<ScreeningWorkload.Query> out = new ArrayList<>();
        for (ListEntry e : lists.entries()) {
            KoreanName name = northKorean(e) && heldOut(e) == heldOut ? KoreanName.parse(e.primaryName()) : null;
            if (name == null) {
                continue;
            }
            for (int d = 0; d < DRAWS; d++) {
                int at = random.nextInt(name.given.size());
                String old = name.given.get(at).plain();
                String other = pool.get(random.nextInt(pool.size()));
                if (other.equals(old) || Syllable.looseKey(other).equals(Syllable.looseKey(old))) {
                    continue;
                }
                List<String> given = new ArrayList<>(name.given.stream().map(Syllable::plain).toList());
                given.set(at, other);
                String variant = name.surname + " " + String.join("-", given);
                if (!names.contains(plainKey(variant))) {
                    out.add(new ScreeningWorkload.Query("Korean: one given-name syllable changed (should not match)",
                            variant.toUpperCase(Locale.ROOT), e.id()));
                }
            }
        }
        return out;
    }

    /** Variants of the Arabic classes from entries of the given half; a class only where it changes the name. */
    public static List<ScreeningWorkload.Query> arabic(ListSnapshot lists, boolean heldOut, long seed) {
        Random random = new Random(seed);
        List<ScreeningWorkload.Query> out = new ArrayList<>();
        for (ListEntry e : lists.entries()) {
            if (!arabic(e) || heldOut(e) != heldOut) {
                continue;
            }
            String n = e.primaryName().replace(",", " ").replaceAll("\\s+", " ").trim();
            for (int d = 0; d < DRAWS; d++) {
                add(out, "Arabic: ʿayn/hamza marks", n, ayn(n, random), e);
                add(out, "Arabic: ALI/ALY/ALEE", n, ali(n, random), e);
                add(out, "Arabic: article dropped or kept", n, article(n, random), e);
                add(out, "Arabic: BIN/IBN dropped or kept", n, bin(n, random), e);
                add(out, "Arabic: ABD compounds", n, abd(n, random), e);
            }
        }
        return out;
    }

    private static void add(List<ScreeningWorkload.Query> out, String kind, String original, String variant, ListEntry e) {
        if (variant != null && !variant.equalsIgnoreCase(original)) {
            out.add(new ScreeningWorkload.Query(kind, variant, e.id()));
        }
    }

    /** An apostrophe written as ʿ, ʾ, ’ or left out; without one, a mark put between two vowels (SAID → SAʿID). */
    static String ayn(String name, Random random) {
        String[] marks = {"ʿ", "ʾ", "’", "'", ""};
        if (name.indexOf('\'') >= 0) {
            return name.replace("'", marks[random.nextInt(marks.length)]);
        }
        Matcher m = VOWEL_PAIR.matcher(name);
        List<Integer> at = new ArrayList<>();
        while (m.find()) {
            at.add(m.start());
        }
        if (at.isEmpty()) {
            return null;
        }
        int i = at.get(random.nextInt(at.size()));
        return name.substring(0, i) + marks[random.nextInt(marks.length - 1)] + name.substring(i);
    }

    static String ali(String name, Random random) {
        Matcher m = ALI.matcher(name);
        if (!m.find()) {
            return null;
        }
        String[] spellings = {"ALI", "ALY", "ALEE"};
        return name.substring(0, m.start()) + other(spellings, m.group(1), random) + name.substring(m.end());
    }

    /** One of the forms other than the one written. */
    private static String other(String[] forms, String written, Random random) {
        String form;
        do {
            form = forms[random.nextInt(forms.length)];
        } while (form.equalsIgnoreCase(written));
        return form;
    }

    /** An article dropped, written apart, as EL- or glued; a name without one gets AL- on its last word. */
    static String article(String name, Random random) {
        Matcher m = ARTICLE.matcher(name);
        if (!m.find()) {
            int last = name.lastIndexOf(' ');
            return last < 0 ? null : name.substring(0, last + 1) + "AL-" + name.substring(last + 1);
        }
        String[] forms = {"", "", "AL ", "EL-", "AL-"};
        return name.substring(0, m.start()) + other(forms, m.group(), random) + name.substring(m.end());
    }

    /** BIN/IBN/BEN dropped or respelt; a name of three words or more without one gets BIN after its first word. */
    static String bin(String name, Random random) {
        Matcher m = BIN.matcher(name);
        if (!m.find()) {
            List<String> words = words(name);
            return words.size() < 3 ? null : words.get(0) + " BIN " + String.join(" ", words.subList(1, words.size()));
        }
        String[] forms = {"", "BIN ", "IBN ", "BEN "};
        return name.substring(0, m.start()) + other(forms, m.group(), random) + name.substring(m.end());
    }

    /** ABD AL-X, ABDUL X, ABDEL X, ABDULX, ABD-AL-X, ABDEL-X for one another. */
    static String abd(String name, Random random) {
        Matcher m = ABD.matcher(name);
        if (!m.find() || ALLAH_REST.matcher(name.substring(m.end())).matches()) {
            return null;
        }
        String[] forms = {"ABD AL-", "ABDUL ", "ABDEL ", "ABDUL", "ABD-AL-", "ABDEL-", "ABD AL "};
        return name.substring(0, m.start()) + other(forms, m.group(), random) + name.substring(m.end());
    }

    private static ScreeningWorkload.Query q(String kind, String name, ListEntry e) {
        return new ScreeningWorkload.Query(kind, name, e.id());
    }

    private static String surnameSouth(KoreanName name, Random random) {
        String[] south = SOUTH_SURNAME.get(name.surname);
        return south == null ? name.surname.replace("'", "") : south[random.nextInt(south.length)];
    }

    private static String plainKey(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    static List<String> words(String name) {
        return Arrays.stream(WORDS.split(name.trim())).filter(s -> !s.isEmpty()).toList();
    }

    /** A North Korean name as the lists write it: surname first, then the given-name syllables. */
    record KoreanName(String surname, List<Syllable> given) {

        static KoreanName parse(String primary) {
            List<String> words = words(primary.toLowerCase(Locale.ROOT));
            if (words.size() < 2) {
                return null;
            }
            List<Syllable> given = new ArrayList<>();
            for (String w : words.subList(1, words.size())) {
                for (String s : w.split("-")) {
                    Syllable syllable = Syllable.parse(s);
                    if (syllable == null) {
                        return null;
                    }
                    given.add(syllable);
                }
            }
            return given.isEmpty() || given.size() > 3 ? null : new KoreanName(words.get(0), given);
        }

        /**
         * In Latin: {@code layout} 0 keeps the list's layout (surname first, syllables hyphenated
         * or apart as listed: here hyphenated or apart at random), 1 puts the given name first,
         * 2 writes the given name in another of joined / hyphenated / apart, 3 any of these.
         */
        String latin(Function<Syllable, String> spell, String surnameSpelling, Random random, int layout) {
            List<String> syllables = given.stream().map(spell).toList();
            int join = random.nextInt(3);
            String givenName = switch (join) {
                case 0 -> String.join("", syllables);
                case 1 -> String.join("-", syllables);
                default -> String.join(" ", syllables);
            };
            if (layout == 0) {
                givenName = String.join(random.nextBoolean() ? "-" : " ", syllables);
            }
            if (layout == 2 && syllables.size() == 1) {
                givenName = syllables.get(0);
            }
            boolean givenFirst = layout == 1 || layout == 3 && random.nextBoolean();
            String n = givenFirst ? givenName + " " + surnameSpelling : surnameSpelling + " " + givenName;
            return random.nextBoolean() ? n.toUpperCase(Locale.ROOT) : capitalise(n);
        }

        /** In Hangul, unspaced, surname first; an ambiguous vowel (o: ㅓ or ㅗ, u: ㅜ or ㅡ) drawn at random. */
        String hangul(Random random) {
            StringBuilder out = new StringBuilder();
            String s = SURNAME_HANGUL.get(surname);
            if (s == null) {
                Syllable parsed = Syllable.parse(surname);
                s = parsed == null ? surname : parsed.hangul(random);
            }
            out.append(s);
            given.forEach(g -> out.append(g.hangul(random)));
            return out.toString();
        }

        private static String capitalise(String n) {
            StringBuilder out = new StringBuilder(n.length());
            boolean start = true;
            for (char c : n.toCharArray()) {
                out.append(start ? Character.toUpperCase(c) : c);
                start = c == ' ' || c == '-';
            }
            return out.toString();
        }
    }

    /**
     * One syllable as North Korean entries spell it (McCune-Reischauer, apostrophes for aspiration
     * and for the breve, often left out): initial consonant, vowel, final consonant.
     */
    record Syllable(String initial, boolean aspirated, String vowel, boolean breve, String coda) {

        private static final Pattern PARSE = Pattern.compile(
                "(ch|kk|tt|pp|ss|tch|sh|k|t|p|s|j|h|m|n|r|l|g|d|b)?('?)(yae|wae|ae|ya|yo|ye|wa|oe|wo|we|wi|yu|ui|a|e|o|u|i)('?)"
                        + "(ng|k|n|l|m|p|t)?");

        static Syllable parse(String s) {
            Matcher m = PARSE.matcher(s);
            if (!m.matches()) {
                return null;
            }
            return new Syllable(m.group(1) == null ? "" : m.group(1), !m.group(2).isEmpty(), m.group(3),
                    !m.group(4).isEmpty(), m.group(5) == null ? "" : m.group(5));
        }

        String plain() {
            return initial + vowel + coda;
        }

        static String looseKey(String plain) {
            return plain.replace("eo", "o").replace("eu", "u").replace("ch", "j").replace('k', 'g').replace('t', 'd')
                    .replace('p', 'b').replace('r', 'l');
        }

        /** With McCune-Reischauer marks: breve as ŏ/ŭ or as an apostrophe after the vowel; aspiration as an apostrophe. */
        String marked(Random random) {
            String v = vowel;
            if (vowel.endsWith("o") && (breve || random.nextInt(3) == 0)) {
                v = vowel.substring(0, vowel.length() - 1) + (random.nextBoolean() ? "ŏ" : "o'");
            } else if (vowel.equals("u") && (breve || random.nextInt(3) == 0)) {
                v = random.nextBoolean() ? "ŭ" : "u'";
            }
            String i = initial;
            if (!initial.isEmpty() && "ch k t p".contains(initial) && (aspirated || random.nextInt(3) == 0)) {
                i = initial + "'";
            }
            return i + v + coda;
        }

        /** In the Revised Romanization: voiced initials, eo/eu where the list's o/u may stand for ㅓ/ㅡ. */
        String revised(Random random) {
            String i = switch (initial) {
                case "k" -> aspirated ? "k" : "g";
                case "t" -> aspirated ? "t" : "d";
                case "p" -> aspirated ? "p" : "b";
                case "ch" -> aspirated || random.nextBoolean() ? "ch" : "j";
                case "sh" -> "s";
                case "r" -> random.nextInt(3) == 0 ? "" : "r";
                default -> initial;
            };
            String v = vowel;
            if (vowel.equals("o") || vowel.equals("yo")) {
                v = breve || random.nextBoolean() ? vowel.replace("o", "eo") : vowel;
            } else if (vowel.equals("u") && (breve || random.nextInt(3) == 0)) {
                v = "eu";
            }
            if (i.isEmpty() && initial.equals("r") && v.equals("i")) {
                v = "i";
            }
            return i + v + coda;
        }

        /** South Korean informal spellings: ㅓ as u before n/ng (Sung, Hyun), ㅜ as oo, ㅣ as ee, 희 as hee. */
        String informal(Random random) {
            String base = revised(random);
            if (base.endsWith("eong") || base.endsWith("eon")) {
                return random.nextBoolean() ? base.replace("eo", "u") : base.replace("eo", "ou");
            }
            if (base.endsWith("u") && !base.endsWith("eu") && !base.endsWith("yu")) {
                return random.nextBoolean() ? base.replaceAll("u$", "oo") : base;
            }
            if (base.equals("hui") || base.equals("hi")) {
                return "hee";
            }
            if (base.endsWith("i") && base.length() <= 2 && random.nextBoolean()) {
                return base.replaceAll("i$", "ee");
            }
            return base;
        }

        /** The Hangul syllable: ambiguous vowels drawn (o: ㅓ or ㅗ unless the breve says ㅓ; u: ㅜ or ㅡ). */
        String hangul(Random random) {
            int ini = switch (initial) {
                case "k", "g" -> aspirated ? 15 : 0;
                case "kk" -> 1;
                case "n" -> 2;
                case "t", "d" -> aspirated ? 16 : 3;
                case "tt" -> 4;
                case "r", "l" -> 5;
                case "m" -> 6;
                case "p", "b" -> aspirated ? 17 : 7;
                case "pp" -> 8;
                case "s", "sh" -> 9;
                case "ss" -> 10;
                case "j" -> 12;
                case "ch" -> aspirated || random.nextBoolean() ? 14 : 12;
                case "tch" -> 13;
                case "h" -> 18;
                default -> 11;
            };
            int med = switch (vowel) {
                case "a" -> 0;
                case "ae" -> 1;
                case "ya" -> 2;
                case "yae" -> 3;
                case "o" -> breve || random.nextBoolean() ? 4 : 8;
                case "e" -> 5;
                case "yo" -> breve || random.nextBoolean() ? 6 : 12;
                case "ye" -> 7;
                case "wa" -> 9;
                case "wae" -> 10;
                case "oe" -> 11;
                case "u" -> breve ? 18 : random.nextInt(3) == 0 ? 18 : 13;
                case "wo" -> 14;
                case "we" -> 15;
                case "wi" -> 16;
                case "yu" -> 17;
                case "ui" -> 19;
                default -> 20;
            };
            int fin = switch (coda) {
                case "k" -> 1;
                case "n" -> 4;
                case "t" -> 19;
                case "l" -> 8;
                case "m" -> 16;
                case "p" -> 17;
                case "ng" -> 21;
                default -> 0;
            };
            return String.valueOf((char) (0xAC00 + (ini * 21 + med) * 28 + fin));
        }
    }
}
