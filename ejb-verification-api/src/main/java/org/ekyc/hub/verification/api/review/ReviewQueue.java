package org.ekyc.hub.verification.api.review;

import jakarta.ejb.Local;

/**
 * The cases waiting for a person (status REVIEW, including an ENHANCED case whose first approval waits for a
 * second reviewer), oldest first, filtered and paged in the database; each with its SLA clock from submission.
 * Reading the queue shows no personal data (nationality, product, channel, tier and reason codes only).
 */
@Local
public interface ReviewQueue {

    /** One page of the queue as {@code filter} selects it; the caller is the reviewer {@code assigned=mine} means. */
    QueuePage queue(QueueFilter filter);
}
