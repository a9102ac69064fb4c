package org.ekyc.hub.bench.document.unseen;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.document.DocumentField;
import org.ekyc.hub.verification.api.document.DocumentType;

/**
 * Korean ID-1 cards (85.6 × 54 mm) in this evaluation set's own designs, each with two variants
 * (portrait side, label style, field order): 외국인등록증 (older design and the 2023 design with
 * a QR code), 국내거소신고증, 주민등록증, 자동차운전면허증 (the current number form and the older
 * form with the region's name), plus the ICAO 9303 specimen TD1 card. Positions, fonts and label
 * wording were chosen here from what these cards generally show, not from the engine's layouts.
 */
final class CardDesigns {

    static final double PX_PER_MM = 12;
    static final int WIDTH = (int) Math.round(85.6 * PX_PER_MM);
    static final int HEIGHT = (int) Math.round(54 * PX_PER_MM);

    private static final Map<String, String> STATUS_NAMES = Map.ofEntries(Map.entry("E-9", "비전문취업"),
            Map.entry("E-7", "특정활동"), Map.entry("D-2", "유학"), Map.entry("D-4", "일반연수"), Map.entry("F-6", "결혼이민"),
            Map.entry("F-2", "거주"), Map.entry("F-5", "영주"), Map.entry("H-2", "방문취업"), Map.entry("E-2", "회화지도"),
            Map.entry("D-10", "구직"), Map.entry("F-4", "재외동포"));
    private static final String[] CITIES = {"서울특별시 마포구", "부산광역시 해운대구", "경기도 수원시 팔달구", "인천광역시 남동구",
            "대구광역시 수성구", "경기도 안산시 단원구", "충청남도 천안시 동남구", "광주광역시 북구"};
    private static final String[] ROADS = {"한빛로", "가람길", "새솔로", "누리대로", "별빛길", "은행나무로", "푸른숲길"};
    private static final String[] OFFICES = {"서울출입국·외국인청장", "부산출입국·외국인청장", "인천출입국·외국인청장",
            "수원출입국·외국인사무소장", "안산출입국·외국인사무소장"};
    private static final String[] REGIONS = {"서울", "부산", "경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남",
            "제주", "대구", "인천", "광주", "대전", "울산"};

    private CardDesigns() {
    }

    /** A residence card, older design ({@code variant} 0/1: portrait left, labels beside / portrait right, labels above). */
    static Sheet residenceCard(Random r, UnseenPeople.Person p, int variant) {
        Canvas c = new Canvas(r, new Color(226, 238, 244), new Color(196, 214, 226));
        c.title("외국인등록증", "RESIDENCE CARD", variant == 0 ? 24 : 6);
        boolean left = variant == 0;
        c.portrait(left, 21, 27);
        String status = statusText(r, p.stayStatus());
        List<String[]> rows = variant == 0
                ? List.of(new String[]{"외국인등록번호", hyphen(p.registrationNumber())}, new String[]{"성명 Name", p.latinName()},
                        new String[]{"국가/지역 Country/Region", UnseenPeople.COUNTRY_NAME.get(p.nationality())},
                        new String[]{"체류자격 Status", status}, new String[]{"발급일자 Issue Date", dotted(p.cardIssue())})
                : List.of(new String[]{"성명 Name", p.latinName()}, new String[]{"외국인등록번호 Registration No.", hyphen(p.registrationNumber())},
                        new String[]{"체류자격 Status", status}, new String[]{"국가/지역 Country/Region", UnseenPeople.COUNTRY_NAME.get(p.nationality())},
                        new String[]{"발급일자 Issue Date", spacedDots(p.cardIssue())});
        c.rows(rows, variant == 0, 13.5);
        c.issuer(OFFICES[r.nextInt(OFFICES.length)]);
        return c.sheet(DocumentType.ALIEN_REGISTRATION_CARD, "residence card (older design) v" + variant, foreignerFields(p));
    }

    /** A residence card of the 2023 design: English title first, a QR code, the portrait large. */
    static Sheet residenceCard2023(Random r, UnseenPeople.Person p, int variant) {
        Canvas c = new Canvas(r, new Color(240, 236, 246), new Color(214, 204, 230));
        c.title("RESIDENCE CARD", "외국인등록증", 5);
        c.portrait(variant == 0, 24, 31);
        List<String[]> rows = List.of(new String[]{"Name 성명", p.latinName()},
                new String[]{"Registration No. 외국인등록번호", hyphen(p.registrationNumber())},
                new String[]{"Country/Region 국가/지역", UnseenPeople.COUNTRY_NAME.get(p.nationality())},
                new String[]{"Status 체류자격", p.stayStatus()}, new String[]{"Issue Date 발급일자", spacedDots(p.cardIssue())});
        c.rows(rows, false, 12.5);
        c.qr(WIDTH - (variant == 0 ? 17 : 30) * PX_PER_MM, 1.5 * PX_PER_MM, 11 * PX_PER_MM,
                "RC" + p.registrationNumber().substring(0, 6) + r.nextInt(100000));
        c.issuer(OFFICES[r.nextInt(OFFICES.length)]);
        return c.sheet(DocumentType.ALIEN_REGISTRATION_CARD_2023, "residence card (2023 design) v" + variant, foreignerFields(p));
    }

    /** 국내거소신고증 of an overseas Korean: Korean and Latin name, foreign nationality, F-4. */
    static Sheet overseasKoreanCard(Random r, UnseenPeople.Person p, int variant) {
        Canvas c = new Canvas(r, new Color(236, 244, 232), new Color(206, 224, 200));
        c.title("국내거소신고증", "Overseas Korean Resident Card", variant == 0 ? 26 : 6);
        c.portrait(variant == 1, 21, 27);
        List<String[]> rows = List.of(new String[]{"거소신고번호", hyphen(p.registrationNumber())},
                new String[]{"성명", p.hangulName()}, new String[]{"Name", p.latinName()},
                new String[]{"국적 Nationality", UnseenPeople.COUNTRY_NAME.get(p.nationality())},
                new String[]{"체류자격 Status", variant == 0 ? "재외동포(F-4)" : "F-4"},
                new String[]{"발급일자", dotted(p.cardIssue())});
        c.rows(rows, true, 12);
        c.issuer(OFFICES[r.nextInt(OFFICES.length)]);
        Map<DocumentField, String> expected = foreignerFields(p);
        expected.put(DocumentField.HANGUL_NAME, p.hangulName());
        return c.sheet(DocumentType.OVERSEAS_KOREAN_RESIDENCE_CARD, "거소증 v" + variant, expected);
    }

    /** 주민등록증: name and number large, the address, the issue date and the issuing office at the bottom. */
    static Sheet residentCard(Random r, UnseenPeople.Person p, int variant) {
        Canvas c = new Canvas(r, new Color(244, 242, 236), new Color(222, 216, 200));
        c.title("주민등록증", null, variant == 0 ? 8 : 20);
        c.portrait(false, 22, 28);
        Graphics2D g = c.g;
        double mm = PX_PER_MM;
        Font big = Ink.font(c.hangul, (float) (5.2 * mm));
        Ink.text(g, p.hangulName(), big, c.ink, 7 * mm, 20 * mm, 52 * mm);
        Ink.text(g, hyphen(p.registrationNumber()), Ink.font(Ink.LATIN.get(variant == 0 ? 0 : 1), (float) (4.4 * mm)), c.ink, 7 * mm, 28 * mm, 50 * mm);
        Font small = Ink.font(c.hangul, (float) (2.7 * mm));
        Ink.text(g, CITIES[r.nextInt(CITIES.length)] + " " + ROADS[r.nextInt(ROADS.length)] + " " + (1 + r.nextInt(300)), small, c.ink, 7 * mm, 35 * mm, 52 * mm);
        Ink.text(g, (100 + r.nextInt(900)) + "동 " + (100 + r.nextInt(1500)) + "호", small, c.ink, 7 * mm, 39 * mm, 52 * mm);
        LocalDate issue = p.cardIssue();
        String date = variant == 0 ? issue.getYear() + ". " + issue.getMonthValue() + ". " + issue.getDayOfMonth() + "." : dotted(issue);
        Ink.text(g, date, Ink.font(c.hangul, (float) (3 * mm)), c.ink, 30 * mm, 45.5 * mm, 30 * mm);
        Ink.text(g, CITIES[r.nextInt(CITIES.length)].split(" ")[0] + " " + (variant == 0 ? "종로구청장" : "중구청장"),
                Ink.font(c.hangul, (float) (3.4 * mm)), c.ink, 24 * mm, 51 * mm, 40 * mm);
        c.seal(62 * mm, 45 * mm);
        return c.sheet(DocumentType.RESIDENT_ID_CARD, "주민등록증 v" + variant, Sheet.fields(DocumentField.HANGUL_NAME, p.hangulName(),
                DocumentField.REGISTRATION_NUMBER, p.registrationNumber(), DocumentField.ISSUE_DATE, issue));
    }

    /** 자동차운전면허증: v0 the numeric number form with an English title, v1 the older form with the region's name. */
    static Sheet driverLicence(Random r, UnseenPeople.Person p, int variant) {
        Canvas c = new Canvas(r, new Color(238, 240, 232), new Color(210, 216, 196));
        c.title("자동차운전면허증", variant == 0 ? "Driver's License" : null, 5);
        c.portrait(true, 22, 28);
        Graphics2D g = c.g;
        double mm = PX_PER_MM;
        double x = 29 * mm;
        String number = p.licenceNumber();
        String printed = variant == 0 ? number
                : REGIONS[Integer.parseInt(number.substring(0, 2)) - 11] + " " + number.substring(3);
        Font value = Ink.font(Ink.LATIN.get(variant == 0 ? 2 : 0), (float) (3.6 * mm));
        Font label = Ink.font(c.hangul, (float) (2.4 * mm));
        Ink.text(g, "1종보통", label, c.ink, x, 15 * mm, 20 * mm);
        Ink.text(g, printed, Ink.font(c.hangul, (float) (3.8 * mm)), c.ink, x + 12 * mm, 15.5 * mm, 42 * mm);
        Ink.text(g, p.hangulName(), Ink.font(c.hangul, (float) (4.2 * mm)), c.ink, x, 22 * mm, 40 * mm);
        Ink.text(g, hyphen(p.registrationNumber()), value, c.ink, x, 28 * mm, 40 * mm);
        Font small = Ink.font(c.hangul, (float) (2.5 * mm));
        Ink.text(g, CITIES[r.nextInt(CITIES.length)] + " " + ROADS[r.nextInt(ROADS.length)] + " " + (1 + r.nextInt(300)), small, c.ink, x, 33 * mm, 54 * mm);
        LocalDate end = p.licenceRenewalEnd();
        LocalDate start = LocalDate.of(end.getYear(), 1, 1);
        Ink.text(g, (variant == 0 ? "적성검사기간 " : "갱신기간 ") + dotted(start) + " ~ " + dotted(end), small, c.ink, x, 38 * mm, 54 * mm);
        Ink.text(g, "조건 :        식별번호 " + Integer.toHexString(r.nextInt(0xFFFFF)).toUpperCase(Locale.ROOT), small, c.ink, x, 42 * mm, 54 * mm);
        Ink.text(g, dotted(p.licenceIssue()), Ink.font(c.hangul, (float) (2.9 * mm)), c.ink, x + 6 * mm, 47 * mm, 24 * mm);
        Ink.text(g, REGIONS[r.nextInt(REGIONS.length)] + "경찰청장", Ink.font(c.hangul, (float) (3.4 * mm)), c.ink, x + 6 * mm, 51.5 * mm, 30 * mm);
        c.seal(74 * mm, 46 * mm);
        return c.sheet(DocumentType.DRIVER_LICENCE, "운전면허증 v" + variant, Sheet.fields(DocumentField.LICENCE_NUMBER, number,
                DocumentField.HANGUL_NAME, p.hangulName(), DocumentField.REGISTRATION_NUMBER, p.registrationNumber(),
                DocumentField.EXPIRY_DATE, end, DocumentField.ISSUE_DATE, p.licenceIssue()));
    }

    /** The ICAO 9303 Part 5 specimen identity card (TD1), as published (expired 2012) or renewed. */
    static Sheet specimenTd1(Random r, boolean asPublished, LocalDate expiry) {
        LocalDate birth = LocalDate.of(1974, 8, 12);
        LocalDate until = asPublished ? LocalDate.of(2012, 4, 15) : expiry;
        List<String> mrz = asPublished ? IcaoMrz.TD1_SPECIMEN
                : IcaoMrz.td1("I", "UTO", "D23145890", birth, 'F', until, "UTO", "ERIKSSON", "ANNA MARIA");
        Canvas c = new Canvas(r, new Color(240, 240, 236), new Color(214, 214, 206));
        Ink.text(c.g, "UTOPIA  IDENTITY CARD", Ink.font(Ink.LATIN.get(3), (float) (3.4 * PX_PER_MM)), c.ink, 26 * PX_PER_MM, 7 * PX_PER_MM, 56 * PX_PER_MM);
        c.portrait(true, 19, 24);
        c.rows(List.of(new String[]{"Surname", "ERIKSSON"}, new String[]{"Given names", "ANNA MARIA"},
                new String[]{"Document No.", "D23145890"}, new String[]{"Date of expiry", until.toString()}), false, 10);
        c.g.setColor(new Color(244, 244, 240));
        c.g.fillRect(0, (int) (HEIGHT - 18 * PX_PER_MM), WIDTH, (int) (18 * PX_PER_MM));
        double pitch = 2.54 * PX_PER_MM;
        double x = (WIDTH - 30 * pitch) / 2;
        for (int i = 0; i < 3; i++) {
            Ink.mrzLine(c.g, mrz.get(i), x, HEIGHT - (13.2 - 4.6 * i) * PX_PER_MM, pitch, (float) (3.4 * PX_PER_MM));
        }
        c.g.dispose();
        return new Sheet(c.image, DocumentType.ID_CARD_TD1, asPublished ? "ICAO specimen TD1 (expired 2012)" : "ICAO specimen TD1 (renewed)",
                Sheet.fields(DocumentField.DOCUMENT_NUMBER, "D23145890", DocumentField.SURNAME, "ERIKSSON",
                        DocumentField.GIVEN_NAMES, "ANNA MARIA", DocumentField.BIRTH_DATE, birth, DocumentField.EXPIRY_DATE, until),
                asPublished ? ReasonCode.DOCUMENT_EXPIRED : null);
    }

    private static Map<DocumentField, String> foreignerFields(UnseenPeople.Person p) {
        return Sheet.fields(DocumentField.REGISTRATION_NUMBER, p.registrationNumber(), DocumentField.LATIN_NAME, p.latinName(),
                DocumentField.NATIONALITY, p.nationality(), DocumentField.STAY_STATUS, p.stayStatus(),
                DocumentField.ISSUE_DATE, p.cardIssue());
    }

    private static String statusText(Random r, String code) {
        return r.nextBoolean() ? STATUS_NAMES.getOrDefault(code, "") + "(" + code + ")" : code;
    }

    static String hyphen(String thirteen) {
        return thirteen.substring(0, 6) + "-" + thirteen.substring(6);
    }

    static String dotted(LocalDate d) {
        return String.format(Locale.ROOT, "%d.%02d.%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    static String spacedDots(LocalDate d) {
        return String.format(Locale.ROOT, "%d. %02d. %02d.", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    /** A card being drawn: background, title, portrait, rows of label and value. */
    private static final class Canvas {
        final Random r;
        final BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        final Graphics2D g = Ink.graphics(image);
        final String hangul;
        final Color ink = new Color(22, 22, 30);
        boolean portraitLeft;
        int portraitRight;

        Canvas(Random r, Color light, Color pattern) {
            this.r = r;
            this.hangul = Ink.HANGUL.get(r.nextInt(3));
            // printed card stock is never paper-white: both ends of the gradient stay below 246
            Color far = new Color(Math.min(245, light.getRed() + 8), Math.min(245, light.getGreen() + 8), Math.min(245, light.getBlue() + 8));
            g.setPaint(new GradientPaint(0, 0, light, WIDTH, HEIGHT, far));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            Ink.guilloche(g, r, WIDTH, HEIGHT, pattern, 14);
            // a faint emblem in the middle, as many cards carry
            g.setColor(new Color(pattern.getRed(), pattern.getGreen(), pattern.getBlue(), 110));
            g.setStroke(new BasicStroke(3f));
            double d = 24 * PX_PER_MM;
            g.draw(new Ellipse2D.Double(WIDTH / 2.0 - d / 2 + 8 * PX_PER_MM, HEIGHT / 2.0 - d / 2, d, d));
        }

        void title(String main, String sub, double xMm) {
            double mm = PX_PER_MM;
            boolean latinMain = main.chars().allMatch(ch -> ch < 0x1100);
            Ink.text(g, main, Ink.font(latinMain ? Ink.LATIN.get(3) : Ink.HANGUL.get(3 + r.nextInt(2)), (float) (4.6 * mm)),
                    new Color(20, 40, 80), xMm * mm, 7.5 * mm, 50 * mm);
            if (sub != null) {
                boolean latinSub = sub.chars().allMatch(ch -> ch < 0x1100);
                Ink.text(g, sub, Ink.font(latinSub ? Ink.LATIN.get(0) : hangul, (float) (2.6 * mm)), new Color(40, 60, 100),
                        xMm * mm + (r.nextBoolean() ? 0 : 2 * mm), 11.2 * mm, 45 * mm);
            }
        }

        void portrait(boolean left, double wMm, double hMm) {
            double mm = PX_PER_MM;
            int w = (int) ((wMm + r.nextDouble() * 2) * mm);
            int h = (int) (w * hMm / wMm);
            int x = left ? (int) ((3 + r.nextDouble() * 2) * mm) : (int) (WIDTH - w - (3 + r.nextDouble() * 2) * mm);
            int y = (int) ((13 + r.nextDouble() * 2) * mm);
            Ink.portrait(g, r, x, y, w, h, false);
            portraitLeft = left;
            portraitRight = left ? x + w : x;
        }

        void rows(List<String[]> rows, boolean beside, double startMm) {
            double mm = PX_PER_MM;
            double x0 = portraitLeft ? portraitRight + 3 * mm : 5 * mm;
            double x1 = portraitLeft ? WIDTH - 4 * mm : portraitRight - 3 * mm;
            double y = (startMm + r.nextDouble()) * mm;
            double step = (HEIGHT - 10 * mm - y) / rows.size();
            Font labelFont = Ink.font(hangul, (float) (2.1 * mm));
            Font latinValue = Ink.font(Ink.LATIN.get(r.nextInt(3)), (float) (3.3 * mm));
            Font hangulValue = Ink.font(hangul, (float) (3.5 * mm));
            for (String[] row : rows) {
                Font value = row[1].chars().anyMatch(ch -> ch >= 0xAC00 && ch <= 0xD7A3) ? hangulValue : latinValue;
                if (beside) {
                    double split = x0 + (x1 - x0) * 0.36;
                    Ink.text(g, row[0], labelFont, new Color(60, 60, 80), x0, y + step * 0.62, split - x0 - mm);
                    Ink.text(g, row[1], value, ink, split, y + step * 0.68, x1 - split);
                } else {
                    Ink.text(g, row[0], labelFont, new Color(60, 60, 80), x0, y + step * 0.3, x1 - x0);
                    Ink.text(g, row[1], value, ink, x0, y + step * 0.85, x1 - x0);
                }
                y += step;
            }
        }

        void issuer(String office) {
            Ink.text(g, office, Ink.font(hangul, (float) (3.0 * PX_PER_MM)), ink, WIDTH * 0.42, HEIGHT - 3.2 * PX_PER_MM, WIDTH * 0.45);
            seal(WIDTH - 12 * PX_PER_MM, HEIGHT - 10 * PX_PER_MM);
        }

        void seal(double x, double y) {
            g.setColor(new Color(200, 40, 40, 170));
            g.setStroke(new BasicStroke(3f));
            double d = 8 * PX_PER_MM;
            g.draw(new Ellipse2D.Double(x, y, d, d));
            g.drawRect((int) (x + d * 0.28), (int) (y + d * 0.28), (int) (d * 0.44), (int) (d * 0.44));
        }

        void qr(double x, double y, double side, String content) {
            boofcv.alg.fiducial.qrcode.QrCode qr = new boofcv.alg.fiducial.qrcode.QrCodeEncoder().addAutomatic(content).fixate();
            boofcv.alg.fiducial.qrcode.QrCodeGeneratorImage render = new boofcv.alg.fiducial.qrcode.QrCodeGeneratorImage(8).render(qr);
            boofcv.struct.image.GrayU8 gray = render.getGray();
            BufferedImage q = new BufferedImage(gray.width, gray.height, BufferedImage.TYPE_INT_RGB);
            for (int j = 0; j < gray.height; j++) {
                for (int i = 0; i < gray.width; i++) {
                    int v = gray.get(i, j);
                    q.setRGB(i, j, v << 16 | v << 8 | v);
                }
            }
            g.drawImage(q, (int) x, (int) y, (int) side, (int) side, null);
        }

        Sheet sheet(DocumentType type, String design, Map<DocumentField, String> expected) {
            g.dispose();
            return new Sheet(image, type, design, expected, null);
        }
    }
}
