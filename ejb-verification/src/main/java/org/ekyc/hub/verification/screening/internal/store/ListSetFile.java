package org.ekyc.hub.verification.screening.internal.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One file of an accepted list set, GZIP-compressed (official list files are text and shrink about
 * five-fold); kept once per distinct set, whatever number of versions were read from it.
 */
@Entity
@Table(name = "list_set_file", indexes = @Index(name = "ix_list_set_file_set", columnList = "set_sha256"))
@NamedQuery(name = ListSetFile.OF_SET, query = "select f from ListSetFile f where f.setSha256 = :set order by f.fileName")
@NamedQuery(name = ListSetFile.COUNT_OF_SET, query = "select count(f) from ListSetFile f where f.setSha256 = :set")
public class ListSetFile {

    public static final String OF_SET = "ListSetFile.ofSet";
    public static final String COUNT_OF_SET = "ListSetFile.countOfSet";

    /** The largest compressed file kept. */
    static final int MAX_BYTES = 128 * 1024 * 1024;

    @Id
    @Column(name = "id", length = 330, updatable = false)
    private String id;

    @Column(name = "set_sha256", nullable = false, length = 64, updatable = false)
    private String setSha256;

    @Column(name = "file_name", nullable = false, length = 255, updatable = false)
    private String fileName;

    @Column(name = "content_gzip", nullable = false, length = MAX_BYTES, updatable = false)
    private byte[] contentGzip;

    protected ListSetFile() {
        // for JPA
    }

    public ListSetFile(String setSha256, String fileName, byte[] contentGzip) {
        this.id = setSha256 + "/" + fileName;
        this.setSha256 = setSha256;
        this.fileName = fileName;
        this.contentGzip = contentGzip;
    }

    public String fileName() {
        return fileName;
    }

    public byte[] contentGzip() {
        return contentGzip;
    }
}
