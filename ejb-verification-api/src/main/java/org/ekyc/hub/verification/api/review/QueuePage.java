package org.ekyc.hub.verification.api.review;

import java.util.List;

/** A page of the queue: {@code total} counts every case the filter keeps. */
public record QueuePage(int page, int size, long total, List<QueueItem> items) {
}
