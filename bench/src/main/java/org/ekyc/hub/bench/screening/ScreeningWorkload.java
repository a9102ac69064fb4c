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
        {"سامر", "Samer", "Samir"}, {"ليلى", "Layla", "Laila", "Leila"}, {"كريم", "Karim", "Kareem"}, {"رنا", "Rana"}, {"نادين", "Nadine", "Nadin"},
        {"وسيم", "Wassim", "Wasim", "Waseem"}, {"هالة", "Hala", "Halah"}, {"باسل", "Basel", "Basil", "Bassel"}, {"دانة", "Dana", "Danah"}, {"فراس", "Firas", "Feras"},
        {"لينا", "Lina", "Leena"}, {"مازن", "Mazen", "Mazin"}, {"ريم", "Reem", "Rim", "Rym"}, {"زياد", "Ziad", "Ziyad"}, {"سلمى", "Salma"},
        {"غسان", "Ghassan", "Ghasan"}, {"نور", "Nour", "Nur", "Noor"}, {"رامي", "Rami", "Ramy"}, {"هبة", "Hiba", "Heba", "Hibah"}, {"تامر", "Tamer", "Tamir"},
        {"جود", "Joud", "Jud", "Jood"}, {"مهند", "Muhannad", "Mohannad", "Mouhannad"}, {"ميساء", "Maysaa", "Maysa", "Mayssa"}, {"أنس", "Anas"}, {"روان", "Rawan"},
        {"شادي", "Shadi", "Chadi"}, {"سارة", "Sara", "Sarah"}, {"وليد", "Walid", "Waleed", "Oualid"}, {"منى", "Mona", "Muna", "Mouna"}, {"نزار", "Nizar", "Nezar"}};
    private static final String[][] ARABIC_FAMILY = {
        {"حداد", "Haddad", "Hadad"}, {"خوري", "Khoury", "Khuri", "Khouri"}, {"نصار", "Nassar", "Nasar"}, {"الزعبي", "Al-Zoubi", "Al-Zubi"}, {"العتيبي", "Al-Otaibi", "Al-Utaybi", "Al-Oteibi"},
        {"الشمري", "Al-Shammari", "Al-Shamari"}, {"عبيدات", "Obeidat", "Ubaydat"}, {"الحسيني", "Al-Husseini", "Al-Husayni", "Al-Hussaini"}, {"بركات", "Barakat"},
        {"سلامة", "Salameh", "Salama", "Salamah"}, {"الخطيب", "Al-Khatib", "Al-Khateeb"}, {"جابر", "Jaber", "Jabir"}, {"العمري", "Al-Omari", "Al-Umari"},
        {"الطويل", "Al-Tawil", "Al-Taweel"}, {"السقا", "Al-Saqqa", "Al-Saqa", "Al-Sakka"}, {"عيسى", "Issa", "Isa", "Eissa", "Aissa", "Ayssa"}, {"درويش", "Darwish", "Darwich"},
        {"النجار", "Al-Najjar", "Al-Najar"}, {"الرفاعي", "Al-Rifai", "Al-Refaie", "Al-Rifaee"}, {"كنعان", "Kanaan", "Kanan", "Canaan"}, {"البيطار", "Al-Bitar", "Al-Baytar", "Al-Bittar"},
        {"الحلبي", "Al-Halabi", "Al-Halaby"}, {"المومني", "Al-Momani", "Al-Mumani"}, {"الفايز", "Al-Fayez", "Al-Fayiz", "Al-Faiz"}, {"القاضي", "Al-Qadi", "Al-Kadi", "Al-Qadhi"},
        {"الشريف", "Al-Sharif", "Al-Shareef", "Al-Cherif"}, {"عواد", "Awwad", "Awad"}, {"الكردي", "Al-Kurdi", "Al-Kordi"}, {"الدباغ", "Al-Dabbagh", "Al-Dabagh"},
        {"صباغ", "Sabbagh", "Sabagh"}};
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
        return cleanNames(lists, count, seed, new java.util.LinkedHashMap<>());
    }

    /**
     * As above; a name that {@link ListedSpellings} finds listed (its words, as written, equal a listed
     * Latin name's after {@link ListedSpellings#foldLatin}) is left out too and put in {@code excluded}.
     */
    public static List<Query> cleanNames(ListSnapshot lists, int count, long seed,
                                         java.util.Map<String, List<String>> excluded) {
        Random random = new Random(seed);
        ListedSpellings spellings = new ListedSpellings(lists.entries());
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
                String as = spellings.listedAs(name, Arrays.stream(name.split(" ")).map(List::of).toList());
                if (as == null) {
                    queries.add(new Query("clean", name, null));
                } else {
                    excluded.computeIfAbsent("clean", x -> new ArrayList<>()).add(name + " = " + as);
                }
            }
        }
        return queries;
    }

    /** Han characters of the pools and their pinyin (tones left out). */
    private static final java.util.Map<Character, String> PINYIN = pairs(
            "王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu 胡hu 郭guo 何he"
            + " 高gao 林lin 罗luo 小xiao 明ming 雨yu 菲fei 浩hao 然ran 美mei 玲ling 子zi 涵han 宇yu 轩xuan 若ruo 曦xi"
            + " 俊jun 杰jie 淑shu 婷ting 凯kai 文wen 静jing 伟wei 芳fang 磊lei 娜na 思si 远yuan 晓xiao 东dong 佳jia 怡yi"
            + " 博bo 欣xin");
    /**
     * Hangul syllables of the pools and their Latin spellings: Revised Romanization, McCune-Reischauer
     * without breves and apostrophes (the initial of a later syllable voiced or not: 지 ji/chi, 도 do/to),
     * and for surnames the usual spellings (이 Lee/Yi/Ri/Rhee, 박 Park/Pak).
     */
    private static final java.util.Map<Character, String> HANGUL_LATIN = pairs(
            "김kim/gim 이i/yi/lee/ri/rhee 박bak/pak/park 최choe/choi 정jeong/jong/chong/jung/chung 강gang/kang"
            + " 조jo/cho 윤yun/yoon 장jang/chang 임im/lim/rim 한han 오o/oh 서seo/so/suh 신sin/shin 권gwon/kwon"
            + " 황hwang 안an/ahn 송song 류ryu/yu/yoo/ryoo 홍hong 민min 준jun/chun 연yeon/yon 지ji/chi 호ho 하ha"
            + " 은eun/un 도do/to 우u/woo 예ye 수su/soo 빈bin/pin 태tae/thae 양yang 채chae 원won 현hyeon/hyon 유yu/yoo"
            + " 나na 아a 건geon/gon/kon 다da/ta 시si/shi");

    private static java.util.Map<Character, String> pairs(String table) {
        java.util.Map<Character, String> map = new java.util.HashMap<>();
        for (String p : table.split(" ")) {
            map.put(p.charAt(0), p.substring(1));
        }
        return map;
    }

    /**
     * Synthetic clean names written in original scripts, {@code perScript} of each: Arabic (given,
     * sometimes a father's name, family name), Cyrillic (given, sometimes a patronymic, family name),
     * Han (family name and given name, unspaced) and Hangul (family name and given name, unspaced).
     * A combination that is a listed name is left out, as for {@link #cleanNames}, but compared up
     * to romanization: the folded words of any form ({@link NameNormalizer#forms}, {@link NameNormalizer#fold})
     * equal, so that 张小明 is the listed {@code ZHANG, Xiaoming} and 장현우 the listed {@code JANG, Hyon U}
     * (McCune-Reischauer) — namesakes, not innocent unlisted names. Arabic is compared by its usual
     * Latin spelling. Then a name that {@link ListedSpellings} finds listed (written the same as a listed
     * non-Latin name, or spelt by the fixed tables here as a listed Latin name: {@code باسل الحلبي},
     * <i>Basil Al-Halabi</i>, is OFAC's {@code AL-HALABI, Basil}) is left out too and put in
     * {@code excluded} (per query kind, with the entry); it is replaced by a name drawn from a
     * generator of its own ({@code seed} and the script), so that every other clean name is the one
     * drawn before this rule. The query kind is {@code clean: <script>}.
     */
    public static List<Query> cleanNamesInScripts(ListSnapshot lists, int perScript, long seed) {
        return cleanNamesInScripts(lists, perScript, seed, new java.util.LinkedHashMap<>());
    }

    /** As above, the names left out by {@link ListedSpellings} put in {@code excluded}. */
    public static List<Query> cleanNamesInScripts(ListSnapshot lists, int perScript, long seed,
                                                  java.util.Map<String, List<String>> excluded) {
        Random random = new Random(seed);
        NameNormalizer normalizer = new NameNormalizer();
        Set<String> listed = listedFolded(lists, normalizer);
        ListedSpellings spellings = new ListedSpellings(lists.entries());
        List<Query> queries = new ArrayList<>();
        Set<String> used = new HashSet<>();
        int budget = perScript * 50; // the Han and Hangul pools hold 400 combinations each
        Draw arabic = r -> {
            String[] given = ARABIC_GIVEN[r.nextInt(ARABIC_GIVEN.length)];
            String[] father = r.nextInt(4) == 0 ? ARABIC_GIVEN[r.nextInt(ARABIC_GIVEN.length)] : null;
            String[] family = ARABIC_FAMILY[r.nextInt(ARABIC_FAMILY.length)];
            if (father == given) {
                return null;
            }
            List<List<String>> parts = new ArrayList<>();
            for (String[] part : father == null ? List.of(given, family) : List.of(given, father, family)) {
                parts.add(Arrays.asList(part).subList(1, part.length));
            }
            return new Drawn(given[0] + (father == null ? "" : " " + father[0]) + " " + family[0],
                    given[1] + (father == null ? "" : " " + father[1]) + " " + family[1], parts);
        };
        Draw cyrillic = r -> {
            String name = CYRILLIC_GIVEN[r.nextInt(CYRILLIC_GIVEN.length)]
                    + (r.nextInt(4) == 0 ? " " + CYRILLIC_MIDDLE[r.nextInt(CYRILLIC_MIDDLE.length)] : "")
                    + " " + CYRILLIC_FAMILY[r.nextInt(CYRILLIC_FAMILY.length)];
            return new Drawn(name, name, Arrays.stream(name.split(" ")).map(ListedSpellings::cyrillicSpellings).toList());
        };
        Draw han = r -> {
            String family = HAN_FAMILY[r.nextInt(HAN_FAMILY.length)];
            String given = HAN_GIVEN[r.nextInt(HAN_GIVEN.length)];
            return new Drawn(family + given, family + given, List.of(syllables(family, PINYIN), syllables(given, PINYIN)));
        };
        Draw hangul = r -> {
            String family = HANGUL_FAMILY[r.nextInt(HANGUL_FAMILY.length)];
            String given = HANGUL_GIVEN[r.nextInt(HANGUL_GIVEN.length)];
            return new Drawn(family + given, family + given,
                    List.of(syllables(family, HANGUL_LATIN), syllables(given, HANGUL_LATIN)));
        };
        String[] kinds = {"clean: Arabic script", "clean: Cyrillic", "clean: Han", "clean: Hangul"};
        Draw[] draws = {arabic, cyrillic, han, hangul};
        for (int k = 0; k < kinds.length; k++) {
            // the same draws as before the ListedSpellings rule: a name it leaves out still counts here
            List<Query> kept = new ArrayList<>();
            for (int n = 0, tries = 0; n < perScript && tries < budget; tries++) {
                Drawn d = draws[k].next(random);
                if (d != null && !isListed(listed, normalizer, d.oldCheck()) && used.add(d.name())) {
                    n++;
                    keep(kept, excluded, spellings, kinds[k], d);
                }
            }
            Random replacements = new Random(seed * 1_000_003L + k + 1);
            for (int tries = 0; kept.size() < perScript && tries < budget; tries++) {
                Drawn d = draws[k].next(replacements);
                if (d != null && !isListed(listed, normalizer, d.oldCheck()) && used.add(d.name())) {
                    keep(kept, excluded, spellings, kinds[k], d);
                }
            }
            queries.addAll(kept);
        }
        return queries;
    }

    private static void keep(List<Query> kept, java.util.Map<String, List<String>> excluded, ListedSpellings spellings,
                             String kind, Drawn d) {
        String as = spellings.listedAs(d.name(), d.parts());
        if (as == null) {
            kept.add(new Query(kind, d.name(), null));
        } else {
            excluded.computeIfAbsent(kind, x -> new ArrayList<>()).add(d.name() + " = " + as);
        }
    }

    /** A drawn clean name, the text the older rule compares, and the Latin spellings of each of its parts. */
    private record Drawn(String name, String oldCheck, List<List<String>> parts) {
    }

    private interface Draw {
        Drawn next(Random random);
    }

    /**
     * The Latin spellings of a word written in syllables (Han characters, Hangul blocks) by the
     * table: every choice per syllable, the syllables joined ({@code Xiaoming}) or apart ({@code Xiao Ming}).
     */
    static List<String> syllables(String word, java.util.Map<Character, String> table) {
        List<String> joined = new ArrayList<>(List.of(""));
        List<String> apart = new ArrayList<>(List.of(""));
        for (char c : word.toCharArray()) {
            String[] options = table.get(c).split("/");
            List<String> j = new ArrayList<>();
            List<String> a = new ArrayList<>();
            for (int i = 0; i < joined.size(); i++) {
                for (String o : options) {
                    j.add(joined.get(i) + o);
                    a.add(apart.get(i).isEmpty() ? o : apart.get(i) + " " + o);
                }
            }
            joined = j;
            apart = a;
        }
        List<String> out = new ArrayList<>(joined);
        apart.stream().filter(s -> !out.contains(s)).forEach(out::add);
        return out;
    }

    /**
     * Synthetic clean Korean names in Latin letters, {@code count} of them: the Hangul pools
     * romanized by the engine (Revised Romanization), surname first or last, the given name as
     * one word; a name that is listed up to romanization is left out as in {@link #cleanNamesInScripts}.
     */
    public static List<Query> cleanKoreanLatin(ListSnapshot lists, int count, long seed) {
        return cleanKoreanLatin(lists, count, seed, new java.util.LinkedHashMap<>());
    }

    /** As above; a name that {@link ListedSpellings} finds listed, as written, is left out too and put in {@code excluded}. */
    public static List<Query> cleanKoreanLatin(ListSnapshot lists, int count, long seed,
                                               java.util.Map<String, List<String>> excluded) {
        Random random = new Random(seed);
        ListedSpellings spellings = new ListedSpellings(lists.entries());
        NameNormalizer normalizer = new NameNormalizer();
        Set<String> listed = listedFolded(lists, normalizer);
        List<Query> queries = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int tries = 0; queries.size() < count && tries < count * 50; tries++) {
            List<String> words = normalizer.words(HANGUL_FAMILY[random.nextInt(HANGUL_FAMILY.length)]
                    + HANGUL_GIVEN[random.nextInt(HANGUL_GIVEN.length)]);
            String name = random.nextBoolean() ? String.join(" ", words) : words.get(1) + " " + words.get(0);
            if (!isListed(listed, normalizer, name) && used.add(name)) {
                String as = spellings.listedAs(name, Arrays.stream(name.split(" ")).map(List::of).toList());
                if (as == null) {
                    queries.add(new Query("clean: Korean in Latin letters", name.toUpperCase(java.util.Locale.ROOT), null));
                } else {
                    excluded.computeIfAbsent("clean: Korean in Latin letters", x -> new ArrayList<>()).add(name + " = " + as);
                }
            }
        }
        return queries;
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
