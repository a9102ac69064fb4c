package org.ekyc.hub.verification.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.document.DocumentReading;
import org.ekyc.hub.verification.api.document.DocumentType;
import org.ekyc.hub.verification.api.document.Finding;
import org.ekyc.hub.verification.api.document.Severity;

/**
 * One read never rejects a document. OCR misreads a character now and then; a genuine document must not be
 * REJECTED for it. A finding of severity REJECT stands only when it is confirmed:
 * <ul>
 *   <li>by independent reads: at least two frames of the capture report it (and {@link FrameConsensus}
 *       kept it, so more than half of the frames do), or</li>
 *   <li>by the check digits: a date read from an MRZ whose check digits all pass is the printed value
 *       (a misread digit fails its check digit), so an expiry date in the past there stands on one read.</li>
 * </ul>
 * Any other REJECT finding becomes {@link ReasonCode#DOCUMENT_READ_UNCERTAIN} (RETAKE): the customer takes
 * another photo, or the capture sends a burst whose frames can agree. A composite-only check-digit failure
 * (the pattern of an altered MRZ) therefore rejects only when two reads agree on it.
 */
final class ReadConfirmation {

    /**
     * What an MRZ's passing check digits confirm on one read: that it has expired. Not an impossible date: a run of
     * fillers or zeros passes its check digit (0) and is no date at all, as when a card's print or a page read
     * sideways is taken for an MRZ; an impossible date rejects only when two reads agree.
     */
    private static final Set<ReasonCode> CONFIRMED_BY_CHECK_DIGITS = Set.of(ReasonCode.DOCUMENT_EXPIRED);

    private ReadConfirmation() {
    }

    /**
     * @param combined the reading of the capture ({@link FrameConsensus#combine} of the frames)
     * @param frames   each frame's own reading
     */
    static DocumentReading settle(DocumentReading combined, List<DocumentReading> frames) {
        if (combined.findings().stream().noneMatch(f -> f.severity() == Severity.REJECT)) {
            return combined;
        }
        List<DocumentReading> voters = frames.stream().filter(r -> !r.retake() && r.type() == combined.type()).toList();
        boolean mrzChecksPass = hasMrz(combined.type())
                && combined.findings().stream().noneMatch(f -> f.code() == ReasonCode.MRZ_CHECK_DIGIT);
        List<Finding> settled = new ArrayList<>(combined.findings().size());
        for (Finding f : combined.findings()) {
            if (f.severity() != Severity.REJECT || confirmed(f, voters, mrzChecksPass)) {
                settled.add(f);
            } else {
                // evidence names the finding it stands for (code and field, as the original evidence did)
                settled.add(new Finding(ReasonCode.DOCUMENT_READ_UNCERTAIN, Severity.RETAKE,
                        f.code() + " on one read: " + f.evidence()));
            }
        }
        return new DocumentReading(combined.type(), combined.fields(), combined.quality(), settled, combined.portrait());
    }

    private static boolean confirmed(Finding f, List<DocumentReading> voters, boolean mrzChecksPass) {
        long reads = voters.stream().filter(r -> r.findings().stream()
                .anyMatch(g -> g.code() == f.code() && g.severity() == Severity.REJECT)).count();
        return reads >= 2 || mrzChecksPass && CONFIRMED_BY_CHECK_DIGITS.contains(f.code());
    }

    private static boolean hasMrz(DocumentType type) {
        return type == DocumentType.PASSPORT_TD3 || type == DocumentType.ID_CARD_TD1;
    }
}
