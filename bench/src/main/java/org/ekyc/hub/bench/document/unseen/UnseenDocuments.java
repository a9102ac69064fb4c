package org.ekyc.hub.bench.document.unseen;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.ekyc.hub.verification.api.document.DocumentType;

/**
 * The evaluation set the engine was not built from. A second generator, written apart from the
 * engine's test-tree generator and without its layout tables or coordinates: its own designs per
 * document type (ten national passport styles, two variants of each Korean card), its own fonts,
 * margins from 0 to 30 %, backgrounds, scanner-like and phone-like captures ({@link Capture}) and
 * the ICAO 9303 specimens. Only made-up people ({@link UnseenPeople}); portraits are faces of the
 * face engine's evaluation split read by path, or drawn placeholders.
 *
 * <p>Deterministic: one document is a function of (seed, kind, index, capture). It is used to
 * measure the engine ({@code bench/.../UnseenDocumentEvaluation}) and never to tune it: no
 * threshold, layout or rule of the engine may be chosen by looking at this set's results.
 */
public final class UnseenDocuments {

    /** What is drawn. */
    public enum Kind {
        PASSPORT(DocumentType.PASSPORT_TD3),
        RESIDENCE_CARD(DocumentType.ALIEN_REGISTRATION_CARD),
        RESIDENCE_CARD_2023(DocumentType.ALIEN_REGISTRATION_CARD_2023),
        OVERSEAS_KOREAN_CARD(DocumentType.OVERSEAS_KOREAN_RESIDENCE_CARD),
        RESIDENT_CARD(DocumentType.RESIDENT_ID_CARD),
        DRIVER_LICENCE(DocumentType.DRIVER_LICENCE),
        /** The ICAO 9303 specimens (TD3 passport and TD1 card), as published and with a renewed validity. */
        ICAO_SPECIMEN(null);

        private final DocumentType type;

        Kind(DocumentType type) {
            this.type = type;
        }

        /** The engine's type for this kind; null for the specimens (TD3 or TD1, see the sheet). */
        public DocumentType type() {
            return type;
        }
    }

    /** A generated document: the drawn sheet and the bytes as captured. */
    public record Document(Kind kind, int index, Capture capture, Sheet sheet, byte[] jpeg) {
    }

    private UnseenDocuments() {
    }

    /** Document {@code index} of {@code kind} under {@code capture}, valid on {@code today}. */
    public static Document generate(long seed, Kind kind, int index, Capture capture, LocalDate today) {
        Random r = new Random(seed * 1_000_003L + kind.ordinal() * 7_919L + index * 104_729L + capture.ordinal() * 31L);
        Sheet sheet = switch (kind) {
            case PASSPORT -> PassportDesigns.passport(r,
                    UnseenPeople.foreigner(r, UnseenPeople.NATIONALITIES.get(index % UnseenPeople.NATIONALITIES.size()), today));
            case RESIDENCE_CARD -> CardDesigns.residenceCard(r, UnseenPeople.foreigner(r, nationality(r), today), index % 2);
            case RESIDENCE_CARD_2023 -> CardDesigns.residenceCard2023(r, UnseenPeople.foreigner(r, nationality(r), today), index % 2);
            case OVERSEAS_KOREAN_CARD -> CardDesigns.overseasKoreanCard(r, UnseenPeople.overseasKorean(r, today), index % 2);
            case RESIDENT_CARD -> CardDesigns.residentCard(r, UnseenPeople.citizen(r, today), index % 2);
            case DRIVER_LICENCE -> CardDesigns.driverLicence(r, UnseenPeople.citizen(r, today), index % 2);
            case ICAO_SPECIMEN -> switch (index % 4) {
                case 0 -> PassportDesigns.specimen(r, true, null);
                case 1 -> PassportDesigns.specimen(r, false, today.plusYears(6).withDayOfMonth(15));
                case 2 -> CardDesigns.specimenTd1(r, true, null);
                default -> CardDesigns.specimenTd1(r, false, today.plusYears(6).withDayOfMonth(15));
            };
        };
        return new Document(kind, index, capture, sheet, capture.capture(sheet.image(), r));
    }

    /** Whether the portraits are faces of the face engine's evaluation split (else drawn placeholders). */
    public static boolean photoPortraits() {
        return Ink.photoPortraits();
    }

    private static String nationality(Random r) {
        List<String> n = UnseenPeople.NATIONALITIES;
        return n.get(r.nextInt(n.size()));
    }
}
