package org.ekyc.hub.verification.document.synth;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.ekyc.hub.verification.document.kr.RegistrationNumber;

/** Deterministic synthetic people from a seed: made-up names, numbers and dates. */
public final class SyntheticPeople {

    private record Country(String code, String name, String[] surnames, String[] given, String[] hangulSurnames) {
    }

    private static final List<Country> COUNTRIES = List.of(
            new Country("VNM", "VIETNAM", new String[] {"NGUYEN", "TRAN", "LE", "PHAM", "HOANG", "VU"},
                    new String[] {"VAN AN", "THI HOA", "MINH TUAN", "THI LAN", "DUC ANH", "THU TRANG"},
                    new String[] {"응우옌", "쩐", "레", "팜", "호앙", "부"}),
            new Country("CHN", "CHINA", new String[] {"WANG", "LI", "ZHANG", "LIU", "CHEN", "ZHAO"},
                    new String[] {"WEI", "FANG", "XIAOMING", "JING", "HAOYU", "MEILIN"},
                    new String[] {"왕", "리", "장", "류", "천", "자오"}),
            new Country("PHL", "PHILIPPINES", new String[] {"SANTOS", "REYES", "CRUZ", "BAUTISTA", "GARCIA", "MENDOZA"},
                    new String[] {"MARIA CLARA", "JOSE", "ANGELICA", "MARK ANTHONY", "KRISTINE", "PAOLO"},
                    new String[] {"산토스", "레예스", "크루즈", "바우티스타", "가르시아", "멘도사"}),
            new Country("UZB", "UZBEKISTAN", new String[] {"KARIMOV", "YUSUPOV", "RAKHIMOVA", "ALIEV", "TURSUNOVA", "SAIDOV"},
                    new String[] {"BOBUR", "DILNOZA", "SARDOR", "MALIKA", "JASUR", "NIGORA"},
                    new String[] {"카리모프", "유수포프", "라히모바", "알리예프", "투르수노바", "사이도프"}),
            new Country("NPL", "NEPAL", new String[] {"SHRESTHA", "GURUNG", "TAMANG", "RAI", "THAPA", "MAGAR"},
                    new String[] {"RAM BAHADUR", "SITA", "BIKASH", "ANITA", "SURESH", "PRAMILA"},
                    new String[] {"슈레스타", "구룽", "타망", "라이", "타파", "마가르"}),
            new Country("USA", "UNITED STATES", new String[] {"MILLER", "JOHNSON", "TAYLOR", "WILSON", "MOORE", "CLARK"},
                    new String[] {"EMILY ROSE", "JAMES", "OLIVIA", "DANIEL LEE", "SOPHIA", "MICHAEL"},
                    new String[] {"밀러", "존슨", "테일러", "윌슨", "무어", "클라크"}));
    private static final String[] STAYS = {"D-2", "D-4", "E-7", "E-9", "F-2", "F-4", "F-5", "F-6", "H-2", "D-10"};
    private static final String[] HANGUL_GIVEN = {"반안", "티호아", "민투안", "웨이", "마리아", "보부르", "시타", "에밀리"};
    private static final String LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

    private SyntheticPeople() {
    }

    /** The person number {@code index} of a deterministic population. */
    public static SyntheticPerson person(long seed, int index) {
        Random r = new Random(seed * 1_000_003L + index);
        Country c = COUNTRIES.get(r.nextInt(COUNTRIES.size()));
        int s = r.nextInt(c.surnames().length);
        String given = c.given()[r.nextInt(c.given().length)];
        char sex = r.nextBoolean() ? 'M' : 'F';
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(r.nextInt(365 * 45));
        StringBuilder passport = new StringBuilder();
        passport.append(LETTERS.charAt(r.nextInt(LETTERS.length())));
        if (r.nextBoolean()) {
            passport.append(LETTERS.charAt(r.nextInt(LETTERS.length())));
        }
        while (passport.length() < 9) {
            passport.append(r.nextInt(10));
        }
        LocalDate expiry = LocalDate.of(2027, 1, 1).plusDays(r.nextInt(365 * 9));
        List<Path> portraits = TestFaces.portraits();
        return new SyntheticPerson(c.surnames()[s], given, c.hangulSurnames()[s] + HANGUL_GIVEN[r.nextInt(HANGUL_GIVEN.length)],
                c.code(), c.name(), sex, birth, passport.toString(), expiry, registrationNumber(birth, sex, r),
                STAYS[r.nextInt(STAYS.length)], LocalDate.of(2019, 1, 1).plusDays(r.nextInt(365 * 6)),
                portraits.get(r.nextInt(portraits.size())));
    }

    /** The Korean-citizen documents of a synthetic person (made-up name and numbers, same birth date, sex and portrait). */
    public record Citizen(String hangulName, String residentNumber, LocalDate idIssueDate, String licenceNumber,
                          LocalDate licenceRenewalEnd, LocalDate licenceIssueDate) {
    }

    private static final String[] KOREAN_SURNAMES = {"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임"};
    private static final String[] KOREAN_GIVEN = {"민준", "서연", "도윤", "지우", "하준", "서윤", "예준", "하은", "시우", "지민"};

    /** A Korean citizen born the same day with the same sex and face as {@code p}. */
    public static Citizen citizen(SyntheticPerson p) {
        Random r = new Random(p.passportNumber().hashCode() * 131L);
        boolean y2k = p.birthDate().getYear() >= 2000;
        int g = (y2k ? 3 : 1) + (p.sex() == 'M' ? 0 : 1);
        String first12 = String.format("%02d%02d%02d%d%05d", p.birthDate().getYear() % 100, p.birthDate().getMonthValue(),
                p.birthDate().getDayOfMonth(), g, r.nextInt(100_000));
        String resident = first12 + RegistrationNumber.checkDigit(first12, false);
        LocalDate idIssued = LocalDate.of(2015, 1, 1).plusDays(r.nextInt(365 * 10));
        LocalDate licenceIssued = LocalDate.of(2017, 1, 1).plusDays(r.nextInt(365 * 9));
        String licence = String.format("%02d-%02d-%06d-%02d", 11 + r.nextInt(18), licenceIssued.getYear() % 100,
                r.nextInt(1_000_000), r.nextInt(100));
        return new Citizen(KOREAN_SURNAMES[r.nextInt(KOREAN_SURNAMES.length)] + KOREAN_GIVEN[r.nextInt(KOREAN_GIVEN.length)],
                resident, idIssued, licence, licenceIssued.plusYears(10).minusDays(1), licenceIssued);
    }

    /** A made-up card serial for a person's residence card: two letters and eight digits. */
    public static String cardSerial(SyntheticPerson p) {
        Random r = new Random(p.registrationNumber().hashCode() * 31L);
        return "" + LETTERS.charAt(r.nextInt(LETTERS.length())) + LETTERS.charAt(r.nextInt(LETTERS.length()))
                + String.format("%08d", r.nextInt(100_000_000));
    }

    /**
     * A person's stay extensions, oldest first: one to three, each granted a few weeks before the
     * previous stay ran out, for two years; the latest permit falls between 2025-01 and 2026-08, so
     * on the evaluation's reference date (2026-11-23) it is in the past and the stay still valid.
     */
    public static List<DocumentRenderer.Extension> extensions(SyntheticPerson p) {
        Random r = new Random(p.registrationNumber().hashCode() * 17L);
        int n = 1 + r.nextInt(3);
        LocalDate expiry = LocalDate.of(2027, 1, 1).plusDays(r.nextInt(600));
        java.util.ArrayList<DocumentRenderer.Extension> out = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate permit = expiry.minusYears(2).plusDays(1);
            out.add(0, new DocumentRenderer.Extension(permit, expiry));
            expiry = permit.plusDays(10 + r.nextInt(30));
        }
        return List.copyOf(out);
    }

    /** A foreigner registration number with the legacy checksum and an even office code. */
    static String registrationNumber(LocalDate birth, char sex, Random r) {
        boolean y2k = birth.getYear() >= 2000;
        int g = (y2k ? 7 : 5) + (sex == 'M' ? 0 : 1);
        String first12 = String.format("%02d%02d%02d%d%02d%02d%d", birth.getYear() % 100, birth.getMonthValue(),
                birth.getDayOfMonth(), g, r.nextInt(50) * 2, r.nextInt(100), 6 + r.nextInt(4));
        return first12 + RegistrationNumber.checkDigit(first12, true);
    }
}
