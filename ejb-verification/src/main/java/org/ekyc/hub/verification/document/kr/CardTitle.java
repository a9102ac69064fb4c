package org.ekyc.hub.verification.document.kr;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.ekyc.hub.verification.api.document.DocumentType;

/**
 * Tells Korean ID-1 cards apart by the title every one prints top left: 외국인등록증, 국내거소신고증,
 * 주민등록증, 자동차운전면허증. The title is read with the Korean model; a read is matched on
 * distinctive two-syllable stems, so a misread syllable elsewhere in the title does not matter.
 */
public final class CardTitle {

    /** Stems in the order they are tried: the most specific first. */
    private static final Map<String, DocumentType> STEMS = new LinkedHashMap<>();

    static {
        STEMS.put("거소", DocumentType.OVERSEAS_KOREAN_RESIDENCE_CARD);
        STEMS.put("운전", DocumentType.DRIVER_LICENCE);
        STEMS.put("면허", DocumentType.DRIVER_LICENCE);
        STEMS.put("외국", DocumentType.ALIEN_REGISTRATION_CARD);
        STEMS.put("국인", DocumentType.ALIEN_REGISTRATION_CARD);
        STEMS.put("주민", DocumentType.RESIDENT_ID_CARD);
        STEMS.put("민등", DocumentType.RESIDENT_ID_CARD);
    }

    private CardTitle() {
    }

    /** The card type a title read names, empty when it names none. */
    public static Optional<DocumentType> classify(String titleRead) {
        if (titleRead == null) {
            return Optional.empty();
        }
        String hangul = titleRead.replaceAll("[^\\p{IsHangul}]", "");
        return STEMS.entrySet().stream().filter(e -> hangul.contains(e.getKey())).map(Map.Entry::getValue).findFirst();
    }
}
