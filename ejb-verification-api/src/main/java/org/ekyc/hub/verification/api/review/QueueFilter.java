package org.ekyc.hub.verification.api.review;

/**
 * What the queue shows: every value null (or {@code assigned} ANY) keeps every case.
 *
 * @param tier        STANDARD or ENHANCED
 * @param reason      a reason code the case carries
 * @param product     the product of the case
 * @param channel     the channel it came through
 * @param nationality ISO 3166-1 alpha-3
 * @param language    #19 the applicant's language on the case (ko, en, zh, vi)
 * @param overdue     only overdue (true) or only within the SLA (false)
 * @param assigned    ANY, MINE (claimed by the caller) or UNASSIGNED
 * @param page        0-based page
 * @param size        1..100
 */
public record QueueFilter(String tier, String reason, String product, String channel, String nationality, String language,
                          Boolean overdue, Assigned assigned, int page, int size) {

    /** The largest page. */
    public static final int MAX_SIZE = 100;

    /** Whose cases. */
    public enum Assigned { ANY, MINE, UNASSIGNED }

    /** A filter without the applicant's language. */
    public QueueFilter(String tier, String reason, String product, String channel, String nationality, Boolean overdue,
                       Assigned assigned, int page, int size) {
        this(tier, reason, product, channel, nationality, null, overdue, assigned, page, size);
    }

    public QueueFilter {
        assigned = assigned == null ? Assigned.ANY : assigned;
        page = Math.max(0, page);
        size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
    }
}
