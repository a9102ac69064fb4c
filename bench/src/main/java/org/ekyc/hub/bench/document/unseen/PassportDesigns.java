package org.ekyc.hub.bench.document.unseen;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.ekyc.hub.verification.api.document.DocumentField;
import org.ekyc.hub.verification.api.document.DocumentType;

/**
 * Passport data pages (ICAO 9303 TD3, 125 × 88 mm) in ten national styles drawn from what such
 * pages generally look like: the portrait on the left, a national header, labelled fields in each
 * issuer's order and languages (full name in one field for VNM and IDN, label beside the value for
 * some, above it for others), each issuer's date style, then the two-line OCR-B MRZ. Positions are
 * this class's own, chosen per style with some per-document jitter; they were not taken from the
 * engine's layout tables.
 */
final class PassportDesigns {

    /** Drawing scale: 12 px per mm, about 305 dpi. */
    static final double PX_PER_MM = 12;
    static final int WIDTH = (int) (125 * PX_PER_MM);
    static final int HEIGHT = (int) (88 * PX_PER_MM);

    private PassportDesigns() {
    }

    /** One printed row of the visual zone. */
    private enum Row { CODE_NUMBER, SURNAME, GIVEN, FULL_NAME, NATIONALITY, BIRTH, SEX, BIRTH_SEX, PLACE, ISSUE, EXPIRY, ISSUE_EXPIRY, AUTHORITY }

    /** A national style: its rows in print order with their labels ("local / English" where the issuer prints two languages). */
    private record Style(String header, String subHeader, Color tint, Color band, boolean labelBeside,
                         DateTimeFormatter dates, String latinFont, Map<Row, String> labels) {
    }

    private static DateTimeFormatter fmt(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
    }

    private static Map<Row, String> labels(Object... pairs) {
        Map<Row, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((Row) pairs[i], (String) pairs[i + 1]);
        }
        return m;
    }

    private static Style style(String nationality) {
        return switch (nationality) {
            case "CHN" -> new Style("PEOPLE'S REPUBLIC OF CHINA", "PASSPORT", new Color(250, 238, 238), new Color(196, 60, 60), false,
                    fmt("dd MMM yyyy"), Ink.LATIN.get(0),
                    labels(Row.CODE_NUMBER, "Type / Country code / Passport No.", Row.SURNAME, "Surname", Row.GIVEN, "Given names",
                            Row.BIRTH_SEX, "Date of birth   Sex", Row.NATIONALITY, "Nationality", Row.PLACE, "Place of birth",
                            Row.ISSUE_EXPIRY, "Date of issue   Date of expiry", Row.AUTHORITY, "Authority"));
            case "VNM" -> new Style("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "HỘ CHIẾU / PASSPORT", new Color(236, 246, 236), null, false,
                    fmt("dd/MM/yyyy"), Ink.LATIN.get(1),
                    labels(Row.CODE_NUMBER, "Loại / Type   Mã số / Code   Số hộ chiếu / Passport N°", Row.FULL_NAME, "Họ và tên / Full name",
                            Row.NATIONALITY, "Quốc tịch / Nationality", Row.BIRTH, "Ngày sinh / Date of birth", Row.PLACE, "Nơi sinh / Place of birth",
                            Row.SEX, "Giới tính / Sex", Row.ISSUE, "Ngày cấp / Date of issue", Row.EXPIRY, "Có giá trị đến / Date of expiry",
                            Row.AUTHORITY, "Cơ quan cấp / Issuing authority"));
            case "UZB" -> new Style("O'ZBEKISTON RESPUBLIKASI", "PASPORT / PASSPORT", new Color(234, 242, 250), new Color(40, 120, 170), true,
                    fmt("dd MM yyyy"), Ink.LATIN.get(2),
                    labels(Row.CODE_NUMBER, "Turi/Type  Kodi/Code  Pasport raqami/Passport No.", Row.SURNAME, "Familiyasi / Surname",
                            Row.GIVEN, "Ismi / Given names", Row.NATIONALITY, "Fuqaroligi / Nationality", Row.BIRTH, "Tug'ilgan sanasi / Date of birth",
                            Row.SEX, "Jinsi / Sex", Row.PLACE, "Tug'ilgan joyi / Place of birth", Row.ISSUE, "Berilgan sana / Date of issue",
                            Row.EXPIRY, "Amal qilish muddati / Date of expiry", Row.AUTHORITY, "Kim tomonidan berilgan / Authority"));
            case "NPL" -> new Style("NEPAL", "PASSPORT", new Color(246, 240, 230), new Color(150, 40, 50), false,
                    fmt("dd MMM yyyy"), Ink.LATIN.get(4),
                    labels(Row.CODE_NUMBER, "Type   Country Code   Passport No.", Row.SURNAME, "Surname", Row.GIVEN, "Given Names",
                            Row.NATIONALITY, "Nationality", Row.BIRTH_SEX, "Date of Birth   Sex", Row.PLACE, "Place of Birth",
                            Row.ISSUE, "Date of Issue", Row.EXPIRY, "Date of Expiry", Row.AUTHORITY, "Issuing Authority"));
            case "PHL" -> new Style("REPUBLIKA NG PILIPINAS", "PASAPORTE / PASSPORT", new Color(240, 240, 250), null, false,
                    fmt("dd MMM yyyy"), Ink.LATIN.get(0),
                    labels(Row.CODE_NUMBER, "Uri/Type  Kodigo/Code  Pasaporte Blg./Passport No.", Row.SURNAME, "Apelyido / Surname",
                            Row.GIVEN, "Mga Pangalan / Given names", Row.BIRTH, "Petsa ng kapanganakan / Date of birth",
                            Row.NATIONALITY, "Nasyonalidad / Nationality", Row.SEX, "Kasarian / Sex", Row.PLACE, "Lugar ng kapanganakan / Place of birth",
                            Row.ISSUE, "Petsa ng pagkakaloob / Date of issue", Row.EXPIRY, "Valid hanggang / Valid until", Row.AUTHORITY, "Authority"));
            case "THA" -> new Style("KINGDOM OF THAILAND", "PASSPORT", new Color(246, 244, 232), new Color(60, 60, 130), true,
                    fmt("dd MMM yyyy"), Ink.LATIN.get(1),
                    labels(Row.CODE_NUMBER, "Type  Country code  Passport No.", Row.GIVEN, "Name", Row.SURNAME, "Surname",
                            Row.NATIONALITY, "Nationality", Row.BIRTH, "Date of birth", Row.SEX, "Sex", Row.PLACE, "Place of birth",
                            Row.ISSUE_EXPIRY, "Date of issue   Date of expiry", Row.AUTHORITY, "Authority"));
            case "IDN" -> new Style("REPUBLIK INDONESIA", "PASPOR / PASSPORT", new Color(242, 236, 246), null, false,
                    fmt("dd MMM yyyy"), Ink.LATIN.get(2),
                    labels(Row.CODE_NUMBER, "Jenis/Type  Kode Negara/Code  No. Paspor/Passport No.", Row.FULL_NAME, "Nama Lengkap / Full Name",
                            Row.SEX, "Jenis Kelamin / Sex", Row.NATIONALITY, "Kewarganegaraan / Nationality", Row.BIRTH, "Tgl. Lahir / Date of Birth",
                            Row.PLACE, "Tempat Lahir / Place of Birth", Row.ISSUE, "Tgl. Pengeluaran / Date of Issue",
                            Row.EXPIRY, "Tgl. Habis Berlaku / Date of Expiry", Row.AUTHORITY, "Kantor yang Mengeluarkan / Issuing Office"));
            case "KHM" -> new Style("KINGDOM OF CAMBODIA", "PASSEPORT / PASSPORT", new Color(238, 244, 246), new Color(30, 70, 140), false,
                    fmt("dd/MM/yyyy"), Ink.LATIN.get(4),
                    labels(Row.CODE_NUMBER, "Type  Code  Passport No.", Row.SURNAME, "Nom / Surname", Row.GIVEN, "Prénoms / Given names",
                            Row.NATIONALITY, "Nationalité / Nationality", Row.BIRTH, "Date de naissance / Date of birth",
                            Row.PLACE, "Lieu de naissance / Place of birth", Row.SEX, "Sexe / Sex", Row.ISSUE, "Date de délivrance / Date of issue",
                            Row.EXPIRY, "Date d'expiration / Date of expiry", Row.AUTHORITY, "Autorité / Authority"));
            case "MNG" -> new Style("МОНГОЛ УЛС  MONGOLIA", "ПАСПОРТ / PASSPORT", new Color(236, 240, 248), new Color(40, 90, 160), true,
                    fmt("dd MMM yyyy"), Ink.LATIN.get(0),
                    labels(Row.CODE_NUMBER, "Төрөл/Type  Код/Code  Дугаар/Passport No.", Row.SURNAME, "Овог / Surname", Row.GIVEN, "Нэр / Given name",
                            Row.NATIONALITY, "Иргэншил / Nationality", Row.BIRTH_SEX, "Төрсөн огноо / Date of birth   Хүйс / Sex",
                            Row.PLACE, "Төрсөн газар / Place of birth", Row.ISSUE, "Олгосон огноо / Date of issue",
                            Row.EXPIRY, "Хүчинтэй хугацаа / Date of expiry", Row.AUTHORITY, "Олгосон байгууллага / Authority"));
            default -> new Style("UNITED STATES OF AMERICA", "PASSPORT", new Color(238, 242, 250), new Color(30, 50, 110), false,
                    fmt("dd MMM yyyy"), Ink.LATIN.get(1),
                    labels(Row.CODE_NUMBER, "Type / Code / Passport No.", Row.SURNAME, "Surname", Row.GIVEN, "Given Names",
                            Row.NATIONALITY, "Nationality", Row.BIRTH, "Date of birth", Row.PLACE, "Place of birth", Row.SEX, "Sex",
                            Row.ISSUE, "Date of issue", Row.AUTHORITY, "Authority", Row.EXPIRY, "Date of expiration"));
        };
    }

    private static final Map<String, String[]> PLACES = Map.of("CHN", new String[]{"HUNAN", "JILIN", "SHANDONG"},
            "VNM", new String[]{"HA NOI", "NGHE AN", "DA NANG"}, "UZB", new String[]{"SAMARQAND", "TOSHKENT", "FARG'ONA"},
            "NPL", new String[]{"KASKI", "CHITWAN", "JHAPA"}, "PHL", new String[]{"CEBU", "DAVAO", "ILOILO"},
            "THA", new String[]{"CHIANG MAI", "UDON THANI", "KHON KAEN"}, "IDN", new String[]{"SURABAYA", "SEMARANG", "MALANG"},
            "KHM", new String[]{"KAMPONG CHAM", "BATTAMBANG", "TAKEO"}, "MNG", new String[]{"ULAANBAATAR", "DARKHAN", "ERDENET"},
            "USA", new String[]{"OHIO, U.S.A.", "TEXAS, U.S.A.", "OREGON, U.S.A."});

    /** A passport of {@code p}'s nationality in its national style. */
    static Sheet passport(Random r, UnseenPeople.Person p) {
        Style s = style(p.nationality());
        List<String> mrz = IcaoMrz.td3("P", p.nationality(), p.surname(), p.givenNames(), p.passportNumber(), p.nationality(),
                p.birthDate(), p.sex(), p.passportExpiry(), "");
        String nationalityText = p.nationality().equals("USA") ? "UNITED STATES OF AMERICA"
                : UnseenPeople.COUNTRY_NAME.get(p.nationality());
        BufferedImage page = draw(r, s, p.surname(), p.givenNames(), p.passportNumber(), p.nationality(), nationalityText,
                p.birthDate(), p.sex(), p.passportIssue(), p.passportExpiry(), PLACES.get(p.nationality())[r.nextInt(3)], mrz);
        return new Sheet(page, DocumentType.PASSPORT_TD3, "passport " + p.nationality(), td3Fields(p.passportNumber(),
                p.surname(), p.givenNames(), p.nationality(), p.birthDate(), p.sex(), p.passportExpiry()), null);
    }

    /**
     * The ICAO 9303 specimen passport of Utopia (ERIKSSON ANNA MARIA, L898902C3): {@code asPublished}
     * keeps its 2012 expiry (a right answer is REJECTED, expired); otherwise the validity is moved
     * to {@code expiry} with every check digit recomputed, and the document must be accepted.
     */
    static Sheet specimen(Random r, boolean asPublished, LocalDate expiry) {
        LocalDate birth = LocalDate.of(1974, 8, 12);
        LocalDate until = asPublished ? LocalDate.of(2012, 4, 15) : expiry;
        List<String> mrz = asPublished ? IcaoMrz.TD3_SPECIMEN
                : IcaoMrz.td3("P", "UTO", "ERIKSSON", "ANNA MARIA", "L898902C3", "UTO", birth, 'F', until, "ZE184226B");
        Style s = new Style("UTOPIA", "PASSPORT / PASSEPORT", new Color(242, 242, 236), new Color(90, 90, 90), false,
                fmt("dd MMM yyyy"), Ink.LATIN.get(0),
                labels(Row.CODE_NUMBER, "Type  Code  Passport No.", Row.SURNAME, "Surname", Row.GIVEN, "Given names", Row.NATIONALITY, "Nationality",
                        Row.BIRTH, "Date of birth", Row.SEX, "Sex", Row.PLACE, "Place of birth", Row.ISSUE, "Date of issue",
                        Row.EXPIRY, "Date of expiry", Row.AUTHORITY, "Authority"));
        BufferedImage page = draw(r, s, "ERIKSSON", "ANNA MARIA", "L898902C3", "UTO", "UTOPIAN", birth, 'F',
                until.minusYears(10).plusDays(1), until, "ZENITH", mrz);
        return new Sheet(page, DocumentType.PASSPORT_TD3, asPublished ? "ICAO specimen TD3 (expired 2012)" : "ICAO specimen TD3 (renewed)",
                td3Fields("L898902C3", "ERIKSSON", "ANNA MARIA", "UTO", birth, 'F', until),
                asPublished ? org.ekyc.hub.verification.api.ReasonCode.DOCUMENT_EXPIRED : null);
    }

    private static Map<DocumentField, String> td3Fields(String number, String surname, String given, String nationality,
                                                        LocalDate birth, char sex, LocalDate expiry) {
        return Sheet.fields(DocumentField.DOCUMENT_NUMBER, number, DocumentField.SURNAME, surname, DocumentField.GIVEN_NAMES, given,
                DocumentField.NATIONALITY, nationality, DocumentField.BIRTH_DATE, birth, DocumentField.SEX, sex,
                DocumentField.EXPIRY_DATE, expiry);
    }

    private static BufferedImage draw(Random r, Style s, String surname, String given, String number, String code,
                                      String nationalityText, LocalDate birth, char sex, LocalDate issue, LocalDate expiry,
                                      String place, List<String> mrz) {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Ink.graphics(img);
        double mm = PX_PER_MM;
        g.setPaint(new GradientPaint(0, 0, s.tint(), WIDTH, HEIGHT, s.tint().darker().brighter()));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        Ink.guilloche(g, r, WIDTH, (int) (HEIGHT * 0.7), new Color(s.tint().getRed() - 22, s.tint().getGreen() - 18, s.tint().getBlue() - 12), 18);
        // header
        double top = (3 + r.nextDouble() * 2) * mm;
        if (s.band() != null) {
            g.setColor(s.band());
            g.fillRect(0, 0, WIDTH, (int) (top + 9 * mm));
        }
        Color headerInk = s.band() != null ? Color.WHITE : new Color(40, 40, 80);
        Ink.text(g, s.header(), Ink.font(Ink.LATIN.get(3), (float) (3.6 * mm)), headerInk, 42 * mm, top + 4 * mm, 78 * mm);
        Ink.text(g, s.subHeader(), Ink.font(Ink.LATIN.get(0), (float) (2.6 * mm)), headerInk, 42 * mm, top + 8 * mm, 60 * mm);
        // portrait zone (left, ICAO zone V)
        int px = (int) ((4 + r.nextDouble() * 3) * mm);
        int py = (int) (top + (11 + r.nextDouble() * 3) * mm);
        int pw = (int) ((32 + r.nextDouble() * 4) * mm);
        int ph = (int) (pw * 1.28);
        Ink.portrait(g, r, px, py, pw, ph, r.nextBoolean());
        // visual zone rows
        Font labelFont = Ink.font(Ink.LATIN.get(0), (float) (1.7 * mm));
        Font valueFont = Ink.font(s.latinFont(), (float) ((2.9 + r.nextDouble() * 0.5) * mm));
        Color labelInk = new Color(70, 70, 90);
        Color valueInk = new Color(15, 15, 20);
        double x0 = px + pw + (3 + r.nextDouble() * 2) * mm;
        double right = WIDTH - 4 * mm;
        double y = py + 2.5 * mm;
        double mrzTop = HEIGHT - 20 * mm;
        double rowHeight = (mrzTop - y - 2 * mm) / s.labels().size();
        String sexText = switch (code) {
            case "VNM" -> sex == 'M' ? "Nam / M" : "Nữ / F";
            case "MNG" -> sex == 'M' ? "Эр / M" : "Эм / F";
            default -> String.valueOf(sex);
        };
        for (Row row : s.labels().keySet()) {
            String label = s.labels().get(row);
            List<String> values = new ArrayList<>();
            switch (row) {
                case CODE_NUMBER -> values.add("P      " + code + "      " + number);
                case SURNAME -> values.add(surname);
                case GIVEN -> values.add(given.isBlank() ? "-" : given);
                case FULL_NAME -> values.add((surname + " " + given).trim());
                case NATIONALITY -> values.add(nationalityText);
                case BIRTH -> values.add(date(s, birth));
                case SEX -> values.add(sexText);
                case BIRTH_SEX -> values.add(date(s, birth) + "      " + sexText);
                case PLACE -> values.add(place);
                case ISSUE -> values.add(date(s, issue));
                case EXPIRY -> values.add(date(s, expiry));
                case ISSUE_EXPIRY -> values.add(date(s, issue) + "      " + date(s, expiry));
                case AUTHORITY -> values.add(code.equals("USA") ? "United States Department of State" : "MINISTRY OF FOREIGN AFFAIRS");
                default -> {
                }
            }
            String value = String.join(" ", values);
            if (s.labelBeside()) {
                double split = x0 + 30 * mm;
                Ink.text(g, label, labelFont, labelInk, x0, y + rowHeight * 0.6, 29 * mm);
                Ink.text(g, value, valueFont, valueInk, split, y + rowHeight * 0.7, right - split);
            } else {
                Ink.text(g, label, labelFont, labelInk, x0, y + rowHeight * 0.32, right - x0);
                Ink.text(g, value, valueFont, valueInk, x0, y + rowHeight * 0.86, right - x0);
            }
            y += rowHeight;
        }
        // signature scribble under the portrait
        g.setColor(new Color(30, 30, 90));
        g.setStroke(new BasicStroke(2f));
        int sy = py + ph + (int) (4 * mm);
        for (int i = 0; i < 6; i++) {
            g.drawLine(px + i * pw / 7, sy + (i % 2) * 12, px + (i + 1) * pw / 7, sy + ((i + 1) % 2) * 12);
        }
        // MRZ: OCR-B on a 2.54 mm pitch, two lines in the bottom zone, white-ish clear band
        g.setColor(new Color(244, 244, 240, 200));
        g.fillRect(0, (int) (HEIGHT - 17 * mm), WIDTH, (int) (17 * mm));
        double pitch = 2.54 * mm * (0.97 + r.nextDouble() * 0.04);
        double mrzX = (WIDTH - 44 * pitch) / 2 + (r.nextDouble() - 0.5) * 2 * mm;
        float size = (float) ((3.3 + r.nextDouble() * 0.3) * mm);
        double base1 = HEIGHT - (9.5 + r.nextDouble() * 1.5) * mm;
        Ink.mrzLine(g, mrz.get(0), mrzX, base1, pitch, size);
        Ink.mrzLine(g, mrz.get(1), mrzX, base1 + (4.6 + r.nextDouble() * 0.8) * mm, pitch, size);
        g.dispose();
        return img;
    }

    private static String date(Style s, LocalDate d) {
        // the US page prints "12 Aug 1990"; the others capitals
        return s.header().startsWith("UNITED") ? d.format(s.dates()) : d.format(s.dates()).toUpperCase(Locale.ROOT);
    }
}
