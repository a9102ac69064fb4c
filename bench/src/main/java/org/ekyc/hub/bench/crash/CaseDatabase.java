package org.ekyc.hub.bench.crash;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The hub's embedded H2 file read while the server is down, with the H2 jar of the server's own
 * module (the file format is the version's). Reads plain columns only: ids, idempotency keys and
 * the audit trail's case ids; nothing sealed.
 */
final class CaseDatabase {

    /** What the store holds: cases by idempotency key, and audit rows whose case is not in the case table. */
    record Snapshot(Map<String, List<String>> casesByKey, int cases, int auditRows, int auditOrphans,
                    List<String> orphanSamples) {
    }

    private final Driver driver;
    private final String url;

    CaseDatabase(Path h2Jar, Path dataDir) throws Exception {
        URLClassLoader loader = new URLClassLoader(new URL[] {h2Jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        this.driver = (Driver) Class.forName("org.h2.Driver", true, loader).getDeclaredConstructor().newInstance();
        // read-only: the check must not write to the file the server opens next
        this.url = "jdbc:h2:" + dataDir.resolve("kyc/kychub") + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
    }

    /** Cases whose idempotency key contains {@code tag}, and the audit trail's orphans. */
    Snapshot read(String tag) throws Exception {
        Properties p = new Properties();
        p.setProperty("user", "sa");
        p.setProperty("password", "sa");
        try (Connection c = driver.connect(url, p); Statement s = c.createStatement()) {
            Map<String, List<String>> byKey = new HashMap<>();
            int cases = 0;
            try (ResultSet r = s.executeQuery("select id, idempotency_key from verification_case")) {
                while (r.next()) {
                    cases++;
                    String key = r.getString(2);
                    if (key != null && key.contains(tag)) {
                        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(r.getString(1));
                    }
                }
            }
            int auditRows;
            try (ResultSet r = s.executeQuery("select count(*) from audit_entry")) {
                r.next();
                auditRows = r.getInt(1);
            }
            List<String> samples = new ArrayList<>();
            int orphans = 0;
            try (ResultSet r = s.executeQuery("select a.case_id, a.action from audit_entry a where a.case_id is not null"
                    + " and not exists (select 1 from verification_case c where c.id = a.case_id)")) {
                while (r.next()) {
                    orphans++;
                    if (samples.size() < 5) {
                        samples.add(r.getString(1) + " " + r.getString(2));
                    }
                }
            }
            return new Snapshot(byKey, cases, auditRows, orphans, samples);
        }
    }
}
