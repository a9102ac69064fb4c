package org.ekyc.hub.verification.document;

import boofcv.struct.image.GrayU8;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.document.DocumentField;
import org.ekyc.hub.verification.api.document.DocumentImageException;
import org.ekyc.hub.verification.api.document.DocumentReading;
import org.ekyc.hub.verification.api.document.DocumentType;
import org.ekyc.hub.verification.api.document.FieldLocation;
import org.ekyc.hub.verification.api.document.FieldReading;
import org.ekyc.hub.verification.api.document.FieldSource;
import org.ekyc.hub.verification.api.document.Finding;
import org.ekyc.hub.verification.api.document.Severity;
import org.ekyc.hub.verification.document.kr.CardTitle;
import org.ekyc.hub.verification.document.kr.StayStatusCode;
import org.ekyc.hub.verification.document.mrz.Mrz;
import org.ekyc.hub.verification.document.mrz.MrzDates;
import org.ekyc.hub.verification.document.ocr.OcrEngine;
import org.ekyc.hub.verification.document.ocr.OcrProfile;
import org.ekyc.hub.verification.document.ocr.OcrText;
import org.ekyc.hub.verification.document.ocr.TextRows;
import org.ekyc.hub.verification.document.ocr.ZoneReader;
import org.ekyc.hub.verification.document.quality.Assessment;
import org.ekyc.hub.verification.document.quality.GrayImages;
import org.ekyc.hub.verification.document.quality.QrCodes;
import org.ekyc.hub.verification.document.quality.QualityGate;
import org.ekyc.hub.verification.document.quality.QualityThresholds;
import org.ekyc.hub.verification.imaging.FaceLocator;
import org.ekyc.hub.verification.imaging.PixelBudget;

/**
 * The document pipeline: decode (bounded) → quality gate (find, rectify, measure) → classify →
 * read MRZ and VIZ regions → validate → {@link DocumentReading}. Plain Java, thread-safe as long as
 * the {@link OcrEngine} is; the EJB and the benchmarks both use it.
 */
public final class DocumentChecker {

    /** A VIZ read below this OCR confidence is treated as unreadable. */
    static final double MIN_VIZ_CONFIDENCE = 0.2;

    /** The confidence of a printed value found on the page (not at the layout's place) equal to the MRZ's. */
    static final double PRINTED_ELSEWHERE = 0.9;

    /**
     * The pixels one document check may declare, every frame of both sides together: 120 megapixels (a burst
     * of five 12-megapixel frames of each side, or three photos at the decoder's largest), each frame at most
     * the decoder's {@link DocumentImageDecoder#MAX_PIXELS}.
     */
    public static final PixelBudget DEFAULT_BUDGET = new PixelBudget(DocumentImageDecoder.MAX_PIXELS, 120_000_000L);

    private final QualityGate gate;
    private final QualityThresholds thresholds;
    private final ZoneReader reader;
    private final Clock clock;

    private final FaceLocator faces;
    private final PixelBudget budget;

    public DocumentChecker(OcrEngine ocr, QualityThresholds thresholds, Clock clock) {
        this(ocr, thresholds, clock, null);
    }

    /** With the {@link #DEFAULT_BUDGET}; see {@link #DocumentChecker(OcrEngine, QualityThresholds, Clock, FaceLocator, PixelBudget)}. */
    public DocumentChecker(OcrEngine ocr, QualityThresholds thresholds, Clock clock, FaceLocator faces) {
        this(ocr, thresholds, clock, faces, DEFAULT_BUDGET);
    }

    /**
     * @param faces the face engine's detector, for the portrait tamper signals and to locate the portrait the
     *              face match uses; null to skip them (unit tests of the reading, benchmarks of OCR alone: the
     *              portrait is then the layout's whole portrait region)
     * @param budget the pixels the frames of one check may declare, checked from their headers before any is decoded
     */
    public DocumentChecker(OcrEngine ocr, QualityThresholds thresholds, Clock clock, FaceLocator faces, PixelBudget budget) {
        this.budget = budget;
        this.gate = new QualityGate(thresholds);
        this.thresholds = thresholds;
        this.reader = new ZoneReader(ocr);
        this.clock = clock;
        this.faces = faces;
    }

    /**
     * Reads each frame of a capture (a burst from the phone) and keeps what the frames agree on;
     * see {@link FrameConsensus}. One frame is the same as {@link #check(byte[], DocumentType)}. A finding
     * that would reject the document stands only when two reads agree on it or check digits confirm it
     * ({@link ReadConfirmation}); otherwise the customer is asked for another photo.
     */
    public DocumentReading check(List<byte[]> frames, DocumentType expected) throws DocumentImageException {
        requireFrameCount(frames);
        withinBudget(frames);
        return readFrames(frames, expected);
    }

    private static void requireFrameCount(List<byte[]> frames) throws DocumentImageException {
        if (frames == null || frames.isEmpty() || frames.size() > FrameConsensus.MAX_FRAMES) {
            throw new DocumentImageException(ReasonCode.DOCUMENT_FRAME_COUNT,
                    (frames == null ? 0 : frames.size()) + " frames, accepted 1.." + FrameConsensus.MAX_FRAMES);
        }
    }

    /** IMAGE_TOO_LARGE when the images of one check declare more pixels than the budget: their headers only are read. */
    private void withinBudget(List<byte[]> images) throws DocumentImageException {
        Optional<String> over = budget.exceeded(images);
        if (over.isPresent()) {
            throw new DocumentImageException(ReasonCode.IMAGE_TOO_LARGE, over.get());
        }
    }

    private DocumentReading readFrames(List<byte[]> frames, DocumentType expected) throws DocumentImageException {
        List<DocumentReading> readings = new ArrayList<>(frames.size());
        for (int i = 0; i < frames.size(); i++) {
            try {
                readings.add(read(frames.get(i), expected));
            } catch (DocumentImageException e) {
                if (frames.size() == 1) {
                    throw e;
                }
                String detail = e.getMessage().substring(Math.min(e.getMessage().length(), e.code().name().length() + 2));
                throw new DocumentImageException(e.code(), "frame " + (i + 1) + " of " + frames.size() + ": " + detail);
            }
        }
        return ReadConfirmation.settle(FrameConsensus.combine(readings), readings);
    }

    /** One photo: {@link #check(List, DocumentType)} of one frame. */
    public DocumentReading check(byte[] image, DocumentType expected) throws DocumentImageException {
        return check(List.of(image), expected);
    }

    /** One frame's own reading, before frames are combined and findings confirmed. */
    DocumentReading read(byte[] image, DocumentType expected) throws DocumentImageException {
        return readTurned(DocumentImageDecoder.decode(image), expected);
    }

    /**
     * A photo taken with the phone turned and no orientation tag arrives on its side or upside down. A document
     * found standing (taller than wide) is read as it is (an opened booklet stands too) and turned a quarter either
     * way. Its portrait says which way is up: the turn in which the face detector finds the clearly best face
     * ({@link #clearlyUpright}) is read first, and when that reading is a known document that neither asks for a
     * retake nor rejects, it is the answer; otherwise (no clear face, no detector, or a reading that did not get
     * that far) every turn is read and the one that goes furthest is kept. A document that lies right but whose
     * reading has a finding, while the image itself was good enough, is read once more upside down when it found
     * no MRZ and no card, or when its portrait clearly stands upright only upside down (an upside-down page can give
     * an MRZ of garbage rather than none). An upright photo that reads costs nothing more.
     */
    private DocumentReading readTurned(BufferedImage photo, DocumentType expected) {
        Assessment assessment = gate.assess(photo, expected);
        if (assessment.quad() != null && assessment.quad().aspect() < 1) {
            BufferedImage clockwise = org.ekyc.hub.verification.imaging.ExifOrientation.apply(photo, 6);
            BufferedImage anticlockwise = org.ekyc.hub.verification.imaging.ExifOrientation.apply(photo, 8);
            List<BufferedImage> turns = List.of(photo, anticlockwise, clockwise);
            int first = faces == null ? -1 : clearlyUpright(turns.stream().mapToDouble(faces::uprightFace).toArray());
            DocumentReading best = null;
            if (first >= 0) {
                best = readPhoto(turns.get(first), expected, first == 0 ? assessment : null);
                if (settled(best)) {
                    return best;
                }
            }
            for (int i = 0; i < turns.size(); i++) {
                if (i != first) {
                    DocumentReading r = readPhoto(turns.get(i), expected, i == 0 ? assessment : null);
                    best = best == null ? r : further(best, r);
                }
            }
            return best;
        }
        DocumentReading upright = readPhoto(photo, expected, assessment);
        boolean unread = upright.findings().stream().anyMatch(f -> f.code() == ReasonCode.MRZ_UNREADABLE
                || f.code() == ReasonCode.DOCUMENT_TYPE_UNKNOWN);
        boolean imageFine = upright.findings().stream().noneMatch(f -> QUALITY.contains(f.code()));
        if (!imageFine || upright.worst().isEmpty()) {
            return upright;
        }
        BufferedImage upsideDown = org.ekyc.hub.verification.imaging.ExifOrientation.apply(photo, 3);
        if (unread || faces != null
                && clearlyUpright(new double[] {faces.uprightFace(photo), faces.uprightFace(upsideDown)}) == 1) {
            return further(upright, readPhoto(upsideDown, expected, null));
        }
        return upright;
    }

    /** The face score a turn needs to be read alone, and how far ahead of every other turn it must be. */
    static final double UPRIGHT_FACE = 0.85;
    static final double UPRIGHT_MARGIN = 0.05;

    /**
     * Which of the turns of a standing photo clearly holds the portrait upright: the one whose best upright face
     * scores at least {@link #UPRIGHT_FACE} and {@link #UPRIGHT_MARGIN} more than any other turn's; -1 when none does
     * or the locator cannot tell (a negative score). The detector finds a face turned half-way round as well as an
     * upright one, with landmarks that look upright too, but scores it lower (measured on the unseen set: the right
     * turn 0.93–0.94, a wrong one 0–0.87), so only the score, not the landmarks, separates them.
     */
    static int clearlyUpright(double[] scores) {
        int best = -1;
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] < 0) {
                return -1;
            }
            if (best < 0 || scores[i] > scores[best]) {
                best = i;
            }
        }
        if (best < 0 || scores[best] < UPRIGHT_FACE) {
            return -1;
        }
        for (int i = 0; i < scores.length; i++) {
            if (i != best && scores[best] - scores[i] < UPRIGHT_MARGIN) {
                return -1;
            }
        }
        return best;
    }

    /** A reading no other turn of the photo could improve on: a known document, no retake, nothing rejected. */
    private static boolean settled(DocumentReading r) {
        return !r.retake() && r.type() != DocumentType.UNKNOWN
                && r.worst().filter(s -> s == Severity.REJECT).isEmpty();
    }

    /** The findings of a photo too poor to read, whichever way it is turned. */
    private static final java.util.Set<ReasonCode> QUALITY = java.util.EnumSet.of(ReasonCode.IMAGE_BLURRED,
            ReasonCode.IMAGE_TOO_DARK, ReasonCode.IMAGE_OVEREXPOSED, ReasonCode.IMAGE_GLARE, ReasonCode.DOCUMENT_CUT_OFF,
            ReasonCode.DOCUMENT_NOT_FOUND, ReasonCode.IMAGE_TOO_SMALL);

    /**
     * The reading that went further: accepted or for review before a retake, a known type before none, then more
     * fields; a rejection last, as what another way of reading the same photo found is a reason to look again,
     * never to turn a customer away.
     */
    static DocumentReading further(DocumentReading a, DocumentReading b) {
        return rank(b) > rank(a) ? b : a;
    }

    private static int rank(DocumentReading r) {
        boolean rejected = r.worst().filter(s -> s == Severity.REJECT).isPresent();
        return (rejected ? -10_000 : 0) + (r.retake() ? 0 : 1000) + (r.type() == DocumentType.UNKNOWN ? 0 : 100)
                + r.fields().size();
    }

    private DocumentReading readPhoto(BufferedImage photo, DocumentType expected, Assessment assessed) {
        Assessment assessment = assessed != null ? assessed : gate.assess(photo, expected);
        boolean blurred = assessment.findings().stream().anyMatch(f -> f.code() == ReasonCode.IMAGE_BLURRED);
        boolean glare = assessment.findings().stream().anyMatch(f -> f.code() == ReasonCode.IMAGE_GLARE);
        boolean soft = !assessment.passed() && assessment.normalised() != null
                && assessment.findings().stream().allMatch(f -> f.code() == ReasonCode.IMAGE_BLURRED
                        || f.code() == ReasonCode.IMAGE_GLARE)
                && (!blurred || assessment.metrics().sharpness() >= thresholds.minSharpness() * SOFT_FLOOR)
                && (!glare || assessment.metrics().glareFraction() <= thresholds.maxGlare() * GLARE_CEILING);
        if (!assessment.passed() && !soft) {
            DocumentType type = assessment.layout() == null ? DocumentType.UNKNOWN : assessment.layout().type();
            return new DocumentReading(type, List.of(), assessment.metrics(), assessment.findings(), null);
        }
        DocumentReading reading = readAssessed(photo, expected, assessment, null);
        boolean noMrz = reading.findings().stream().anyMatch(f -> f.code() == ReasonCode.MRZ_UNREADABLE);
        if (expected == null && assessment.layout().type() == DocumentType.PASSPORT_TD3 && noMrz) {
            // the shape is only a prior: a card scanned with the scanner's lid around has a page's proportions
            DocumentLayout card = DocumentLayout.ALIEN_REGISTRATION_CARD;
            Assessment asCard = new Assessment(assessment.metrics(), assessment.findings(), card,
                    QualityGate.rectify(GrayImages.gray(photo, Integer.MAX_VALUE), assessment.quad(), card), assessment.quad());
            // its text is read where the page's shape left it undistorted: stretched to a card's proportions,
            // the print of a card scanned with the lid around is misread ("D-10" as "10-10")
            reading = further(reading, readAssessed(photo, expected, asCard, assessment.normalised()));
        }
        if (!soft) {
            return reading;
        }
        // a slightly soft photo stands only when it proves itself: a machine-readable zone whose check digits all
        // hold and whose printed zone agrees, nothing else in doubt; anything less is the blur's retake. A spot of
        // glare a little over the limit stands when it hid nothing: every key field read, trusted and valid
        boolean proven = reading.findings().isEmpty() && reading.type() != DocumentType.UNKNOWN
                && (!blurred || reading.type() == DocumentType.PASSPORT_TD3 || reading.type() == DocumentType.ID_CARD_TD1);
        if (proven) {
            return reading;
        }
        List<Finding> findings = new ArrayList<>(assessment.findings());
        findings.addAll(reading.findings());
        return new DocumentReading(reading.type(), reading.fields(), reading.quality(), findings, reading.portrait());
    }

    /**
     * How soft a photo may be, as a share of the gate's sharpness limit, and still be read to see whether its
     * machine-readable zone proves it (below it, the blur's retake without reading).
     */
    static final double SOFT_FLOOR = 0.5;

    /**
     * How much glare a photo may show, as a multiple of the gate's glare limit, and still be read to see whether the
     * glare hid anything (above it, the glare's retake without reading).
     */
    static final double GLARE_CEILING = 2.0;

    /**
     * @param text the image the card's words are read from, when not the normalised one (null: the same): labels and
     *             patterns need the print undistorted, the layout's regions need the layout's proportions
     */
    private DocumentReading readAssessed(BufferedImage photo, DocumentType expected, Assessment assessment, GrayU8 text) {
        LocalDate today = LocalDate.now(clock);
        GrayU8 doc = assessment.normalised();
        GrayU8 words = text == null ? doc : text;
        DocumentLayout layout = assessment.layout();
        List<FieldReading> fields = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        if (layout.type() == DocumentType.RESIDENCE_CARD_BACK) {
            readBack(doc, today, fields, findings);
            return new DocumentReading(layout.type(), fields, assessment.metrics(), findings, null);
        }
        if (layout.type() == DocumentType.PASSPORT_TD3) {
            Optional<Mrz> mrz = reader.mrz(doc, layout);
            if (mrz.isEmpty() || mrz.get().format() != org.ekyc.hub.verification.document.mrz.MrzFormat.TD3) {
                findings.add(new Finding(ReasonCode.MRZ_UNREADABLE, Severity.RETAKE, "no TD3 MRZ in the bottom zone"));
            } else {
                readPassport(doc, layout, mrz.get(), today, fields, findings);
            }
        } else {
            // Korean cards name themselves top left; the caller's word wins when given; a design that prints its
            // title elsewhere (or in English first) is named by the text of the whole card
            List<TextRows.Row> rows = reader.rows(words);
            DocumentType card = expected != null && DocumentLayout.card(expected).isPresent() ? expected
                    : CardTitle.classify(reader.field(doc, DocumentLayout.ALIEN_REGISTRATION_CARD.pixels(DocumentLayout.CARD_TITLE),
                            OcrProfile.HANGUL_LINE).text()).or(() -> CardFields.classify(rows)).orElse(null);
            if ((card == null || card == DocumentType.ALIEN_REGISTRATION_CARD)
                    && !QrCodes.boxes(doc).isEmpty()) {
                // the 2023 redesign carries a QR code (bottom centre on one print, top right on another); the older
                // card has none on its front
                card = DocumentType.ALIEN_REGISTRATION_CARD_2023;
            }
            DocumentLayout cardLayout = DocumentLayout.card(card == null ? DocumentType.ALIEN_REGISTRATION_CARD : card).orElseThrow();
            // the layout's regions as a prior, the fields found by label and pattern wherever they are
            Map<DocumentField, FieldReading> regions = regionReads(doc, cardLayout);
            Map<DocumentField, CardFields.Located> located = CardFields.find(rows, cardLayout.type());
            readLabelledLines(words, rows, cardLayout.type(), located);
            readLicenceNumberLine(words, rows, cardLayout.type(), located);
            Map<DocumentField, CardFields.Merged> merged = CardFields.merge(regions, located);
            secondReadOfName(words, located, merged);
            secondReadOfLatinName(words, located, merged);
            cutLatinName(words, located, merged);
            secondReadOfValues(words, located, merged);
            secondReadOfRegionName(doc, cardLayout, merged);
            nameAboveNumber(doc, cardLayout.type(), located, merged);
            Map<DocumentField, String> viz = new EnumMap<>(DocumentField.class);
            for (DocumentField f : CardFields.fieldsOf(cardLayout.type())) {
                CardFields.Merged m = merged.get(f);
                if (m != null && CardFields.optional(cardLayout.type()).contains(f) && !CardFields.trusted(f, m)) {
                    m = null; // not the holder's identity, and not read well enough to report
                }
                viz.put(f, m == null ? "" : m.reading().value());
                if (m != null) {
                    fields.add(m.reading());
                }
            }
            boolean looksLikeCard = card != null || viz.get(DocumentField.REGISTRATION_NUMBER) != null
                    && VizValues.registrationDigits(viz.get(DocumentField.REGISTRATION_NUMBER)).isPresent();
            if (looksLikeCard) {
                layout = cardLayout;
                findings.addAll(switch (cardLayout.type()) {
                    case RESIDENT_ID_CARD -> DocumentValidator.residentIdCard(viz, today);
                    case DRIVER_LICENCE -> DocumentValidator.driverLicence(viz, today);
                    default -> DocumentValidator.residenceCard(viz, today);
                });
                // a value a person has not seen is accepted only when it is trusted: two reads agree, it proves
                // itself, or its one read is confident
                findings.addAll(CardFields.trust(cardLayout.type(), merged, rows));
            } else {
                // the zone's lines decide the format, not the shape found: a passport page whose coloured header
                // the finder left out has a card's proportions and a TD3 MRZ
                Optional<Mrz> td1 = reader.mrzOfEitherFormat(doc, DocumentLayout.ID_CARD_TD1.pixels(DocumentLayout.ID_CARD_TD1.mrz()));
                if (td1.isPresent() && td1.get().format() == org.ekyc.hub.verification.document.mrz.MrzFormat.TD3) {
                    layout = DocumentLayout.PASSPORT_TD3;
                    fields.clear();
                    readPassport(doc, layout, td1.get(), today, fields, findings);
                } else if (td1.isPresent() && td1.get().format() == org.ekyc.hub.verification.document.mrz.MrzFormat.TD1) {
                    layout = DocumentLayout.ID_CARD_TD1;
                    fields.clear();
                    addMrzFields(td1.get(), today, fields);
                    findings.addAll(DocumentValidator.mrz(td1.get(), today));
                } else {
                    findings.add(new Finding(ReasonCode.DOCUMENT_TYPE_UNKNOWN, Severity.RETAKE,
                            "ID-1 card without a readable registration number or TD1 MRZ"));
                    return new DocumentReading(DocumentType.UNKNOWN, fields, assessment.metrics(), findings, null);
                }
            }
        }
        Rectangle portrait = null;
        if (layout.portrait() != null) {
            portrait = layout.pixels(layout.portrait());
            if (faces != null) {
                java.awt.Dimension size = new java.awt.Dimension(doc.width, doc.height);
                List<Rectangle> found = faces.find(GrayImages.buffered(doc));
                Optional<Rectangle> anywhere = DocumentLayout.card(layout.type()).isPresent()
                        ? PortraitCheck.locateAnywhere(found, size) : Optional.empty();
                if (anywhere.isPresent()) {
                    // Korean cards print the portrait left or right by design year: a card's portrait is its face
                    portrait = anywhere.get();
                } else {
                    PortraitCheck.judge(found, portrait, size).ifPresent(findings::add);
                    // the face match takes the face found there, not a fixed region; no face there, no portrait
                    portrait = PortraitCheck.locate(found, portrait, size).orElse(null);
                }
            }
            // measured in the photo's own pixels: rectifying would resample away the screen's grid
            ScreenRecaptureCheck.check(photo, assessment.quad(), layout).ifPresent(findings::add);
        }
        return new DocumentReading(layout.type(), fields, assessment.metrics(), findings, portrait(doc, portrait));
    }

    /**
     * Both sides of a residence card: the front as usual, the back for its stay extensions and
     * serial. The latest stay expiry is the back's last entry (the front of the cards we read has
     * none). A front that is not a card is a retake finding, not a silent merge.
     */
    public DocumentReading checkCard(List<byte[]> front, List<byte[]> back, DocumentType expected)
            throws DocumentImageException {
        requireFrameCount(front);
        requireFrameCount(back);
        List<byte[]> both = new ArrayList<>(front);
        both.addAll(back);
        withinBudget(both);
        DocumentReading f = readFrames(front, expected);
        DocumentReading b = readFrames(back, DocumentType.RESIDENCE_CARD_BACK);
        List<FieldReading> fields = new ArrayList<>(f.fields());
        fields.addAll(b.fields());
        List<Finding> findings = new ArrayList<>(f.findings());
        findings.addAll(b.findings());
        if (!f.retake() && f.type() != DocumentType.ALIEN_REGISTRATION_CARD && f.type() != DocumentType.ALIEN_REGISTRATION_CARD_2023
                && f.type() != DocumentType.OVERSEAS_KOREAN_RESIDENCE_CARD) {
            findings.add(new Finding(ReasonCode.DOCUMENT_TYPE_UNKNOWN, Severity.RETAKE,
                    "front read as " + f.type() + ", expected a residence card front"));
        }
        return new DocumentReading(f.type(), fields, f.quality(), findings, f.portrait());
    }

    /** Card serial and stay-extension rows; blank rows (no ink) are not sent to OCR at all. */
    private void readBack(GrayU8 doc, LocalDate today, List<FieldReading> fields, List<Finding> findings) {
        DocumentLayout layout = DocumentLayout.RESIDENCE_CARD_BACK;
        OcrText serial = reader.field(doc, layout.pixels(layout.fields().get(DocumentField.CARD_SERIAL)), OcrProfile.LATIN_LINE);
        // Tesseract's mean confidence on a letters-then-digits token is erratic (a correct read of
        // "SC26718805" scored 0.0 to 0.73 across captures), so the serial is judged by its shape; the
        // registry, which the serial is sent to, is the real check
        String serialValue = VizValues.clean(serial.text()).replace(" ", "");
        List<String> unreadable = new ArrayList<>();
        if (!serialValue.matches("[A-Z0-9]{6,14}")) {
            unreadable.add("cardSerial");
        } else {
            fields.add(new FieldReading(DocumentField.CARD_SERIAL, FieldSource.VIZ, serialValue, serial.confidence()));
        }
        List<StayExtensions.Entry> entries = new ArrayList<>();
        List<Integer> partial = new ArrayList<>();
        double confidence = 1;
        for (int row = 0; row < DocumentLayout.EXTENSION_ROWS; row++) {
            Rectangle permitCell = layout.pixels(DocumentLayout.extensionPermit(row));
            Rectangle expiryCell = layout.pixels(DocumentLayout.extensionExpiry(row));
            if (ZoneReader.blank(doc, permitCell) && ZoneReader.blank(doc, expiryCell)) {
                continue;
            }
            OcrText permit = reader.field(doc, permitCell, OcrProfile.DIGIT_LINE);
            OcrText expiry = reader.field(doc, expiryCell, OcrProfile.DIGIT_LINE);
            Optional<LocalDate> p = VizValues.cardDate(permit.text());
            Optional<LocalDate> e = VizValues.cardDate(expiry.text());
            if (p.isPresent() && e.isPresent()) {
                entries.add(new StayExtensions.Entry(row, p.get(), e.get()));
                confidence = Math.min(confidence, Math.min(permit.confidence(), expiry.confidence()));
            } else if (p.isPresent() || e.isPresent()) {
                partial.add(row);
            }
        }
        StayExtensions.latest(entries).ifPresent(latest -> {
            fields.add(new FieldReading(DocumentField.STAY_PERMIT_DATE, FieldSource.VIZ, latest.permit().toString(), 0));
            fields.add(new FieldReading(DocumentField.STAY_EXPIRY_DATE, FieldSource.VIZ, latest.expiry().toString(), 0));
        });
        if (!entries.isEmpty()) {
            double c = Math.max(0, Math.min(1, confidence));
            fields.replaceAll(r -> r.field() == DocumentField.STAY_PERMIT_DATE || r.field() == DocumentField.STAY_EXPIRY_DATE
                    ? new FieldReading(r.field(), r.source(), r.value(), c) : r);
        }
        findings.addAll(StayExtensions.validate(entries, partial, today));
        if (!unreadable.isEmpty()) {
            findings.add(new Finding(ReasonCode.DOCUMENT_FIELD_UNREADABLE, Severity.REVIEW, String.join(",", unreadable)));
        }
    }

    /**
     * A labelled field the whole card's read did not give a value for: the line beside or below its label read on
     * its own ({@link CardFields#valueAreas}), Korean and English; the first that holds the field's value is kept,
     * found by its label. One read, like any other: trusted only when confident ({@link CardFields#trust}).
     */
    void readLabelledLines(GrayU8 doc, List<TextRows.Row> rows, DocumentType type,
                                   Map<DocumentField, CardFields.Located> located) {
        CardFields.valueAreas(rows, type, located, doc.width, doc.height).forEach((field, areas) ->
                firstLineValue(doc, field, areas, org.ekyc.hub.verification.api.document.FieldLocation.LABEL)
                        .ifPresent(v -> located.put(field, new CardFields.Located(field, v.value(), v.location(), v.confidence()))));
    }

    /** The field's value on the first of {@code areas} that holds one, each read on its own as one card line. */
    private Optional<CardFields.Located> firstLineValue(GrayU8 doc, DocumentField field, List<Rectangle> areas,
                                                        org.ekyc.hub.verification.api.document.FieldLocation how) {
        for (Rectangle area : areas) {
            List<TextRows.Word> words = reader.line(doc, area, OcrProfile.CARD_LINE).stream()
                    .flatMap(r -> r.words().stream()).toList();
            Optional<CardFields.Located> value = CardFields.value(field, words, how);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    /**
     * A licence number the whole card's read garbled (a dash lost, {@code 2052225 / 975723}): the row that prints the
     * licence class beside it, or a row shaped like one, read on its own as one line ({@link CardFields#licenceNumberRows});
     * the first that holds a licence number is kept. One read, like any other: trusted only when confident, and
     * read a second time by {@link #secondReadOfValues}.
     */
    void readLicenceNumberLine(GrayU8 doc, List<TextRows.Row> rows, DocumentType type,
                               Map<DocumentField, CardFields.Located> located) {
        List<Rectangle> lines = CardFields.licenceNumberRows(rows, type, located).stream()
                .map(row -> around(row, 0.5, 0.25, doc)).toList();
        firstLineValue(doc, DocumentField.LICENCE_NUMBER, lines, org.ekyc.hub.verification.api.document.FieldLocation.PATTERN)
                .ifPresent(v -> located.put(DocumentField.LICENCE_NUMBER, v));
    }

    /**
     * A Latin name read once (no check digit covers a name, and Tesseract misreads a vowel with full confidence:
     * THI as THE) is read again on its own line, Latin capitals only: the same letters make two reads that agree,
     * other letters make two that disagree (another photo is asked for); nothing legible leaves the one read as it is.
     */
    void secondReadOfLatinName(GrayU8 doc, Map<DocumentField, CardFields.Located> located,
                                       Map<DocumentField, CardFields.Merged> merged) {
        CardFields.Located name = located.get(DocumentField.LATIN_NAME);
        CardFields.Merged m = merged.get(DocumentField.LATIN_NAME);
        if (name == null || name.box() == null || m == null || m.reads() >= 2 || m.disagreed()
                || !m.reading().value().equals(name.value()) || !CardFields.trusted(DocumentField.LATIN_NAME, m)) {
            return; // a second read only takes trust away: a name its one read did not make trusted stays so
        }
        Rectangle around = around(name.box(), 0.3, 0.2, doc);
        String again = reader.field(doc, around, OcrProfile.LATIN_LINE).text().replaceAll("[^A-Z]", "");
        if (again.length() < 2) {
            return;
        }
        boolean same = again.equals(name.value().replaceAll("[^A-Z]", ""));
        merged.put(DocumentField.LATIN_NAME, new CardFields.Merged(m.reading(), same ? 2 : 1, !same));
    }

    /**
     * A Latin name the card's read got wrong by one letter: a thin letter dropped inside it ({@code CHO} for CHOI, on
     * three cards of three seeds), its last letter lost ({@code OH JIHYEO}), or one letter misread. When the name is
     * not trusted, the line from the name's left edge to five of its heights past its right edge is read as Latin
     * capitals, then again framed differently (four heights past, more margin above and below). The line's name
     * stands, read twice, only when both framings give the same one and it differs from the card's read by exactly
     * one letter ({@link #mended}). Anything else leaves the name as it was (another photo).
     */
    void cutLatinName(GrayU8 doc, Map<DocumentField, CardFields.Located> located,
                      Map<DocumentField, CardFields.Merged> merged) {
        CardFields.Located name = located.get(DocumentField.LATIN_NAME);
        CardFields.Merged m = merged.get(DocumentField.LATIN_NAME);
        if (name == null || name.box() == null || m == null || !m.reading().value().equals(name.value())
                || CardFields.trusted(DocumentField.LATIN_NAME, m)) {
            return;
        }
        Rectangle b = name.box();
        int h = b.height;
        Rectangle wide = new Rectangle(b.x - h / 3, b.y - h / 4, b.width + h / 3 + 5 * h, b.height + h / 2);
        Rectangle other = new Rectangle(b.x - h / 2, b.y - h / 2, b.width + h / 2 + 4 * h, b.height + h);
        readAlikeTwice(doc, wide, other, OcrProfile.LATIN_LINE, line -> mended(name.value(), line))
                .ifPresent(whole -> merged.put(DocumentField.LATIN_NAME, new CardFields.Merged(new FieldReading(
                        DocumentField.LATIN_NAME, FieldSource.VIZ, whole, m.reading().confidence(), m.reading().location()),
                        2, false)));
    }

    /**
     * The line read as the name {@code found} with exactly one letter more, less or different (Levenshtein distance 1,
     * Commons Text), in one of its words: {@code CHO SUSEONG} → {@code CHOI SUSEONG}, {@code OH JIHYEO} →
     * {@code OH JIHYEON}. The same words, so the card's read backs every word but the letter. A word the card's read
     * did not keep ({@code KANG} → {@code KANG TAEI}) or a longer completion is backed only by the line reads, whose
     * errors are alike (both framings lost the J of TAEJI), and is not taken. Capitals and hyphens only (a digit or a
     * full stop is not a name). Empty for anything else, the name itself included.
     */
    static Optional<String> mended(String found, String lineRead) {
        String read = lineRead.trim().replaceAll("\\s+", " ");
        if (!read.matches("[A-Z][A-Z\\- ]*") || read.length() > MAX_LATIN_NAME) {
            return Optional.empty();
        }
        String[] f = found.trim().split(" ");
        String[] r = read.split(" ");
        if (r.length != f.length) {
            return Optional.empty();
        }
        int changes = 0;
        for (int i = 0; i < f.length; i++) {
            if (!r[i].equals(f[i])) {
                if (ONE_EDIT.apply(f[i], r[i]) != 1) {
                    return Optional.empty();
                }
                changes++;
            }
        }
        return changes == 1 ? Optional.of(read) : Optional.empty();
    }

    /** Levenshtein distance up to 1 (-1 beyond): one letter read wrong, lost or added. */
    private static final org.apache.commons.text.similarity.LevenshteinDistance ONE_EDIT =
            new org.apache.commons.text.similarity.LevenshteinDistance(1);

    /** The longest Latin name a card prints on its name line. */
    private static final int MAX_LATIN_NAME = 40;

    /** {@code box} grown by shares of its height sideways and up and down, within the document. */
    private static Rectangle around(Rectangle box, double side, double vertical, GrayU8 doc) {
        int mx = (int) Math.round(box.height * side);
        int my = (int) Math.round(box.height * vertical);
        return new Rectangle(box.x - mx, box.y - my, box.width + 2 * mx, box.height + 2 * my)
                .intersection(new Rectangle(0, 0, doc.width, doc.height));
    }

    /** Card fields no check digit covers, besides the names: a date or a licence number read once is read again. */
    private static final java.util.Set<DocumentField> READ_TWICE = java.util.EnumSet.of(DocumentField.ISSUE_DATE,
            DocumentField.EXPIRY_DATE, DocumentField.LICENCE_NUMBER);

    /**
     * A date or licence number found once by label or pattern is read again on its own line (Korean and English, one
     * line: another segmentation than the whole card's): Tesseract read 2025. 01. 12. as 2025-04-12 and 26-21 as 20-71
     * with full confidence. The same value makes two reads; another value makes the field untrusted (another
     * photo); nothing legible leaves the one read as it was.
     */
    void secondReadOfValues(GrayU8 doc, Map<DocumentField, CardFields.Located> located,
                                    Map<DocumentField, CardFields.Merged> merged) {
        for (DocumentField f : READ_TWICE) {
            CardFields.Located first = located.get(f);
            CardFields.Merged m = merged.get(f);
            if (first == null || first.box() == null || m == null || m.reads() >= 2 || m.disagreed()
                    || !m.reading().value().equals(first.value()) || !CardFields.trusted(f, m)) {
                continue; // a second read only takes trust away
            }
            Rectangle around = around(first.box(), 0.3, 0.2, doc);
            List<TextRows.Word> words = reader.line(doc, around, OcrProfile.CARD_LINE).stream()
                    .flatMap(r -> r.words().stream()).toList();
            Optional<CardFields.Located> again = CardFields.value(f, words, first.location());
            if (again.isPresent()) {
                boolean same = again.get().value().equals(first.value());
                merged.put(f, new CardFields.Merged(m.reading(), same ? 2 : 1, !same));
            }
        }
    }

    /**
     * A 주민등록증 prints its holder's name unlabelled, in large type, right above the resident registration number.
     * When the card's read found no name there (a name Tesseract's page segmentation read as Latin noise or jamo, or
     * left out) and no trusted one elsewhere, the band above the number is read as one line of Hangul in two framings:
     * a wide one (from half a number height left of the number, its full width, 3.2 to 0.3 number heights above it)
     * and a narrower, shorter one (70 % of its width, 2.9 to 0.5 heights above). A name (two to four whole syllables,
     * not a label or the card's title) stands, read twice, only when both framings give the same one. A region read doubtful enough to be untrusted neither confirms nor contradicts it (as in
     * {@link CardFields#merge}); a confident one is trusted and the band is not read. A card whose band gives nothing,
     * two names or two readings stays as it was (another photo or a review).
     */
    void nameAboveNumber(GrayU8 doc, DocumentType type, Map<DocumentField, CardFields.Located> located,
                         Map<DocumentField, CardFields.Merged> merged) {
        CardFields.Located number = located.get(DocumentField.REGISTRATION_NUMBER);
        CardFields.Merged name = merged.get(DocumentField.HANGUL_NAME);
        CardFields.Located found = located.get(DocumentField.HANGUL_NAME);
        if (type != DocumentType.RESIDENT_ID_CARD || found != null && CardFields.citizenName(found.value()) || number == null
                || number.box() == null || name != null && CardFields.trusted(DocumentField.HANGUL_NAME, name)) {
            return;
        }
        Rectangle n = number.box();
        int h = n.height;
        Rectangle wide = new Rectangle(n.x - h / 2, n.y - (int) Math.round(3.2 * h), n.width + h / 2, (int) Math.round(2.9 * h));
        Rectangle narrow = new Rectangle(n.x - h / 5, n.y - (int) Math.round(2.9 * h), (int) Math.round(n.width * 0.7),
                (int) Math.round(2.4 * h));
        readAlikeTwice(doc, wide, narrow, OcrProfile.HANGUL_LINE, DocumentChecker::nameIn)
                .ifPresent(band -> merged.put(DocumentField.HANGUL_NAME, new CardFields.Merged(new FieldReading(
                        DocumentField.HANGUL_NAME, FieldSource.VIZ, band, NAME_BAND_CONFIDENCE, FieldLocation.PATTERN),
                        2, false)));
    }

    /**
     * A value two framings of one line give alike: {@code first} read and parsed, then (only when it gave one)
     * {@code second}; empty when either gives nothing or they differ.
     */
    private Optional<String> readAlikeTwice(GrayU8 doc, Rectangle first, Rectangle second, OcrProfile profile,
                                            java.util.function.Function<String, Optional<String>> parse) {
        Optional<String> one = parse.apply(reader.field(doc, first.intersection(whole(doc)), profile).text());
        if (one.isEmpty()) {
            return one;
        }
        Optional<String> two = parse.apply(reader.field(doc, second.intersection(whole(doc)), profile).text());
        return one.equals(two) ? one : Optional.empty();
    }

    /** What a name read in the band above the number is reported with: two framings agreed, no word confidence. */
    private static final double NAME_BAND_CONFIDENCE = 0.9;

    private static Rectangle whole(GrayU8 doc) {
        return new Rectangle(0, 0, doc.width, doc.height);
    }

    /** The one run of Hangul in a line read that can be a citizen's name (not a label or a card's title), if one. */
    static Optional<String> nameIn(String lineRead) {
        List<String> names = runs(lineRead).stream()
                .filter(r -> CardFields.citizenName(r) && !CardFields.isLabelOrTitle(r))
                .toList();
        return names.size() == 1 ? Optional.of(names.get(0)) : Optional.empty();
    }

    /**
     * A citizen's Hangul name read once, in the layout's region only (2-4 syllables, confident: trusted as before
     * #16), is read again with a margin around the region: Tesseract's Korean model gives a look-alike syllable (준/주)
     * full confidence. The same syllables make two reads; others make the name untrusted (another photo).
     */
    void secondReadOfRegionName(GrayU8 doc, DocumentLayout layout, Map<DocumentField, CardFields.Merged> merged) {
        CardFields.Merged m = merged.get(DocumentField.HANGUL_NAME);
        java.awt.geom.Rectangle2D region = layout.fields().get(DocumentField.HANGUL_NAME);
        if (m == null || region == null || m.reads() >= 2 || m.disagreed()
                || m.reading().location() != org.ekyc.hub.verification.api.document.FieldLocation.REGION
                || CardFields.optional(layout.type()).contains(DocumentField.HANGUL_NAME)
                || !CardFields.trusted(DocumentField.HANGUL_NAME, m)) {
            return; // a second read only takes trust away: a title read in the name's place (5 syllables) stays untrusted
        }
        Rectangle around = around(layout.pixels(region), 0.3, 0.15, doc);
        String again = reader.field(doc, around, OcrProfile.HANGUL_LINE).text().replaceAll("[^\\p{IsHangul}]", "");
        if (again.length() < 2) {
            return;
        }
        boolean same = again.equals(m.reading().value());
        merged.put(DocumentField.HANGUL_NAME, new CardFields.Merged(m.reading(), same ? 2 : 1, !same));
    }

    /**
     * A Korean name found once by pattern or label (on a design whose name is not where the layout puts it) is read
     * a second time on its own, as one line of Hangul: the card's sparse read and the line read segment the print
     * differently, and the name counts as read twice only when both give the same syllables.
     */
    void secondReadOfName(GrayU8 doc, Map<DocumentField, CardFields.Located> located,
                                  Map<DocumentField, CardFields.Merged> merged) {
        CardFields.Located name = located.get(DocumentField.HANGUL_NAME);
        CardFields.Merged m = merged.get(DocumentField.HANGUL_NAME);
        if (name == null || name.box() == null || m == null || m.reads() >= 2 || m.disagreed()
                || m.reading().location() == org.ekyc.hub.verification.api.document.FieldLocation.REGION
                || !m.reading().value().equals(name.value())) {
            return;
        }
        // first the word box with a syllable's width or more on each side: a word box that holds only part of the
        // name (조민윤 boxed as 미유) reads the same part again in a crop of its own, but shows its neighbours here
        String wide = reader.field(doc, around(name.box(), 1.2, 0.25, doc), OcrProfile.HANGUL_LINE).text();
        if (nameStandsAlone(wide, name.value())) {
            merged.put(DocumentField.HANGUL_NAME, new CardFields.Merged(m.reading(), 2, false));
            return;
        }
        if (contradicts(wide, name.value())) {
            lostSyllable(doc, name, wide).ifPresent(whole -> merged.put(DocumentField.HANGUL_NAME, new CardFields.Merged(
                    new FieldReading(DocumentField.HANGUL_NAME, m.reading().source(), whole, m.reading().confidence(),
                            m.reading().location()), 2, false)));
            return;
        }
        // the wide crop also takes in borders and labels that the line reader turns into noise: when it neither
        // confirms nor contradicts, the word's own box, then with a margin, is the second read
        for (double margin : new double[] {0.15, 0.5}) {
            String again = reader.field(doc, around(name.box(), margin, margin / 2, doc), OcrProfile.HANGUL_LINE).text();
            if (again.replaceAll("[^\\p{IsHangul}]", "").equals(name.value())) {
                merged.put(DocumentField.HANGUL_NAME, new CardFields.Merged(m.reading(), 2, false));
                return;
            }
        }
    }

    /**
     * A name whose last syllable the card's read lost (신우하 read as {@code 신우} and a {@code 6}): the wide read holds
     * a run that goes on from the name to the right, where the rest of a name is printed (its label is on the left),
     * no longer than a name. That run stands as the name only when a crop framed differently reads it the same; the
     * card's read alone never gave it.
     */
    private Optional<String> lostSyllable(GrayU8 doc, CardFields.Located name, String wide) {
        Optional<String> longer = runs(wide).stream()
                .filter(r -> r.startsWith(name.value()) && r.length() > name.value().length()
                        && CardFields.citizenNameLength(r))
                .findFirst();
        if (longer.isEmpty()) {
            return Optional.empty();
        }
        String again = reader.field(doc, around(name.box(), 1.6, 0.3, doc), OcrProfile.HANGUL_LINE).text();
        return runs(again).contains(longer.get()) ? longer : Optional.empty();
    }

    /** Whether a line read around a name holds it as one whole run of Hangul (not part of a longer one). */
    static boolean nameStandsAlone(String lineRead, String name) {
        return runs(lineRead).contains(name);
    }

    /**
     * Whether a line read around a name holds another name in its place: a run of two or more syllables that is
     * not the name but longer than it (the word box cut the name) or shares a syllable with it (a syllable read two
     * ways: 우수수 / 오수수, 미유 / 소미유). Runs with nothing in common are the crop's noise, not a contradiction.
     */
    static boolean contradicts(String lineRead, String name) {
        return runs(lineRead).stream().anyMatch(r -> r.length() >= 2 && !r.equals(name)
                && (r.length() > name.length() || r.codePoints().anyMatch(c -> name.indexOf(c) >= 0)));
    }

    private static List<String> runs(String text) {
        return java.util.Arrays.stream(text.split("[^\\p{IsHangul}]+")).filter(r -> !r.isEmpty()).toList();
    }

    /**
     * Where a passport page prints its visual zone: right of the portrait's column (ICAO 9303 puts the portrait at
     * the left of the data page) and above the MRZ; the left quarter is left out, the header band kept.
     */
    static Rectangle printedZone(GrayU8 doc, DocumentLayout layout) {
        int left = (int) Math.round(doc.width * PORTRAIT_COLUMN);
        int bottom = layout.mrz() == null ? doc.height : layout.pixels(layout.mrz()).y;
        return new Rectangle(left, 0, doc.width - left, Math.max(1, bottom));
    }

    /** The share of a passport page's width left of its printed zone. */
    static final double PORTRAIT_COLUMN = 0.25;

    /** A TD3 page: the MRZ's fields, its rules, and the printed zone as its cross-check. */
    private void readPassport(GrayU8 doc, DocumentLayout layout, Mrz mrz, LocalDate today, List<FieldReading> fields,
                              List<Finding> findings) {
        Map<DocumentField, String> viz = readViz(doc, layout, fields);
        Mrz reconciled = reconcileNames(mrz, viz);
        addMrzFields(reconciled, today, fields);
        findings.addAll(DocumentValidator.mrz(reconciled, today));
        List<Finding> crossCheck = DocumentValidator.mrzAgainstViz(reconciled, viz, today);
        if (!crossCheck.isEmpty()) {
            // a design the layout does not know prints its fields elsewhere: the MRZ's values are looked
            // for on the whole page before a field counts as unreadable or different
            List<org.ekyc.hub.verification.document.ocr.TextRows.Row> page = reader.page(doc, printedZone(doc, layout));
            Mrz trimmed = PassportViz.fillersInNames(reconciled, page);
            if (trimmed != reconciled) {
                reconciled = trimmed;
                fields.removeIf(r -> r.source() == FieldSource.MRZ
                        && (r.field() == DocumentField.SURNAME || r.field() == DocumentField.GIVEN_NAMES));
                add(fields, DocumentField.SURNAME, reconciled.surname(), 0.9);
                add(fields, DocumentField.GIVEN_NAMES, reconciled.givenNames(), 0.9);
            }
            Map<DocumentField, String> printed = PassportViz.confirm(reconciled, page, today);
            Map<DocumentField, String> merged = PassportViz.merge(viz, printed, reconciled, today);
            for (Map.Entry<DocumentField, String> e : printed.entrySet()) {
                if (!e.getValue().equals(viz.get(e.getKey())) && e.getValue().equals(merged.get(e.getKey()))) {
                    fields.removeIf(r -> r.field() == e.getKey() && r.source() == FieldSource.VIZ);
                    fields.add(new FieldReading(e.getKey(), FieldSource.VIZ, e.getValue(), PRINTED_ELSEWHERE,
                            org.ekyc.hub.verification.api.document.FieldLocation.PATTERN));
                }
            }
            crossCheck = DocumentValidator.mrzAgainstViz(reconciled, merged, today);
        }
        findings.addAll(crossCheck);
    }

    private Map<DocumentField, String> readViz(GrayU8 doc, DocumentLayout layout, List<FieldReading> fields) {
        Map<DocumentField, String> values = new EnumMap<>(DocumentField.class);
        for (FieldReading r : regionReads(doc, layout).values()) {
            values.put(r.field(), r.value());
            if (!r.value().isEmpty()) {
                fields.add(r);
            }
        }
        return values;
    }

    /** Each field region of the layout read; the value is empty when nothing trustworthy was read there. */
    private Map<DocumentField, FieldReading> regionReads(GrayU8 doc, DocumentLayout layout) {
        Map<DocumentField, FieldReading> values = new EnumMap<>(DocumentField.class);
        for (Map.Entry<DocumentField, java.awt.geom.Rectangle2D> e : layout.fields().entrySet()) {
            OcrProfile profile = switch (e.getKey()) {
                case HANGUL_NAME -> OcrProfile.HANGUL_LINE;
                case REGISTRATION_NUMBER -> OcrProfile.DIGIT_LINE;
                case ISSUE_DATE, EXPIRY_DATE -> layout.type() == DocumentType.PASSPORT_TD3 ? OcrProfile.LATIN_LINE
                        : OcrProfile.DIGIT_LINE;
                case LICENCE_NUMBER -> OcrProfile.DIGIT_LINE;
                case DOCUMENT_NUMBER -> OcrProfile.ALNUM_LINE;
                default -> OcrProfile.LATIN_LINE;
            };
            OcrText text = reader.field(doc, layout.pixels(e.getValue()), profile);
            String normalised = normalise(e.getKey(), text.text(), layout);
            // Tesseract's mean confidence is erratic on short tokens (a clean "VIETNAM" scored 0.00):
            // a value that proves its own form (a known country, an official stay code, a real date,
            // a 13-digit number) is kept whatever the confidence; free text needs the confidence
            String value = text.confidence() < MIN_VIZ_CONFIDENCE && !provesItsForm(e.getKey(), normalised) ? "" : normalised;
            values.put(e.getKey(), new FieldReading(e.getKey(), FieldSource.VIZ, value, text.confidence()));
        }
        return values;
    }

    /** Whether a normalised VIZ value is in a form OCR noise does not produce by chance. */
    public static boolean provesItsForm(DocumentField field, String value) {
        return switch (field) {
            case NATIONALITY -> value.length() == 3 && org.ekyc.hub.verification.document.mrz.CountryCode.isKnown(value);
            case STAY_STATUS -> StayStatusCode.isValid(value);
            case BIRTH_DATE, EXPIRY_DATE, ISSUE_DATE -> value.matches("\\d{4}-\\d{2}-\\d{2}");
            case REGISTRATION_NUMBER -> value.matches("\\d{13}");
            case LICENCE_NUMBER -> value.matches("\\d{2}-\\d{2}-\\d{6}-\\d{2}");
            // letters-then-digits tokens get erratic mean confidences (as the card serial); the printed
            // passport number is only ever compared with the MRZ's, which its check digit proves
            case DOCUMENT_NUMBER -> value.matches("[A-Z0-9]{6,12}");
            default -> false;
        };
    }

    /** VIZ values in the form the API promises: ISO dates, alpha-3 codes, digits only. */
    private static String normalise(DocumentField field, String raw, DocumentLayout layout) {
        String clean = field == DocumentField.HANGUL_NAME ? raw.replaceAll("[^\\p{IsHangul}]", "") : VizValues.clean(raw);
        return switch (field) {
            // a licence prints its renewal period as a range (2031.01.01 ~ 2031.12.31): the card expires at its end
            case EXPIRY_DATE -> (layout.type() == DocumentType.DRIVER_LICENCE ? CardFields.date(raw, true) : Optional.<String>empty())
                    .or(() -> VizValues.passportDate(clean).or(() -> VizValues.cardDate(raw)).map(LocalDate::toString))
                    .orElse(clean);
            case BIRTH_DATE -> VizValues.passportDate(clean).or(() -> VizValues.cardDate(raw))
                    .map(LocalDate::toString).orElse(clean);
            case LICENCE_NUMBER -> VizValues.licenceNumber(raw).orElse(clean);
            case ISSUE_DATE -> VizValues.cardDate(raw).map(LocalDate::toString).orElse(clean);
            case REGISTRATION_NUMBER -> VizValues.registrationDigits(raw).orElse(clean);
            case NATIONALITY -> VizValues.countryCode(clean).orElse(clean);
            case STAY_STATUS -> StayStatusCode.isValid(clean) ? new StayStatusCode(clean).code() : clean;
            default -> clean;
        };
    }

    /**
     * Names in the MRZ have no check digit, and a filler is sometimes read as a letter (K, X, E):
     * {@code PHAM<<THU<TRANG} comes out as {@code PHAMK<THU<TRANG} or {@code PHAM<<THUKTRANG}.
     * When the visual zone reads the same letters and the only differences are such letters where
     * the VIZ has a space or nothing, the two zones agree on the VIZ's split of the name.
     */
    static Mrz reconcileNames(Mrz mrz, Map<DocumentField, String> viz) {
        String vizSurname = VizValues.clean(viz.getOrDefault(DocumentField.SURNAME, ""));
        String vizGiven = VizValues.clean(viz.getOrDefault(DocumentField.GIVEN_NAMES, ""));
        if (vizSurname.isEmpty()) {
            return mrz;
        }
        String mrzFull = (mrz.surname() + " " + mrz.givenNames()).trim();
        String vizFull = (vizSurname + " " + vizGiven).trim();
        if (mrzFull.equals(vizFull) || !explainedByFillers(mrzFull, vizFull)) {
            return mrz;
        }
        return new Mrz(mrz.format(), mrz.lines(), mrz.documentCode(), mrz.issuingState(), mrz.documentNumber(),
                mrz.birthDate(), mrz.sex(), mrz.expiryDate(), mrz.nationality(), vizSurname, vizGiven,
                mrz.optionalData(), mrz.failedChecks(), mrz.corrections() + 1);
    }

    /** Whether {@code mrz} becomes {@code viz} by turning filler look-alikes into spaces or dropping them. */
    static boolean explainedByFillers(String mrz, String viz) {
        int i = 0;
        int j = 0;
        while (i < mrz.length()) {
            char m = mrz.charAt(i);
            if (j < viz.length() && m == viz.charAt(j)) {
                i++;
                j++;
            } else if ("KXE".indexOf(m) >= 0) {
                boolean nextIsSpace = i + 1 < mrz.length() && mrz.charAt(i + 1) == ' ';
                if (j < viz.length() && viz.charAt(j) == ' ' && !nextIsSpace) {
                    j++;
                }
                i++;
            } else {
                return false;
            }
        }
        return j == viz.length();
    }

    private static void addMrzFields(Mrz mrz, LocalDate today, List<FieldReading> fields) {
        List<String> failed = mrz.failedChecks();
        double composite = failed.contains("composite") ? 0.3 : 1.0;
        add(fields, DocumentField.DOCUMENT_CODE, mrz.documentCode(), composite);
        add(fields, DocumentField.ISSUING_STATE, mrz.issuingState(), 0.9);
        add(fields, DocumentField.DOCUMENT_NUMBER, mrz.documentNumber(), failed.contains("documentNumber") ? 0.3 : composite);
        add(fields, DocumentField.SURNAME, mrz.surname(), 0.9);
        add(fields, DocumentField.GIVEN_NAMES, mrz.givenNames(), 0.9);
        add(fields, DocumentField.NATIONALITY, mrz.nationality(), composite);
        add(fields, DocumentField.BIRTH_DATE, MrzDates.birth(mrz.birthDate(), today).map(LocalDate::toString)
                .orElse(mrz.birthDate()), failed.contains("birthDate") ? 0.3 : composite);
        add(fields, DocumentField.SEX, String.valueOf(mrz.sex()), composite);
        add(fields, DocumentField.EXPIRY_DATE, MrzDates.expiry(mrz.expiryDate(), today).map(LocalDate::toString)
                .orElse(mrz.expiryDate()), failed.contains("expiryDate") ? 0.3 : composite);
    }

    private static void add(List<FieldReading> fields, DocumentField field, String value, double confidence) {
        if (value != null && !value.isEmpty()) {
            fields.add(new FieldReading(field, FieldSource.MRZ, value, confidence));
        }
    }

    private static byte[] portrait(GrayU8 doc, Rectangle region) {
        if (region == null) {
            return null;
        }
        Rectangle r = region.intersection(new Rectangle(0, 0, doc.width, doc.height));
        BufferedImage crop = GrayImages.buffered(doc.subimage(r.x, r.y, r.x + r.width, r.y + r.height));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(crop, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
