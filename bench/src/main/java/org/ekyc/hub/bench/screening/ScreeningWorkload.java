package org.ekyc.hub.bench.screening;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.ekyc.hub.verification.screening.EntryType;
import org.ekyc.hub.verification.screening.ListEntry;
import org.ekyc.hub.verification.screening.ListIndex;
import org.ekyc.hub.verification.screening.ListSnapshot;
import org.ekyc.hub.verification.screening.MalformedListException;
import org.ekyc.hub.verification.screening.name.NameNormalizer;

/**
 * The evaluation and benchmark workload: the real lists, name variants of real entries and
 * synthetic clean names, all generated from a fixed seed so runs are comparable.
 */
public final class ScreeningWorkload {

    /** A query with the entry it should find ({@code null} for a clean name). */
    public record Query(String kind, String name, String expectedId) {
    }

    private static final String[] GIVEN = {
        "Minjun", "Seoyeon", "Jiho", "Haeun", "Dohyun", "Jiwoo", "Yejun", "Subin", "Taeyang", "Chaewon",
        "Thanh", "Huong", "Minh", "Lan", "Quang", "Thu", "Bao", "Ngoc", "Tuan", "Mai",
        "Xiaoming", "Yufei", "Haoran", "Meiling", "Zihan", "Yuxuan", "Ruoxi", "Junjie", "Shuting", "Kaiwen",
        "Olivia", "Liam", "Emma", "Noah", "Charlotte", "Oliver", "Amelia", "Elijah", "Harper", "Lucas",
        "Sofia", "Mateo", "Valentina", "Santiago", "Camila", "Diego", "Lucia", "Joaquin", "Elena", "Tomas",
        "Anastasia", "Dmitri", "Ekaterina", "Nikita", "Polina", "Artem", "Ksenia", "Maksim", "Varvara", "Gleb",
        "Aiko", "Haruto", "Yui", "Sota", "Hina", "Ren", "Mio", "Daiki", "Sakura", "Kaito",
        "Priya", "Arjun", "Ananya", "Rohan", "Kavya", "Vikram", "Isha", "Aarav", "Diya", "Kabir",
        "Dilnoza", "Timur", "Madina", "Bekzod", "Aziza", "Sardor", "Gulnora", "Jasur", "Nilufar", "Otabek"};
    private static final String[] FAMILY = {
        "Kim", "Lee", "Park", "Choi", "Jeong", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Seo", "Shin", "Kwon",
        "Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do", "Ngo",
        "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou",
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Taylor", "Clark",
        "Garcia", "Martinez", "Rodriguez", "Lopez", "Gonzalez", "Perez", "Sanchez", "Ramirez", "Torres", "Flores",
        "Ivanova", "Smirnov", "Kuznetsova", "Popov", "Sokolova", "Lebedev", "Kozlova", "Novikov", "Morozova", "Volkov",
        "Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato",
        "Sharma", "Verma", "Gupta", "Reddy", "Iyer", "Nair", "Mehta", "Bose", "Kapoor", "Joshi",
        "Karimov", "Yusupova", "Rakhimov", "Tursunova", "Aliyev", "Nazarova", "Ergashev", "Saidova", "Umarov", "Qodirova"};
    private static final String[] MIDDLE = {"Van", "Thi", "Anne", "Marie", "James", "Jose", "Luis", "Ivanovich", "Petrovna", "Kumar"};

    /**
     * Synthetic names in original scripts: {Arabic, usual Latin spelling} of given and family names
     * common in the Levant and the Gulf. The Latin spelling only serves to leave out a combination
     * whose words equal a listed name, as for the Latin clean names.
     */
    private static final String[][] ARABIC_GIVEN = {
        {"سامر", "Samer"}, {"ليلى", "Layla"}, {"كريم", "Karim"}, {"رنا", "Rana"}, {"نادين", "Nadine"},
        {"وسيم", "Wassim"}, {"هالة", "Hala"}, {"باسل", "Basel"}, {"دانة", "Dana"}, {"فراس", "Firas"},
        {"لينا", "Lina"}, {"مازن", "Mazen"}, {"ريم", "Reem"}, {"زياد", "Ziad"}, {"سلمى", "Salma"},
        {"غسان", "Ghassan"}, {"نور", "Nour"}, {"رامي", "Rami"}, {"هبة", "Hiba"}, {"تامر", "Tamer"},
        {"جود", "Joud"}, {"مهند", "Muhannad"}, {"ميساء", "Maysaa"}, {"أنس", "Anas"}, {"روان", "Rawan"},
        {"شادي", "Shadi"}, {"سارة", "Sara"}, {"وليد", "Walid"}, {"منى", "Mona"}, {"نزار", "Nizar"}};
    private static final String[][] ARABIC_FAMILY = {
        {"حداد", "Haddad"}, {"خوري", "Khoury"}, {"نصار", "Nassar"}, {"الزعبي", "Al-Zoubi"}, {"العتيبي", "Al-Otaibi"},
        {"الشمري", "Al-Shammari"}, {"عبيدات", "Obeidat"}, {"الحسيني", "Al-Husseini"}, {"بركات", "Barakat"},
        {"سلامة", "Salameh"}, {"الخطيب", "Al-Khatib"}, {"جابر", "Jaber"}, {"العمري", "Al-Omari"},
        {"الطويل", "Al-Tawil"}, {"السقا", "Al-Saqqa"}, {"عيسى", "Issa"}, {"درويش", "Darwish"},
        {"النجار", "Al-Najjar"}, {"الرفاعي", "Al-Rifai"}, {"كنعان", "Kanaan"}, {"البيطار", "Al-Bitar"},
        {"الحلبي", "Al-Halabi"}, {"المومني", "Al-Momani"}, {"الفايز", "Al-Fayez"}, {"القاضي", "Al-Qadi"},
        {"الشريف", "Al-Sharif"}, {"عواد", "Awwad"}, {"الكردي", "Al-Kurdi"}, {"الدباغ", "Al-Dabbagh"},
        {"صباغ", "Sabbagh"}};
    private static final String[] CYRILLIC_GIVEN = {
        "Анастасия", "Дмитрий", "Екатерина", "Никита", "Полина", "Артём", "Ксения", "Максим", "Варвара", "Глеб",
        "Ольга", "Сергей", "Татьяна", "Андрей", "Мария", "Павел", "Алина", "Егор", "Вера", "Илья"};
    private static final String[] CYRILLIC_MIDDLE = {
        "Ивановна", "Петрович", "Сергеевна", "Андреевич", "Николаевна", "Олегович", "Викторовна", "Юрьевич"};
    private static final String[] CYRILLIC_FAMILY = {
        "Иванова", "Смирнов", "Кузнецова", "Попов", "Соколова", "Лебедев", "Козлова", "Новиков", "Морозова",
        "Волков", "Павлова", "Семёнов", "Голубева", "Виноградов", "Богданова", "Воробьёв", "Фёдорова",
        "Михайлов", "Белова", "Тарасов"};
    private static final String[] HAN_FAMILY = {
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗"};
    private static final String[] HAN_GIVEN = {
        "小明", "雨菲", "浩然", "美玲", "子涵", "宇轩", "若曦", "俊杰", "淑婷", "凯文",
        "静", "伟", "芳", "磊", "娜", "思远", "晓东", "佳怡", "文博", "欣然"};
    private static final String[] HANGUL_FAMILY = {
        "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송", "류", "홍"};
    private static final String[] HANGUL_GIVEN = {
        "민준", "서연", "지호", "하은", "도윤", "지우", "예준", "수빈", "태양", "채원",
        "서준", "하윤", "시우", "지민", "은우", "유나", "현우", "서아", "건우", "다은"};

    private ScreeningWorkload() {
    }

    /** {@code -Dkyc.sanctions.dir}, else {@code shared/testdata/sanctions} beside the working directory or a parent. */
    public static Path sanctionsDirectory() {
        String configured = System.getProperty("kyc.sanctions.dir");
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured).toAbsolutePath();
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/testdata/sanctions");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("sanctions lists not found; set -Dkyc.sanctions.dir");
    }

    /** The full lists as the engine loads them. */
    public static ListSnapshot fullLists() throws MalformedListException {
        return ListIndex.withStandardLists().load(sanctionsDirectory());
    }

    /**
     * The lists without their non-Latin aliases (UN {@code NAME_ORIGINAL_SCRIPT}), so that a query
     * in Cyrillic or Arabic can only be found through transliteration, not by an identical alias.
     */
    public static ListSnapshot latinOnly(ListSnapshot full) {
        List<ListEntry> entries = full.entries().stream().map(e -> new ListEntry(e.list(), e.uid(), e.type(),
                e.primaryName(), e.aliases().stream().filter(ScreeningWorkload::isLatin).toList(), e.birthDates(),
                e.nationalities(), e.programs(), e.raw())).toList();
        return ListSnapshot.build("latin-only", Instant.now(), entries, new NameNormalizer());
    }

    /** Variants of real individuals: order swap, typo, missing part, romanization, original script. */
    public static List<Query> variants(ListSnapshot lists, int sample, long seed) {
        return variants(lists, lists, sample, seed);
    }

    /** As above; original-script variants are taken from {@code full}, which still has those aliases. */
    public static List<Query> variants(ListSnapshot lists, ListSnapshot full, int sample, long seed) {
        Random random = new Random(seed);
        List<ListEntry> individuals = new ArrayList<>(lists.entries().stream()
                .filter(e -> e.type() == EntryType.INDIVIDUAL).toList());
        Collections.shuffle(individuals, random);
        List<Query> queries = new ArrayList<>();
        for (ListEntry entry : individuals.subList(0, Math.min(sample, individuals.size()))) {
            List<String> words = words(entry.primaryName());
            if (words.size() < 2) {
                continue;
            }
            List<String> reversed = new ArrayList<>(words);
            Collections.reverse(reversed);
            queries.add(new Query("order swap", String.join(" ", reversed), entry.id()));
            queries.add(new Query("typo", typo(words, random), entry.id()));
            if (words.size() >= 3) {
                List<String> missing = new ArrayList<>(words);
                missing.remove(1 + random.nextInt(words.size() - 2));
                queries.add(new Query("missing part", String.join(" ", missing), entry.id()));
            }
            if (entry.programs().stream().anyMatch(p -> p.startsWith("DPRK") || p.equals("NPWMD"))
                    && entry.nationalities().contains("PRK")) {
                queries.add(new Query("romanization (Korean)", romanization(words), entry.id()));
            }
        }
        for (ListEntry entry : full.entries()) {
            if (entry.type() == EntryType.INDIVIDUAL) {
                entry.aliases().stream().filter(a -> !isLatin(a) && !hasLatin(a)).findFirst()
                        .ifPresent(a -> queries.add(new Query("original script", a, entry.id())));
            }
        }
        return queries;
    }

    /** Synthetic clean names: random given, optional middle, family names from ten naming cultures. */
    public static List<Query> cleanNames(ListSnapshot lists, int count, long seed) {
        Random random = new Random(seed);
        Set<String> listed = new HashSet<>();
        NameNormalizer normalizer = new NameNormalizer();
        for (ListEntry entry : lists.entries()) {
            entry.allNames().forEach(n -> listed.add(key(normalizer.words(n))));
        }
        List<Query> queries = new ArrayList<>();
        Set<String> used = new HashSet<>();
        while (queries.size() < count) {
            String name = GIVEN[random.nextInt(GIVEN.length)]
                    + (random.nextInt(4) == 0 ? " " + MIDDLE[random.nextInt(MIDDLE.length)] : "")
                    + " " + FAMILY[random.nextInt(FAMILY.length)];
            String key = key(normalizer.words(name));
            if (!listed.contains(key) && used.add(key)) {
                queries.add(new Query("clean", name, null));
            }
        }
        return queries;
    }

    /**
     * Synthetic clean names written in original scripts, {@code perScript} of each: Arabic (given,
     * sometimes a father's name, family name), Cyrillic (given, sometimes a patronymic, family name),
     * Han (family name and given name, unspaced) and Hangul (family name and given name, unspaced).
     * A combination that is a listed name is left out, as for {@link #cleanNames}, but compared up
     * to romanization: the folded words of any form ({@link NameNormalizer#forms}, {@link NameNormalizer#fold})
     * equal, so that 张小明 is the listed {@code ZHANG, Xiaoming} and 장현우 the listed {@code JANG, Hyon U}
     * (McCune-Reischauer) — namesakes, not innocent unlisted names. Arabic is compared by its usual
     * Latin spelling. The query kind is {@code clean: <script>}.
     */
    public static List<Query> cleanNamesInScripts(ListSnapshot lists, int perScript, long seed) {
        Random random = new Random(seed);
        NameNormalizer normalizer = new NameNormalizer();
        Set<String> listed = listedFolded(lists, normalizer);
        List<Query> queries = new ArrayList<>();
        Set<String> used = new HashSet<>();
        int budget = perScript * 50; // the Han and Hangul pools hold 400 combinations each
        for (int n = 0, tries = 0; n < perScript && tries < budget; tries++) {
            String[] given = ARABIC_GIVEN[random.nextInt(ARABIC_GIVEN.length)];
            String[] father = random.nextInt(4) == 0 ? ARABIC_GIVEN[random.nextInt(ARABIC_GIVEN.length)] : null;
            String[] family = ARABIC_FAMILY[random.nextInt(ARABIC_FAMILY.length)];
            String name = given[0] + (father == null ? "" : " " + father[0]) + " " + family[0];
            String latin = given[1] + (father == null ? "" : " " + father[1]) + " " + family[1];
            if (father != given && !isListed(listed, normalizer, latin) && used.add(name)) {
                queries.add(new Query("clean: Arabic script", name, null));
                n++;
            }
        }
        for (int n = 0, tries = 0; n < perScript && tries < budget; tries++) {
            String name = CYRILLIC_GIVEN[random.nextInt(CYRILLIC_GIVEN.length)]
                    + (random.nextInt(4) == 0 ? " " + CYRILLIC_MIDDLE[random.nextInt(CYRILLIC_MIDDLE.length)] : "")
                    + " " + CYRILLIC_FAMILY[random.nextInt(CYRILLIC_FAMILY.length)];
            if (!isListed(listed, normalizer, name) && used.add(name)) {
                queries.add(new Query("clean: Cyrillic", name, null));
                n++;
            }
        }
        addUnspaced(queries, used, listed, normalizer, random, HAN_FAMILY, HAN_GIVEN, "clean: Han", perScript, budget);
        addUnspaced(queries, used, listed, normalizer, random, HANGUL_FAMILY, HANGUL_GIVEN, "clean: Hangul", perScript,
                budget);
        return queries;
    }

    /**
     * Synthetic clean Korean names in Latin letters, {@code count} of them: the Hangul pools
     * romanized by the engine (Revised Romanization), surname first or last, the given name as
     * one word; a name that is listed up to romanization is left out as in {@link #cleanNamesInScripts}.
     */
    public static List<Query> cleanKoreanLatin(ListSnapshot lists, int count, long seed) {
        Random random = new Random(seed);
        NameNormalizer normalizer = new NameNormalizer();
        Set<String> listed = listedFolded(lists, normalizer);
        List<Query> queries = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int tries = 0; queries.size() < count && tries < count * 50; tries++) {
            List<String> words = normalizer.words(HANGUL_FAMILY[random.nextInt(HANGUL_FAMILY.length)]
                    + HANGUL_GIVEN[random.nextInt(HANGUL_GIVEN.length)]);
            String name = random.nextBoolean() ? String.join(" ", words) : words.get(1) + " " + words.get(0);
            if (!isListed(listed, normalizer, name) && used.add(name)) {
                queries.add(new Query("clean: Korean in Latin letters", name.toUpperCase(java.util.Locale.ROOT), null));
            }
        }
        return queries;
    }

    private static void addUnspaced(List<Query> queries, Set<String> used, Set<String> listed, NameNormalizer normalizer,
                                    Random random, String[] family, String[] given, String kind, int count, int budget) {
        for (int n = 0, tries = 0; n < count && tries < budget; tries++) {
            String name = family[random.nextInt(family.length)] + given[random.nextInt(given.length)];
            if (!isListed(listed, normalizer, name) && used.add(name)) {
                queries.add(new Query(kind, name, null));
                n++;
            }
        }
    }

    /** The folded word sets of every listed name form, to leave namesakes out of the clean names. */
    private static Set<String> listedFolded(ListSnapshot lists, NameNormalizer normalizer) {
        Set<String> listed = new HashSet<>();
        for (ListEntry entry : lists.entries()) {
            entry.allNames().forEach(n -> listed.addAll(foldedKeys(normalizer, n)));
        }
        return listed;
    }

    private static boolean isListed(Set<String> listed, NameNormalizer normalizer, String name) {
        return foldedKeys(normalizer, name).stream().anyMatch(listed::contains);
    }

    private static List<String> foldedKeys(NameNormalizer normalizer, String name) {
        return normalizer.forms(name).stream()
                .map(f -> key(f.tokens().stream().map(t -> NameNormalizer.fold(t.text())).toList())).toList();
    }

    private static String key(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        Collections.sort(sorted);
        return String.join(" ", sorted);
    }

    static boolean isLatin(String name) {
        return name.codePoints().filter(Character::isLetter)
                .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
    }

    static boolean hasLatin(String name) {
        return name.codePoints().anyMatch(cp -> Character.isLetter(cp)
                && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
    }

    private static List<String> words(String name) {
        return Arrays.stream(name.replace(",", " ").trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * One substitution, deletion, insertion or transposition of letters inside the longest word,
     * not its first letter and not inside an Arabic article ({@code AL-}).
     */
    static String typo(List<String> words, Random random) {
        int longest = 0;
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).length() > words.get(longest).length()) {
                longest = i;
            }
        }
        StringBuilder w = new StringBuilder(words.get(longest));
        int start = w.indexOf("-") >= 0 && w.indexOf("-") <= 3 ? w.indexOf("-") + 2 : 1;
        if (w.length() - start >= 3) {
            int at = start + random.nextInt(w.length() - start - 1);
            if (!Character.isLetter(w.charAt(at)) || !Character.isLetter(w.charAt(at + 1))) {
                at = start;
            }
            switch (random.nextInt(4)) {
                case 0 -> w.setCharAt(at, (char) ('a' + random.nextInt(26)));
                case 1 -> w.deleteCharAt(at);
                case 2 -> w.insert(at, (char) ('a' + random.nextInt(26)));
                default -> {
                    char c = w.charAt(at);
                    w.setCharAt(at, w.charAt(at + 1));
                    w.setCharAt(at + 1, c);
                }
            }
        }
        List<String> out = new ArrayList<>(words);
        out.set(longest, w.toString());
        return String.join(" ", out);
    }

    /** McCune-Reischauer spellings as Revised Romanization writes them, and the surname as South Koreans spell it. */
    static String romanization(List<String> words) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).toLowerCase(java.util.Locale.ROOT);
            if (i == 0) {
                w = switch (w) {
                    case "ri" -> "lee";
                    case "pak" -> "park";
                    case "choe" -> "choi";
                    case "kim" -> "gim";
                    default -> w;
                };
            } else {
                w = w.replace("ch'", "ch").replace("ch", "j").replace("k", "g").replace("t'", "t")
                        .replace("o", "eo").replace("-", "");
            }
            out.add(w);
        }
        return String.join(" ", out);
    }
}
