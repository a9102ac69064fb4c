package org.ekyc.hub.verification.document.synth;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.ekyc.hub.verification.api.document.DocumentField;
import org.ekyc.hub.verification.document.DocumentLayout;
import org.ekyc.hub.verification.document.mrz.CheckDigit;

/** Draws flat, upright synthetic documents at their canonical size with Java2D. */
public final class DocumentRenderer {

    static final DateTimeFormatter PASSPORT_DATE = DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH);
    static final DateTimeFormatter CARD_DATE = DateTimeFormatter.ofPattern("yyyy.MM.dd");

    private DocumentRenderer() {
    }

    /** The two TD3 MRZ lines of a person's passport (ICAO 9303 Part 4). */
    public static List<String> td3Mrz(SyntheticPerson p) {
        String names = (p.surname().replace(' ', '<') + "<<" + p.givenNames().replace(' ', '<'));
        String line1 = pad("P<" + p.nationality() + names, 44);
        String doc = pad(p.passportNumber(), 9);
        String birth = yymmdd(p.birthDate());
        String expiry = yymmdd(p.passportExpiry());
        String optional = "<<<<<<<<<<<<<<";
        String line2 = doc + CheckDigit.of(doc) + p.nationality() + birth + CheckDigit.of(birth) + p.sex()
                + expiry + CheckDigit.of(expiry) + optional + "<";
        String composite = line2.substring(0, 10) + line2.substring(13, 20) + line2.substring(21, 43);
        return List.of(line1, line2 + CheckDigit.of(composite));
    }

    public static BufferedImage passport(SyntheticPerson p) {
        DocumentLayout l = DocumentLayout.PASSPORT_TD3;
        BufferedImage img = new BufferedImage(l.width(), l.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(img, new Color(226, 236, 230), new Color(205, 222, 214));
        g.setColor(new Color(40, 70, 90));
        text(g, Fonts.NANUM_BOLD, "PASSPORT  " + p.countryName(), new Rectangle(40, 30, 600, 40), 0.7f);
        text(g, Fonts.NANUM, "Type P   Code " + p.nationality(), new Rectangle(340, 90, 300, 30), 0.7f);
        portrait(g, p, l.pixels(l.portrait()));
        label(g, l, DocumentField.DOCUMENT_NUMBER, "Passport No.");
        label(g, l, DocumentField.SURNAME, "Surname");
        label(g, l, DocumentField.GIVEN_NAMES, "Given names");
        label(g, l, DocumentField.NATIONALITY, "Nationality");
        label(g, l, DocumentField.BIRTH_DATE, "Date of birth");
        label(g, l, DocumentField.SEX, "Sex");
        label(g, l, DocumentField.EXPIRY_DATE, "Date of expiry");
        g.setColor(new Color(20, 20, 25));
        value(g, l, DocumentField.DOCUMENT_NUMBER, p.passportNumber(), Fonts.NANUM_BOLD);
        value(g, l, DocumentField.SURNAME, p.surname(), Fonts.NANUM_BOLD);
        value(g, l, DocumentField.GIVEN_NAMES, p.givenNames(), Fonts.NANUM_BOLD);
        value(g, l, DocumentField.NATIONALITY, p.nationality(), Fonts.NANUM_BOLD);
        value(g, l, DocumentField.BIRTH_DATE, p.birthDate().format(PASSPORT_DATE).toUpperCase(Locale.ROOT), Fonts.NANUM_BOLD);
        value(g, l, DocumentField.SEX, String.valueOf(p.sex()), Fonts.NANUM_BOLD);
        value(g, l, DocumentField.EXPIRY_DATE, p.passportExpiry().format(PASSPORT_DATE).toUpperCase(Locale.ROOT), Fonts.NANUM_BOLD);
        mrz(g, l.pixels(l.mrz()), td3Mrz(p));
        g.dispose();
        return img;
    }

    public static BufferedImage residenceCard(SyntheticPerson p) {
        return residenceCard(p, DocumentLayout.ALIEN_REGISTRATION_CARD, "외국인등록증", "RESIDENCE CARD");
    }

    /** 외국인등록증 of the 2023 redesign: portrait on the right, QR code bottom centre (encoding the card serial). */
    public static BufferedImage residenceCard2023(SyntheticPerson p) {
        BufferedImage img = residenceCard(p, DocumentLayout.ALIEN_REGISTRATION_CARD_2023, "외국인등록증", "RESIDENCE CARD");
        DocumentLayout l = DocumentLayout.ALIEN_REGISTRATION_CARD_2023;
        Rectangle zone = l.pixels(DocumentLayout.QR_CODE);
        boofcv.alg.fiducial.qrcode.QrCode qr = new boofcv.alg.fiducial.qrcode.QrCodeEncoder()
                .addAutomatic("KRC" + SyntheticPeople.cardSerial(p)).fixate();
        int side = Math.min(zone.width, zone.height) - 16;
        boofcv.alg.fiducial.qrcode.QrCodeGeneratorImage render = new boofcv.alg.fiducial.qrcode.QrCodeGeneratorImage(side / 25);
        render.render(qr);
        boofcv.struct.image.GrayU8 modules = render.getGray();
        for (int i = 0; i < modules.data.length; i++) {
            // printed on the card's tint, not on paper white (which the glare check would count)
            modules.data[i] = (byte) ((modules.data[i] & 0xff) > 128 ? 228 : 24);
        }
        BufferedImage code = org.ekyc.hub.verification.document.quality.GrayImages.buffered(modules);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(228, 228, 228));
        g.fillRect(zone.x + 4, zone.y + 4, side + 8, side + 8);
        g.drawImage(code, zone.x + 8, zone.y + 8, side, side, null);
        g.dispose();
        return img;
    }

    /** 국내거소신고증: the residence card's layout with its own title; holders have status F-4. */
    public static BufferedImage overseasKoreanCard(SyntheticPerson p) {
        SyntheticPerson f4 = new SyntheticPerson(p.surname(), p.givenNames(), p.hangulName(), p.nationality(), p.countryName(),
                p.sex(), p.birthDate(), p.passportNumber(), p.passportExpiry(), p.registrationNumber(), "F-4",
                p.cardIssueDate(), p.portrait());
        return residenceCard(f4, DocumentLayout.OVERSEAS_KOREAN_RESIDENCE_CARD, "국내거소신고증", "OVERSEAS KOREAN");
    }

    /** 주민등록증 front of the person's citizen twin ({@link SyntheticPeople#citizen}). */
    public static BufferedImage residentIdCard(SyntheticPerson p) {
        return residentIdCard(p, SyntheticPeople.citizen(p));
    }

    /** 주민등록증 front with the given citizen's name, number and issue date and {@code p}'s portrait. */
    public static BufferedImage residentIdCard(SyntheticPerson p, SyntheticPeople.Citizen c) {
        DocumentLayout l = DocumentLayout.RESIDENT_ID_CARD;
        BufferedImage img = new BufferedImage(l.width(), l.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(img, new Color(238, 240, 232), new Color(222, 230, 236));
        g.setColor(new Color(40, 50, 90));
        text(g, Fonts.NANUM_BOLD, "주민등록증", new Rectangle(34, 22, 300, 56), 0.8f);
        portrait(g, p, l.pixels(l.portrait()));
        g.setColor(new Color(20, 20, 25));
        value(g, l, DocumentField.HANGUL_NAME, c.hangulName(), Fonts.NANUM_BOLD);
        value(g, l, DocumentField.REGISTRATION_NUMBER, c.residentNumber().substring(0, 6) + "-" + c.residentNumber().substring(6),
                Fonts.NANUM_BOLD);
        g.setColor(new Color(60, 60, 70));
        text(g, Fonts.NANUM, "한빛시 가상구 예시로 12", new Rectangle(44, 290, 500, 32), 0.7f);
        text(g, Fonts.NANUM, "(샘플동)", new Rectangle(44, 326, 300, 30), 0.7f);
        g.setColor(new Color(20, 20, 25));
        value(g, l, DocumentField.ISSUE_DATE, c.idIssueDate().format(CARD_DATE), Fonts.NANUM_BOLD);
        text(g, Fonts.NANUM_BOLD, "가상구청장", new Rectangle(330, 486, 200, 34), 0.7f);
        g.dispose();
        return img;
    }

    /** 자동차운전면허증 front of the person's citizen twin. */
    public static BufferedImage driverLicence(SyntheticPerson p) {
        SyntheticPeople.Citizen c = SyntheticPeople.citizen(p);
        DocumentLayout l = DocumentLayout.DRIVER_LICENCE;
        BufferedImage img = new BufferedImage(l.width(), l.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(img, new Color(240, 236, 226), new Color(228, 222, 236));
        g.setColor(new Color(30, 40, 100));
        text(g, Fonts.NANUM_BOLD, "자동차운전면허증", new Rectangle(34, 22, 380, 56), 0.8f);
        text(g, Fonts.NANUM, "Driver's License", new Rectangle(440, 36, 260, 34), 0.7f);
        portrait(g, p, l.pixels(l.portrait()));
        label(g, l, DocumentField.EXPIRY_DATE, "적성검사기간 만료일");
        label(g, l, DocumentField.ISSUE_DATE, "발급일");
        g.setColor(new Color(20, 20, 25));
        value(g, l, DocumentField.LICENCE_NUMBER, c.licenceNumber(), Fonts.NANUM_BOLD);
        value(g, l, DocumentField.HANGUL_NAME, c.hangulName(), Fonts.NANUM_BOLD);
        value(g, l, DocumentField.REGISTRATION_NUMBER, c.residentNumber().substring(0, 6) + "-" + c.residentNumber().substring(6),
                Fonts.NANUM_BOLD);
        value(g, l, DocumentField.EXPIRY_DATE, c.licenceRenewalEnd().format(CARD_DATE), Fonts.NANUM_BOLD);
        value(g, l, DocumentField.ISSUE_DATE, c.licenceIssueDate().format(CARD_DATE), Fonts.NANUM_BOLD);
        g.setColor(new Color(30, 40, 100));
        text(g, Fonts.NANUM, "가상지방경찰청장", new Rectangle(600, 490, 230, 28), 0.7f);
        g.dispose();
        return img;
    }

    private static BufferedImage residenceCard(SyntheticPerson p, DocumentLayout l, String title, String subtitle) {
        BufferedImage img = new BufferedImage(l.width(), l.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(img, new Color(232, 238, 246), new Color(214, 226, 240));
        g.setColor(new Color(30, 60, 120));
        text(g, Fonts.NANUM_BOLD, title, new Rectangle(34, 22, 300, 56), 0.8f);
        text(g, Fonts.NANUM, subtitle, new Rectangle(360, 36, 300, 34), 0.7f);
        portrait(g, p, l.pixels(l.portrait()));
        label(g, l, DocumentField.REGISTRATION_NUMBER, "외국인등록번호 Registration No.");
        label(g, l, DocumentField.LATIN_NAME, "성명 Name");
        label(g, l, DocumentField.HANGUL_NAME, "한글 성명");
        label(g, l, DocumentField.NATIONALITY, "국가/지역 Country/Region");
        label(g, l, DocumentField.STAY_STATUS, "체류자격 Status");
        label(g, l, DocumentField.ISSUE_DATE, "발급일자 Issue Date");
        g.setColor(new Color(20, 20, 25));
        String number = p.registrationNumber();
        value(g, l, DocumentField.REGISTRATION_NUMBER, number.substring(0, 6) + "-" + number.substring(6), Fonts.NANUM_BOLD);
        value(g, l, DocumentField.LATIN_NAME, p.surname() + " " + p.givenNames(), Fonts.NANUM_BOLD);
        value(g, l, DocumentField.HANGUL_NAME, p.hangulName(), Fonts.NANUM_BOLD);
        value(g, l, DocumentField.NATIONALITY, p.countryName(), Fonts.NANUM_BOLD);
        value(g, l, DocumentField.STAY_STATUS, p.stayStatus(), Fonts.NANUM_BOLD);
        value(g, l, DocumentField.ISSUE_DATE, p.cardIssueDate().format(CARD_DATE), Fonts.NANUM_BOLD);
        g.setColor(new Color(30, 60, 120));
        text(g, Fonts.NANUM, "법무부장관 MINISTER OF JUSTICE", new Rectangle(560, 490, 290, 28), 0.7f);
        g.dispose();
        return img;
    }

    /** One stay-extension row on the back of a residence card. */
    public record Extension(LocalDate permit, LocalDate expiry) {
    }

    /** The back of a person's residence card with their usual extensions (see {@link SyntheticPeople#extensions}). */
    public static BufferedImage residenceCardBack(SyntheticPerson p) {
        return residenceCardBack(SyntheticPeople.cardSerial(p), SyntheticPeople.extensions(p));
    }

    /** The back of a residence card: card serial, stay-extension table, address-change table (left blank). */
    public static BufferedImage residenceCardBack(String serial, List<Extension> extensions) {
        DocumentLayout l = DocumentLayout.RESIDENCE_CARD_BACK;
        BufferedImage img = new BufferedImage(l.width(), l.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(img, new Color(236, 240, 246), new Color(220, 229, 240));
        g.setColor(new Color(30, 60, 120));
        text(g, Fonts.NANUM_BOLD, "체류기간 연장 허가", new Rectangle(34, 34, 300, 34), 0.8f);
        Rectangle serialCell = l.pixels(l.fields().get(DocumentField.CARD_SERIAL));
        g.setColor(new Color(20, 20, 25));
        text(g, Fonts.NANUM_BOLD, serial, new Rectangle(serialCell.x + 4, serialCell.y, serialCell.width - 8, serialCell.height), 0.72f);
        Rectangle firstPermit = print(l.pixels(DocumentLayout.extensionPermit(0)));
        Rectangle firstExpiry = print(l.pixels(DocumentLayout.extensionExpiry(0)));
        g.setColor(new Color(70, 90, 110));
        text(g, Fonts.NANUM, "허가일자 Date of Permission", new Rectangle(firstPermit.x, firstPermit.y - 34, firstPermit.width, 22), 0.75f);
        text(g, Fonts.NANUM, "만료일자 Expiry Date", new Rectangle(firstExpiry.x, firstExpiry.y - 34, firstExpiry.width, 22), 0.75f);
        text(g, Fonts.NANUM, "확인 Confirmation", new Rectangle(firstExpiry.x + firstExpiry.width + 30, firstExpiry.y - 34, 180, 22), 0.75f);
        g.setStroke(new BasicStroke(1.5f));
        for (int row = 0; row <= DocumentLayout.EXTENSION_ROWS; row++) {
            int y = print(l.pixels(DocumentLayout.extensionPermit(Math.min(row, DocumentLayout.EXTENSION_ROWS - 1)))).y
                    + (row == DocumentLayout.EXTENSION_ROWS ? firstPermit.height + 12 : -8);
            g.drawLine(30, y, l.width() - 30, y);
        }
        g.setColor(new Color(20, 20, 25));
        for (int row = 0; row < Math.min(extensions.size(), DocumentLayout.EXTENSION_ROWS); row++) {
            Rectangle permit = print(l.pixels(DocumentLayout.extensionPermit(row)));
            Rectangle expiry = print(l.pixels(DocumentLayout.extensionExpiry(row)));
            text(g, Fonts.NANUM_BOLD, extensions.get(row).permit().format(CARD_DATE),
                    new Rectangle(permit.x + 4, permit.y, permit.width - 8, permit.height), 0.72f);
            text(g, Fonts.NANUM_BOLD, extensions.get(row).expiry().format(CARD_DATE),
                    new Rectangle(expiry.x + 4, expiry.y, expiry.width - 8, expiry.height), 0.72f);
            // the office's seal in the confirmation column
            g.setColor(new Color(190, 40, 40, 150));
            g.drawOval(expiry.x + expiry.width + 60, permit.y - 4, permit.height + 6, permit.height + 6);
            g.setColor(new Color(20, 20, 25));
        }
        g.setColor(new Color(30, 60, 120));
        text(g, Fonts.NANUM, "체류지 변경신고 Report of Change of Address", new Rectangle(34, 486, 500, 26), 0.7f);
        g.dispose();
        return img;
    }

    /** The printed line inside an extension cell (the cell has a margin above and below). */
    private static Rectangle print(Rectangle cell) {
        int h = (int) Math.round(cell.height * 0.085 / 0.11);
        return new Rectangle(cell.x, cell.y + (cell.height - h) / 2, cell.width, h);
    }

    private static Graphics2D canvas(BufferedImage img, Color top, Color bottom) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setPaint(new GradientPaint(0, 0, top, img.getWidth(), img.getHeight(), bottom));
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(new Color(0, 0, 0, 18));
        g.setStroke(new BasicStroke(1.2f));
        for (int x = -img.getHeight(); x < img.getWidth(); x += 14) {
            g.drawLine(x, img.getHeight(), x + img.getHeight(), 0);
        }
        return g;
    }

    private static void portrait(Graphics2D g, SyntheticPerson p, Rectangle r) {
        try {
            BufferedImage face = ImageIO.read(p.portrait().toFile());
            int side = Math.min(face.getWidth(), face.getHeight() * r.width / r.height);
            int h = side * r.height / r.width;
            int x0 = (face.getWidth() - side) / 2;
            int y0 = Math.max(0, (face.getHeight() - h) / 2 - face.getHeight() / 20);
            g.drawImage(face, r.x, r.y, r.x + r.width, r.y + r.height, x0, y0, x0 + side, y0 + h, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void label(Graphics2D g, DocumentLayout l, DocumentField field, String text) {
        Rectangle r = l.pixels(l.fields().get(field));
        g.setColor(new Color(70, 90, 110));
        text(g, Fonts.NANUM, text, new Rectangle(r.x, r.y - 20, r.width, 20), 0.75f);
    }

    private static void value(Graphics2D g, DocumentLayout l, DocumentField field, String text, Font font) {
        Rectangle2D f = l.fields().get(field);
        Rectangle r = l.pixels(f);
        text(g, font, text, new Rectangle(r.x + 4, r.y, r.width - 8, r.height), 0.72f);
    }

    /** Draws text left-aligned in {@code r}, its cap height about {@code fill} of the height. */
    static void text(Graphics2D g, Font base, String text, Rectangle r, float fill) {
        Font font = base.deriveFont(r.height * fill * 1.3f);
        FontMetrics m = g.getFontMetrics(font);
        if (m.stringWidth(text) > r.width) {
            font = font.deriveFont(font.getSize2D() * r.width / m.stringWidth(text));
            m = g.getFontMetrics(font);
        }
        g.setFont(font);
        int baseline = r.y + (r.height + m.getAscent() - m.getDescent()) / 2;
        g.drawString(text, r.x, baseline);
    }

    private static void mrz(Graphics2D g, Rectangle zone, List<String> lines) {
        g.setColor(new Color(15, 15, 20));
        Font font = Fonts.OCR_B.deriveFont(10f);
        float advance = g.getFontMetrics(font).charWidth('<');
        float size = 10f * (zone.width * 0.97f / lines.get(0).length()) / advance;
        font = Fonts.OCR_B.deriveFont(size);
        g.setFont(font);
        FontMetrics m = g.getFontMetrics(font);
        float pitch = zone.height / (float) lines.size();
        for (int i = 0; i < lines.size(); i++) {
            float baseline = zone.y + pitch * i + (pitch + m.getAscent() - m.getDescent()) / 2f;
            g.drawString(lines.get(i), zone.x + zone.width * 0.015f, baseline);
        }
    }

    private static String pad(String s, int length) {
        return s.length() >= length ? s.substring(0, length) : s + "<".repeat(length - s.length());
    }

    private static String yymmdd(LocalDate d) {
        return String.format("%02d%02d%02d", d.getYear() % 100, d.getMonthValue(), d.getDayOfMonth());
    }
}
