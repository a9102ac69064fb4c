package org.ekyc.hub.adapter.batch;

import java.util.List;
import java.util.Objects;

/**
 * A partner batch file whose frame passed its checks: header, every detail record in file order (read or
 * unreadable, {@link DetailRecord}), trailer.
 */
public record PartnerBatch(BatchHeader header, List<DetailRecord> records, BatchTrailer trailer) {

    public PartnerBatch {
        records = List.copyOf(records);
    }

    /** The detail records that could be read, in file order. */
    public List<BatchDetail> details() {
        return records.stream().map(DetailRecord::detail).filter(Objects::nonNull).toList();
    }
}
