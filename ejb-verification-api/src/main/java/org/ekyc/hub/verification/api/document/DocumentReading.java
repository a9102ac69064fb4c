package org.ekyc.hub.verification.api.document;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the engine read from one document photo.
 *
 * @param type     the recognised layout
 * @param fields   the fields read, MRZ and VIZ (a field may appear once per source)
 * @param quality  the quality gate's measurements
 * @param findings reason codes with severity and evidence; empty when all is well
 * @param portrait the portrait region as PNG, for the face engine; empty when not located
 */
public record DocumentReading(DocumentType type, List<FieldReading> fields, QualityMetrics quality,
                              List<Finding> findings, byte[] portrait) {

    public DocumentReading {
        if (type == null || quality == null) {
            throw new IllegalArgumentException("type and quality are required");
        }
        fields = List.copyOf(fields);
        findings = List.copyOf(findings);
        portrait = portrait == null ? new byte[0] : portrait.clone();
    }

    @Override
    public byte[] portrait() {
        return portrait.clone();
    }

    /** The value read for a field from a source, if any. */
    public Optional<String> value(DocumentField field, FieldSource source) {
        return fields.stream().filter(f -> f.field() == field && f.source() == source)
                .map(FieldReading::value).findFirst();
    }

    /** The highest severity among the findings, empty when there are none. */
    public Optional<Severity> worst() {
        return findings.stream().map(Finding::severity).max(Enum::compareTo);
    }

    /** Whether the customer must take the photo again. */
    public boolean retake() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.RETAKE);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DocumentReading r && type == r.type && fields.equals(r.fields)
                && quality.equals(r.quality) && findings.equals(r.findings) && Arrays.equals(portrait, r.portrait);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * type.hashCode() + fields.hashCode()) + findings.hashCode();
    }

    @Override
    public String toString() {
        return "DocumentReading[type=" + type + ", fields=" + fields.size() + ", quality=" + quality
                + ", findings=" + findings + ", portrait=" + portrait.length + " bytes]";
    }
}
