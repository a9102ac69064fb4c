package org.ekyc.hub.verification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.ekyc.hub.verification.api.ReasonCode;

/** The reason codes of a case, in the order they came, comma-separated in one column; never free text. */
@Embeddable
public class Reasons {

    @Column(name = "reasons", length = 1000)
    private String codes;

    protected Reasons() {
        // for JPA
    }

    static Reasons none() {
        Reasons r = new Reasons();
        r.codes = "";
        return r;
    }

    List<ReasonCode> list() {
        return parse(codes);
    }

    static List<ReasonCode> parse(String codes) {
        if (codes == null || codes.isBlank()) {
            return List.of();
        }
        return Arrays.stream(codes.split(",")).map(ReasonCode::valueOf).toList();
    }

    boolean contains(ReasonCode code) {
        return list().contains(code);
    }

    void add(ReasonCode code) {
        if (!contains(code)) {
            codes = codes == null || codes.isBlank() ? code.name() : codes + "," + code.name();
        }
    }

    void remove(ReasonCode code) {
        removeIf(r -> r == code);
    }

    void removeIf(Predicate<ReasonCode> which) {
        codes = String.join(",", list().stream().filter(which.negate()).map(Enum::name).toList());
    }

    /**
     * Document review/reject findings, a document that disagrees with the applicant, and registry doubts: the
     * anomalies that make a case ENHANCED. A name only written another way ({@code DOCUMENT_NAME_VARIANT}) is not one.
     */
    Set<String> anomalies() {
        Set<String> out = new TreeSet<>();
        for (ReasonCode r : list()) {
            if (DocumentPart.isDocumentReason(r) && !r.name().startsWith("IMAGE_") && r != ReasonCode.DOCUMENT_NAME_VARIANT
                    || r == ReasonCode.REGISTRY_NO_MATCH
                    || r == ReasonCode.STAY_NOT_VALID || r == ReasonCode.RESIDENT_ID_NO_MATCH
                    || r == ReasonCode.RESIDENT_ID_REPORTED_LOST) {
                out.add(r.name());
            }
        }
        return out;
    }
}
