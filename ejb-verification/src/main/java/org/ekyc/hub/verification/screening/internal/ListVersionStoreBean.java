package org.ekyc.hub.verification.screening.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.ekyc.hub.verification.api.Roles;
import org.ekyc.hub.verification.screening.internal.store.ListSetFile;
import org.ekyc.hub.verification.screening.internal.store.ListVersionRow;

/**
 * The accepted list versions in the case database (tables {@code list_version} and {@code list_set_file}),
 * so that a restart serves the newest accepted version and every node of a cluster reads the same one.
 * Used by {@link ScreeningServiceBean} only, as the hub.
 */
@Stateless
@Local(ListVersionStore.class)
@RolesAllowed({Roles.HUB, Roles.ADMIN})
public class ListVersionStoreBean implements ListVersionStore {

    @PersistenceContext(unitName = "kyc")
    private EntityManager em;

    @Override
    public Optional<StoredVersion> newest() {
        return history(1).stream().findFirst();
    }

    @Override
    public boolean holdsSet(String setSha256) {
        return em.createNamedQuery(ListSetFile.COUNT_OF_SET, Long.class).setParameter("set", setSha256)
                .getSingleResult() > 0;
    }

    @Override
    public StoredVersion accept(String version, ListSet set, Instant acceptedAt, String source, String counts) {
        if (!holdsSet(set.sha256())) {
            set.files().forEach((name, bytes) -> em.persist(new ListSetFile(set.sha256(), name, gzip(bytes))));
        }
        ListVersionRow row = new ListVersionRow(version, set.sha256(), acceptedAt, source, counts);
        em.persist(row);
        return view(row);
    }

    @Override
    public ListSet set(String setSha256) {
        Map<String, byte[]> files = new TreeMap<>();
        for (ListSetFile f : em.createNamedQuery(ListSetFile.OF_SET, ListSetFile.class).setParameter("set", setSha256)
                .getResultList()) {
            files.put(f.fileName(), gunzip(f.contentGzip()));
        }
        return ListSet.of(files);
    }

    @Override
    public List<StoredVersion> history(int max) {
        return em.createNamedQuery(ListVersionRow.NEWEST_FIRST, ListVersionRow.class).setMaxResults(max)
                .getResultList().stream().map(ListVersionStoreBean::view).toList();
    }

    private static StoredVersion view(ListVersionRow row) {
        return new StoredVersion(row.id(), row.setSha256(), row.acceptedAt(), row.source(), row.counts());
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] bytes) {
        try (GZIPInputStream z = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return z.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
