package org.ekyc.hub.adapter.batch;

import java.util.List;

/** A partner batch file that passed its structural checks: header, details in order, trailer. */
public record PartnerBatch(BatchHeader header, List<BatchDetail> details, BatchTrailer trailer) {

    public PartnerBatch {
        details = List.copyOf(details);
    }
}
