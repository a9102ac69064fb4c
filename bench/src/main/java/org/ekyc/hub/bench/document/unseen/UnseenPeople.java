package org.ekyc.hub.bench.document.unseen;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Made-up people for the evaluation set: names assembled from small per-nationality syllable and
 * name-part tables (random combinations, no real person), passport numbers in each issuer's
 * shape, Korean registration numbers with the published checksums, stay statuses, dates. Written
 * apart from the engine's test generator and deterministic for a seed.
 */
public final class UnseenPeople {

    /** The nationalities most common among foreigners in Korea, plus USA. */
    public static final List<String> NATIONALITIES = List.of("CHN", "VNM", "UZB", "NPL", "PHL", "THA", "IDN", "KHM", "MNG", "USA");

    /** English short names as the cards print them (and as the ISO tables spell most of them). */
    static final Map<String, String> COUNTRY_NAME = Map.of("CHN", "CHINA", "VNM", "VIETNAM", "UZB", "UZBEKISTAN",
            "NPL", "NEPAL", "PHL", "PHILIPPINES", "THA", "THAILAND", "IDN", "INDONESIA", "KHM", "CAMBODIA",
            "MNG", "MONGOLIA", "USA", "UNITED STATES OF AMERICA");

    private static final Map<String, String[][]> PARTS = Map.of(
            "CHN", new String[][]{{"WANG", "LI", "ZHANG", "LIU", "CHEN", "YANG", "ZHAO", "HUANG", "ZHOU", "XU"},
                    {"WEI", "FANG", "XIU", "YING", "JIAN", "HUA", "MING", "LAN", "JUN", "TAO", "HAO", "XIN", "LEI", "QIAN"}},
            "VNM", new String[][]{{"NGUYEN", "TRAN", "LE", "PHAM", "HOANG", "VU", "DANG", "BUI", "DO", "NGO"},
                    {"AN", "BINH", "HOA", "LINH", "MAI", "MINH", "NAM", "THU", "TRANG", "DUC", "HUONG", "KHANH"}},
            "UZB", new String[][]{{"KARIM", "RAHIM", "YUSUP", "TOSHMAT", "ERGASH", "NURMAT", "SAID", "XOLMAT"},
                    {"AZIZ", "BOBUR", "JASUR", "SHERZOD", "DILNOZA", "MALIKA", "NILUFAR", "ZARINA", "OTABEK", "GULNORA"}},
            "NPL", new String[][]{{"THAPA", "GURUNG", "SHRESTHA", "TAMANG", "RAI", "MAGAR", "LAMA", "KARKI", "BASNET"},
                    {"RAM", "SITA", "BIKASH", "SUNITA", "PRAKASH", "ANITA", "SUMAN", "DIPAK", "RITA", "SANJAY"}},
            "PHL", new String[][]{{"SANTOS", "REYES", "CRUZ", "BAUTISTA", "GARCIA", "MENDOZA", "DELA CRUZ", "VILLANUEVA"},
                    {"MARIA", "JOSE", "MARK", "ANGELICA", "JOHN PAUL", "KRISTINE", "JERICHO", "ROSALIE", "MARVIN"}},
            "THA", new String[][]{{"SRI", "SUK", "WONG", "CHAI", "PHAN", "RAT", "THA", "KUL", "SAWAT", "NAK", "PRA", "SOM"},
                    {"SOM", "CHAI", "NIT", "YA", "PORN", "THIP", "ANAN", "KIT", "WAN", "SU", "DA", "NEE"}},
            "IDN", new String[][]{{"SU", "SAN", "TI", "DWI", "PUTRA", "WATI", "AGUS", "BUDI", "HAR", "YANTO", "RAH", "MAN"},
                    {"SRI", "EKO", "NUR", "ADI", "RINA", "DEWI", "INDRA", "AYU", "BAYU", "TRI"}},
            "KHM", new String[][]{{"SOK", "CHEA", "KEO", "MEAS", "PICH", "HENG", "LIM", "SEANG", "TOUCH"},
                    {"SOPHEAP", "DARA", "VISAL", "BOPHA", "CHANTHA", "RATHA", "SREYNEANG", "VIBOL", "KOSAL"}},
            "MNG", new String[][]{{"BAT", "GAN", "ENKH", "ERDENE", "MUNKH", "ALTAN", "TUMEN", "DORJ", "OYUN", "NARAN"},
                    {"BOLD", "BAYAR", "TSETSEG", "SAIKHAN", "TUYA", "ORGIL", "JARGAL", "ZAYA", "ERDENE", "SUREN"}},
            "USA", new String[][]{{"MILLER", "HARPER", "COLLINS", "BENNETT", "FOSTER", "HAYES", "PARKER", "WARD", "BROOKS"},
                    {"JAMES", "EMILY", "DANIEL", "GRACE", "RYAN", "CHLOE", "OWEN", "NORA", "ETHAN", "LUCY", "MASON"}});

    /** Korean family names and given-name syllables with their usual romanisation. */
    private static final String[][] KOREAN_SURNAMES = {{"김", "KIM"}, {"이", "LEE"}, {"박", "PARK"}, {"최", "CHOI"},
            {"정", "JUNG"}, {"강", "KANG"}, {"조", "CHO"}, {"윤", "YOON"}, {"장", "JANG"}, {"한", "HAN"}, {"오", "OH"}, {"신", "SHIN"}};
    private static final String[][] KOREAN_SYLLABLES = {{"민", "MIN"}, {"서", "SEO"}, {"준", "JUN"}, {"지", "JI"},
            {"현", "HYEON"}, {"우", "WOO"}, {"수", "SU"}, {"영", "YEONG"}, {"은", "EUN"}, {"하", "HA"}, {"도", "DO"},
            {"윤", "YUN"}, {"성", "SEONG"}, {"태", "TAE"}, {"희", "HUI"}, {"경", "GYEONG"}};

    private static final List<String> WORK_STATUSES = List.of("E-9", "E-7", "D-2", "D-4", "F-6", "F-2", "F-5", "H-2", "E-2", "D-10");
    /** Nationalities of overseas Koreans most often holding F-4. */
    private static final List<String> OVERSEAS_KOREAN_NATIONALITIES = List.of("CHN", "USA", "UZB", "CHN", "USA");

    private UnseenPeople() {
    }

    /** A foreigner (passport, residence card) or a Korean citizen (resident card, licence). */
    public record Person(String nationality, String surname, String givenNames, char sex, LocalDate birthDate,
                         String passportNumber, LocalDate passportIssue, LocalDate passportExpiry,
                         String hangulName, String registrationNumber, String stayStatus, LocalDate cardIssue,
                         String licenceNumber, LocalDate licenceIssue, LocalDate licenceRenewalEnd) {

        /** The Latin name as one line, surname first. */
        public String latinName() {
            return (surname + " " + givenNames).trim();
        }
    }

    /** A foreign national of {@code nationality} with a passport and a residence card. */
    public static Person foreigner(Random r, String nationality, LocalDate today) {
        String[][] p = PARTS.get(nationality);
        char sex = r.nextBoolean() ? 'M' : 'F';
        String surname;
        String given;
        switch (nationality) {
            case "UZB" -> {
                surname = pick(r, p[0]) + (sex == 'M' ? "OV" : "OVA");
                given = pick(r, p[1]);
            }
            case "THA" -> {
                surname = pick(r, p[0]) + pick(r, p[0]) + pick(r, p[0]);
                given = pick(r, p[1]) + pick(r, p[1]);
            }
            case "VNM" -> {
                surname = pick(r, p[0]);
                given = (sex == 'M' ? "VAN " : "THI ") + pick(r, p[1]);
            }
            case "IDN" -> {
                // many Indonesian passports carry one name only: the whole name is the primary identifier
                surname = pick(r, p[0]) + pick(r, p[0]);
                given = r.nextInt(3) == 0 ? "" : pick(r, p[1]);
            }
            case "MNG" -> {
                surname = pick(r, p[0]) + pick(r, p[1]);
                given = pick(r, p[0]) + pick(r, p[1]);
            }
            case "CHN" -> {
                surname = pick(r, p[0]);
                given = pick(r, p[1]) + (r.nextBoolean() ? pick(r, p[1]) : "");
            }
            case "USA" -> {
                surname = pick(r, p[0]);
                given = pick(r, p[1]) + (r.nextBoolean() ? " " + pick(r, p[1]) : "");
            }
            default -> {
                surname = pick(r, p[0]);
                given = pick(r, p[1]);
            }
        }
        LocalDate birth = today.minusYears(20 + r.nextInt(40)).minusDays(r.nextInt(365));
        LocalDate issue = today.minusDays(60 + r.nextInt(6 * 365));
        LocalDate expiry = issue.plusYears(10).minusDays(1);
        if (!expiry.isAfter(today.plusDays(30))) {
            expiry = today.plusYears(2);
        }
        LocalDate cardIssue = today.minusDays(30 + r.nextInt(4 * 365));
        return new Person(nationality, surname, given, sex, birth, passportNumber(r, nationality), issue, expiry,
                null, foreignerNumber(r, birth, sex), pick(r, WORK_STATUSES.toArray(String[]::new)), cardIssue,
                null, null, null);
    }

    /** An overseas Korean (F-4, 국내거소신고증): a Korean name, a foreign nationality. */
    public static Person overseasKorean(Random r, LocalDate today) {
        String nationality = OVERSEAS_KOREAN_NATIONALITIES.get(r.nextInt(OVERSEAS_KOREAN_NATIONALITIES.size()));
        String[] sur = KOREAN_SURNAMES[r.nextInt(KOREAN_SURNAMES.length)];
        String[] a = KOREAN_SYLLABLES[r.nextInt(KOREAN_SYLLABLES.length)];
        String[] b = KOREAN_SYLLABLES[r.nextInt(KOREAN_SYLLABLES.length)];
        Person f = foreigner(r, nationality, today);
        return new Person(nationality, sur[1], a[1] + b[1], f.sex(), f.birthDate(), f.passportNumber(), f.passportIssue(),
                f.passportExpiry(), sur[0] + a[0] + b[0], f.registrationNumber(), "F-4", f.cardIssue(), null, null, null);
    }

    /** A Korean citizen with a resident registration number and a driver's licence. */
    public static Person citizen(Random r, LocalDate today) {
        String[] sur = KOREAN_SURNAMES[r.nextInt(KOREAN_SURNAMES.length)];
        String[] a = KOREAN_SYLLABLES[r.nextInt(KOREAN_SYLLABLES.length)];
        String[] b = KOREAN_SYLLABLES[r.nextInt(KOREAN_SYLLABLES.length)];
        char sex = r.nextBoolean() ? 'M' : 'F';
        LocalDate birth = today.minusYears(19 + r.nextInt(45)).minusDays(r.nextInt(365));
        LocalDate idIssue = today.minusDays(100 + r.nextInt(12 * 365));
        if (idIssue.isBefore(birth.plusYears(17))) {
            idIssue = birth.plusYears(17).plusDays(r.nextInt(300));
        }
        LocalDate licenceIssue = today.minusDays(30 + r.nextInt(8 * 365));
        if (licenceIssue.isBefore(birth.plusYears(18))) {
            licenceIssue = birth.plusYears(18).plusDays(r.nextInt(200));
        }
        LocalDate renewalEnd = LocalDate.of(licenceIssue.getYear() + 10, 12, 31);
        int region = 11 + r.nextInt(16);
        String licence = String.format(Locale.ROOT, "%02d-%02d-%06d-%02d", region, licenceIssue.getYear() % 100,
                r.nextInt(1_000_000), r.nextInt(100));
        return new Person("KOR", sur[1], a[1] + b[1], sex, birth, null, null, null, sur[0] + a[0] + b[0],
                residentNumber(r, birth, sex), null, idIssue, licence, licenceIssue, renewalEnd);
    }

    /** Passport numbers in the shape each issuer uses (letter prefixes, lengths). */
    static String passportNumber(Random r, String nationality) {
        return switch (nationality) {
            case "CHN" -> "E" + letter(r) + digits(r, 7);
            case "VNM" -> "C" + digits(r, 7);
            case "UZB" -> "F" + letter(r) + digits(r, 7);
            case "NPL", "MNG" -> digits(r, 8);
            case "PHL" -> "P" + digits(r, 7) + letter(r);
            case "THA" -> "A" + letter(r) + digits(r, 7);
            case "IDN" -> letter(r) + digits(r, 7);
            case "KHM" -> "N" + digits(r, 8);
            default -> digits(r, 9);
        };
    }

    /**
     * A foreigner registration number (old scheme: 7th digit 5–8, registration office digits even,
     * check digit (13 − Σ mod 11) mod 10 over weights 2…9, 2…5).
     */
    static String foreignerNumber(Random r, LocalDate birth, char sex) {
        int g = (birth.getYear() >= 2000 ? 7 : 5) + (sex == 'F' ? 1 : 0);
        String head = yymmdd(birth) + g + String.format(Locale.ROOT, "%02d", 2 * r.nextInt(50)) + digits(r, 2) + (6 + r.nextInt(4));
        int sum = weighted(head);
        return head + (13 - sum % 11) % 10;
    }

    /** A resident registration number (7th digit 1–4, check digit (11 − Σ mod 11) mod 10). */
    static String residentNumber(Random r, LocalDate birth, char sex) {
        int g = (birth.getYear() >= 2000 ? 3 : 1) + (sex == 'F' ? 1 : 0);
        String head = yymmdd(birth) + g + digits(r, 5);
        return head + (11 - weighted(head) % 11) % 10;
    }

    private static int weighted(String twelve) {
        int[] w = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * w[i];
        }
        return sum;
    }

    static String yymmdd(LocalDate d) {
        return String.format(Locale.ROOT, "%02d%02d%02d", d.getYear() % 100, d.getMonthValue(), d.getDayOfMonth());
    }

    private static String digits(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + r.nextInt(10)));
        }
        return sb.toString();
    }

    private static char letter(Random r) {
        return (char) ('A' + r.nextInt(26));
    }

    private static String pick(Random r, String[] values) {
        return values[r.nextInt(values.length)];
    }
}
