package org.ekyc.hub.verification.screening.internal.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One accepted sanctions list version: which set of files it was read from, when and from where. */
@Entity
@Table(name = "list_version", indexes = @Index(name = "ix_list_version_accepted", columnList = "accepted_at"))
@NamedQuery(name = ListVersionRow.NEWEST_FIRST, query = "select v from ListVersionRow v order by v.acceptedAt desc, v.id desc")
public class ListVersionRow {

    public static final String NEWEST_FIRST = "ListVersionRow.newestFirst";

    @Id
    @Column(name = "version_id", length = 80, updatable = false)
    private String id;

    @Column(name = "set_sha256", nullable = false, length = 64, updatable = false)
    private String setSha256;

    @Column(name = "accepted_at", nullable = false, updatable = false)
    private Instant acceptedAt;

    @Column(name = "source", nullable = false, length = 200, updatable = false)
    private String source;

    @Column(name = "counts", length = 500, updatable = false)
    private String counts;

    protected ListVersionRow() {
        // for JPA
    }

    public ListVersionRow(String id, String setSha256, Instant acceptedAt, String source, String counts) {
        this.id = id;
        this.setSha256 = setSha256;
        this.acceptedAt = acceptedAt;
        this.source = source.length() > 200 ? source.substring(source.length() - 200) : source;
        this.counts = counts.length() > 500 ? counts.substring(0, 500) : counts;
    }

    public String id() {
        return id;
    }

    public String setSha256() {
        return setSha256;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public String source() {
        return source;
    }

    public String counts() {
        return counts;
    }
}
