package org.ekyc.hub.adapter.batch;

import java.util.List;

/**
 * What became of one detail record: its result record (R) for the result file and, when it was refused, its
 * line of the reject file ({@link PartnerBatchLayout#rejectFile}).
 */
public record DetailOutcome(DetailRecord record, BatchResult result, DetailRecord.Refusal refusal) {

    public boolean refused() {
        return refusal != null;
    }

    /** The result records of {@code outcomes}, in their order. */
    public static List<BatchResult> results(List<DetailOutcome> outcomes) {
        return outcomes.stream().map(DetailOutcome::result).toList();
    }
}
