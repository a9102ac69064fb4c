package org.ekyc.hub.verification.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.document.DocumentField;
import org.ekyc.hub.verification.api.document.DocumentReading;
import org.ekyc.hub.verification.api.document.DocumentType;
import org.ekyc.hub.verification.api.document.FieldReading;
import org.ekyc.hub.verification.api.document.FieldSource;
import org.ekyc.hub.verification.api.document.Finding;
import org.ekyc.hub.verification.api.document.Severity;

/**
 * Combines the readings of several frames of one capture into one reading. A field is accepted
 * only when the frames agree on it: the most frequent value must be read by at least two frames
 * and by more than half of the usable frames. A field the frames disagree on is left out and sent
 * to review ({@link ReasonCode#DOCUMENT_FRAMES_DISAGREE}); so a single misread frame cannot put a
 * wrong name or number on a case, and a single lucky frame cannot confirm one.
 *
 * <p>Frames the quality gate sent to retake do not vote (a blurred frame among sharp ones is
 * normal in a burst); when no frame is usable the capture is a retake. With one usable frame the
 * result is that frame's reading, as for a single-photo upload. Findings are kept when more than
 * half of the usable frames report them (an OCR slip in one frame is not a tamper signal; the same
 * mismatch in most frames is).
 */
public final class FrameConsensus {

    /** Most frames one capture may send. */
    public static final int MAX_FRAMES = org.ekyc.hub.verification.api.document.DocumentCheckService.MAX_FRAMES;

    private FrameConsensus() {
    }

    private record Key(DocumentField field, FieldSource source) {
    }

    public static DocumentReading combine(List<DocumentReading> frames) {
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("no frames");
        }
        List<DocumentReading> usable = frames.stream().filter(r -> !r.retake()).toList();
        if (usable.isEmpty()) {
            // every frame needs a retake: answer with the frame that has the fewest problems
            return frames.stream().min(Comparator.comparingInt(r -> r.findings().size())).orElseThrow();
        }
        DocumentType type = mostFrequent(usable.stream().map(DocumentReading::type).toList());
        List<DocumentReading> voters = usable.stream().filter(r -> r.type() == type).toList();
        if (voters.size() == 1) {
            return voters.get(0);
        }
        int n = voters.size();
        List<FieldReading> accepted = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Map<Key, List<FieldReading>> reads = new LinkedHashMap<>();
        for (DocumentReading r : voters) {
            for (FieldReading f : r.fields()) {
                reads.computeIfAbsent(new Key(f.field(), f.source()), k -> new ArrayList<>()).add(f);
            }
        }
        for (Map.Entry<Key, List<FieldReading>> e : reads.entrySet()) {
            Map<String, List<FieldReading>> byValue = e.getValue().stream()
                    .collect(Collectors.groupingBy(FieldReading::value, LinkedHashMap::new, Collectors.toList()));
            List<FieldReading> top = byValue.values().stream().max(Comparator.comparingInt(List::size)).orElseThrow();
            if (top.size() >= 2 && top.size() * 2 > n) {
                double confidence = top.stream().mapToDouble(FieldReading::confidence).average().orElse(0);
                accepted.add(new FieldReading(e.getKey().field(), e.getKey().source(), top.get(0).value(), confidence));
            } else {
                // evidence names the field and the vote, never the values (personal data)
                findings.add(new Finding(ReasonCode.DOCUMENT_FRAMES_DISAGREE, Severity.REVIEW,
                        String.format("%s (%s): %d of %d frames agree, %d distinct reads", e.getKey().field(),
                                e.getKey().source(), top.size(), n, byValue.size())));
            }
        }
        Map<ReasonCode, List<Finding>> reported = new LinkedHashMap<>();
        for (DocumentReading r : voters) {
            r.findings().stream().collect(Collectors.toMap(Finding::code, Function.identity(), (a, b) -> a,
                    LinkedHashMap::new)).values().forEach(f -> reported.computeIfAbsent(f.code(), c -> new ArrayList<>()).add(f));
        }
        reported.values().stream().filter(list -> list.size() * 2 > n).map(list -> list.get(0)).forEach(findings::add);
        DocumentReading best = voters.stream()
                .max(Comparator.comparingDouble(r -> r.quality().sharpness())).orElseThrow();
        return new DocumentReading(type, accepted, best.quality(), findings, best.portrait());
    }

    private static <T> T mostFrequent(List<T> values) {
        Map<T, Long> counts = values.stream().collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new,
                Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .filter(Objects::nonNull).orElseThrow();
    }
}
