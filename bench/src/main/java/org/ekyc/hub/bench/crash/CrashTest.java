package org.ekyc.hub.bench.crash;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.ekyc.hub.bench.mq.CoreBankingRecords.Reply;

/**
 * Crash test of "nothing acknowledged is lost" (docs/reliability.md): the hub on a private copy of
 * the provisioned WildFly, its embedded H2 file and PII key kept across restarts; an MQ stream and a
 * partner's batch files run against it; after a random 3–15 s of load the WildFly JVM is killed with
 * {@code kill -9}, the store is checked with the server down, the server is restarted and the load
 * goes on (unanswered MQ requests sent again under the same key; the batch picks up its inbox).
 * After the last crash the load stops and every accepted request must get its answer. Exits 1 on
 * any violation: an answered request or record without its case (or with another case), two cases
 * for one key, two different answers for one key, an audited case missing from the case table, an
 * accepted request or record that never got a case.
 *
 *   ./mvnw -q -pl bench exec:exec -Dbench.main=org.ekyc.hub.bench.crash.CrashTest -Dbench.jvm=-Xmx512m -Dbench.args="10"
 *
 * Arguments: crashes (10), random seed (time). System properties (in {@code -Dbench.jvm}):
 * {@code crash.mqPaceMs} (25: one new MQ request every so many ms), {@code crash.batchRecords} (40 per
 * file), {@code crash.batchPaceMs} (2000: one file every so many ms), {@code crash.home} (the server
 * copy, bench/target/crash-wildfly), {@code crash.dbOptions} (a control run: the H2 URL's options
 * instead of the default's, e.g. {@code ";DB_CLOSE_ON_EXIT=FALSE"} for the old 500 ms write delay).
 * Run from the repository root after {@code ./mvnw -B -ntp package -DskipTests} (the provisioned server, ear/target/ekyc-hub.ear and
 * legacy-simulators/target/registry-sim.war). Uses ports 8080 and 9990.
 */
public final class CrashTest {

    private CrashTest() {
    }

    /** What one check of the store found. */
    private record Check(String when, int inFlight, int mqAccepted, int mqAnswered, int batchRecords, int batchAnswered, int cases,
                         int duplicates, int lostAnswered, int neverCased, int auditOrphans, int conflicting,
                         double loadSeconds, double restartSeconds, List<String> details) {

        int violations() {
            return duplicates + lostAnswered + neverCased + auditOrphans + conflicting;
        }
    }

    public static void main(String[] args) throws Exception {
        int crashes = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : System.currentTimeMillis();
        Path root = Path.of("").toAbsolutePath();
        Path provisioned;
        try (Stream<Path> s = Files.list(root.resolve("wildfly-config/target"))) {
            provisioned = s.filter(p -> p.getFileName().toString().startsWith("wildfly-")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no provisioned WildFly: run ./mvnw package -DskipTests"));
        }
        Path home = Path.of(System.getProperty("crash.home", root.resolve("bench/target/crash-wildfly").toString()));
        Map<String, String> env = new HashMap<>();
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        env.put("KYC_PII_KEY", Base64.getEncoder().encodeToString(key));
        env.put("KYC_MODELS_DIR", root.resolve("../shared/models").normalize().toString());
        env.put("KYC_SANCTIONS_DIR", root.resolve("../shared/testdata/sanctions").normalize().toString());
        env.put("KYC_CONSOLE_LOG_LEVEL", "WARN");
        // a control run: the store's URL of your own, e.g. without WRITE_DELAY=0, to see the test catch a loss
        String dbOptions = System.getProperty("crash.dbOptions");
        if (dbOptions != null) {
            env.put("KYC_DB_URL", "jdbc:h2:" + home.resolve("standalone/data/kyc/kychub") + dbOptions);
        }
        env.put("JAVA_OPTS", "-Xms256m -Xmx1g -Xss4m -XX:MetaspaceSize=128m -Djava.net.preferIPv4Stack=true"
                + " -Djava.awt.headless=true");
        HubServer server = HubServer.prepare(provisioned, home, root.resolve("ear/target/ekyc-hub.ear"),
                root.resolve("legacy-simulators/target/registry-sim.war"), env);
        Random random = new Random(seed);
        String tag = "K" + Long.toString(seed % 100_000, 36).toUpperCase(Locale.ROOT);
        System.out.printf("crash test: %d crashes, seed %d, tag %s, server copy %s%n", crashes, seed, tag, home);

        MqStream mq = new MqStream(tag, Long.getLong("crash.mqPaceMs", 25));
        BatchStream batch = new BatchStream(server.dataDir().resolve("kyc/batch"), tag + "B",
                Integer.getInteger("crash.batchRecords", 40), Long.getLong("crash.batchPaceMs", 2_000));
        List<Check> checks = new ArrayList<>();
        int exit;
        try {
            long t0 = System.nanoTime();
            server.start();
            server.awaitReady(Duration.ofMinutes(5));
            double firstBoot = (System.nanoTime() - t0) / 1e9;
            System.out.printf("first boot: ready in %.1f s (WildFly pid %d)%n", firstBoot, server.pid());
            CaseDatabase db = new CaseDatabase(server.h2Jar(), server.dataDir());
            mq.start();
            batch.start();
            setUp(mq, batch, true);
            for (int i = 1; i <= crashes; i++) {
                double load = 3 + random.nextDouble() * 12;
                Thread.sleep((long) (load * 1000));
                long pid = server.pid();
                server.kill();
                setUp(mq, batch, false);
                Check check = check("crash " + i, tag, db.read(tag), mq, batch, false, load);
                long r0 = System.nanoTime();
                server.start();
                server.awaitReady(Duration.ofMinutes(5));
                double restart = (System.nanoTime() - r0) / 1e9;
                checks.add(withRestart(check, restart));
                setUp(mq, batch, true);
                int resent = mq.resendUnanswered();
                System.out.printf("crash %d: kill -9 of pid %d after %.1f s of load; ready again in %.1f s; %d unanswered MQ"
                        + " requests sent again; %d violations so far%n", i, pid, load, restart, resent, check.violations());
            }
            // clean finish: no new load; every accepted request and file must get its answer
            mq.stopGenerating();
            batch.stopGenerating();
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            long nextResend = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline && (!mq.unanswered().isEmpty() || !batch.readResults().isEmpty())) {
                Thread.sleep(1_000);
                if (System.nanoTime() > nextResend) {
                    mq.resendUnanswered();
                    nextResend = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                }
            }
            Thread.sleep(2_000); // late replies of resent requests, to compare them too
            setUp(mq, batch, false);
            server.stop();
            mq.stop();
            batch.stop();
            checks.add(check("end", tag, db.read(tag), mq, batch, true, 0));
            exit = report(checks, firstBoot, mq) == 0 ? 0 : 1;
        } finally {
            server.forceStop();
        }
        System.exit(exit);
    }

    private static void setUp(MqStream mq, BatchStream batch, boolean up) {
        mq.serverUp(up);
        batch.serverUp(up);
    }

    private static Check withRestart(Check c, double restart) {
        return new Check(c.when, c.inFlight, c.mqAccepted, c.mqAnswered, c.batchRecords, c.batchAnswered, c.cases, c.duplicates,
                c.lostAnswered, c.neverCased, c.auditOrphans, c.conflicting, c.loadSeconds, restart, c.details);
    }

    /** The store's case for each logical key: "M:n" for MQ request n, "B:file:record" for a batch detail. */
    private static Map<String, List<String>> byLogicalKey(CaseDatabase.Snapshot s, String tag) {
        Map<String, List<String>> out = new HashMap<>();
        s.casesByKey().forEach((key, ids) -> {
            String[] t = key.split(":");
            String logical = null;
            for (int i = 0; i < t.length; i++) {
                if (t[i].startsWith(tag + "M")) {
                    logical = "M:" + Integer.parseInt(t[i].substring(tag.length() + 1));
                } else if (t[i].trim().equals(tag + "B") && i + 2 < t.length) {
                    logical = "B:" + Integer.parseInt(t[i + 1].trim()) + ":" + Integer.parseInt(t[i + 2].trim());
                }
            }
            if (logical == null) {
                logical = "?:" + key;
            }
            out.computeIfAbsent(logical, k -> new ArrayList<>()).addAll(ids);
        });
        return out;
    }

    private static Check check(String when, String tag, CaseDatabase.Snapshot s, MqStream mq, BatchStream batch,
                               boolean end, double load) throws Exception {
        List<String> details = new ArrayList<>();
        Map<String, List<String>> cases = byLogicalKey(s, tag);
        int duplicates = 0;
        for (Map.Entry<String, List<String>> e : cases.entrySet()) {
            if (e.getValue().size() > 1) {
                duplicates++;
                details.add("two cases for one key " + e.getKey() + ": " + e.getValue());
            }
        }
        int lost = 0;
        int never = 0;
        int conflicting = 0;
        int answered = 0;
        for (Integer n : new ArrayList<>(mq.accepted.keySet())) {
            List<Reply> rs = mq.replies.get(n);
            List<String> ids = cases.get("M:" + n);
            if (rs != null && !rs.isEmpty()) {
                answered++;
                List<Reply> copy = new ArrayList<>(rs);
                String caseId = copy.get(0).caseId();
                if (copy.stream().anyMatch(r -> !r.caseId().equals(caseId) || !r.returnCode().equals(copy.get(0).returnCode()))) {
                    conflicting++;
                    details.add("MQ request " + n + " answered differently: " + copy);
                }
                if (!caseId.isEmpty() && (ids == null || !ids.contains(caseId))) {
                    lost++;
                    details.add("MQ request " + n + " answered with case " + caseId + ", store has " + ids);
                }
            }
            if (end && ids == null) {
                never++;
                details.add("MQ request " + n + " accepted, no case");
            }
        }
        int inFlight = mq.unanswered().size();
        for (String file : batch.readResults()) {
            inFlight += batch.records() / batch.files.size();
        }
        int batchAnswered = 0;
        for (Map.Entry<String, List<BatchStream.ResultLine>> e : batch.seen.entrySet()) {
            List<BatchStream.ResultLine> lines = e.getValue();
            batchAnswered++;
            if (lines.size() > 1) {
                conflicting++;
                details.add("batch record " + e.getKey() + " answered differently: " + lines);
            }
            String caseId = lines.get(0).caseId();
            List<String> ids = cases.get("B:" + e.getKey());
            if (!caseId.isEmpty() && (ids == null || !ids.contains(caseId))) {
                lost++;
                details.add("batch record " + e.getKey() + " answered with case " + caseId + ", store has " + ids);
            }
        }
        if (end) {
            for (int f = 1; f <= batch.files.size(); f++) {
                for (int r = 1; r <= batch.records() / Math.max(1, batch.files.size()); r++) {
                    if (!cases.containsKey("B:" + f + ":" + r)) {
                        never++;
                        details.add("batch record " + f + ":" + r + " dropped, no case");
                    }
                }
            }
            List<Integer> open = mq.unanswered();
            if (!open.isEmpty()) {
                details.add("MQ requests never answered: " + open.size() + " " + open.subList(0, Math.min(10, open.size())));
                never += open.size();
            }
        }
        if (s.auditOrphans() > 0) {
            details.add("audit rows without their case: " + s.auditOrphans() + " e.g. " + s.orphanSamples());
        }
        return new Check(when, inFlight, mq.accepted.size(), answered, batch.records(), batchAnswered, cases.size(), duplicates, lost,
                never, s.auditOrphans(), conflicting, load, 0, details);
    }

    private static int report(List<Check> checks, double firstBoot, MqStream mq) {
        System.out.println();
        System.out.println("| check | load s | unanswered at kill | MQ accepted | MQ answered | batch records | batch answered | cases (this run) "
                + "| two cases, one key | answered, case lost | accepted, never a case | audit rows without case "
                + "| different answers | restart s |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        int violations = 0;
        double restarts = 0;
        int n = 0;
        for (Check c : checks) {
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %s |%n", c.when,
                    c.loadSeconds > 0 ? String.format(Locale.ROOT, "%.1f", c.loadSeconds) : "—",
                    c.loadSeconds > 0 ? Integer.toString(c.inFlight) : "—", c.mqAccepted, c.mqAnswered, c.batchRecords, c.batchAnswered, c.cases, c.duplicates,
                    c.lostAnswered, c.neverCased, c.auditOrphans, c.conflicting,
                    c.restartSeconds > 0 ? String.format(Locale.ROOT, "%.1f", c.restartSeconds) : "—");
            violations += c.violations();
            if (c.restartSeconds > 0) {
                restarts += c.restartSeconds;
                n++;
            }
        }
        System.out.println();
        int replies = mq.replies.values().stream().mapToInt(List::size).sum();
        long refused = mq.replies.values().stream().flatMap(List::stream).filter(r -> !r.returnCode().equals("00")).count();
        System.out.printf(Locale.ROOT, "first boot %.1f s; mean restart (start until ready) %.1f s over %d restarts;"
                + " MQ sends %d (failed while the server was down or dying: %d); MQ replies %d (return code not 00: %d)%n",
                firstBoot, n == 0 ? 0 : restarts / n, n, mq.sends.get(), mq.failedSends.get(), replies, refused);
        for (Check c : checks) {
            for (String d : c.details) {
                System.out.println(c.when + ": " + d);
            }
        }
        System.out.println(violations == 0 ? "PASS: nothing acknowledged was lost, nothing answered twice differently"
                : "FAIL: " + violations + " violation(s), listed above");
        return violations;
    }
}
