package org.ekyc.hub.routes.channel.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.ekyc.hub.routes.flow.CaseIntakeRoutes;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.Channel;
import org.ekyc.hub.verification.api.OpenCaseCommand;
import org.ekyc.hub.verification.api.Product;
import org.ekyc.hub.verification.api.peer.immigration.RegistryCheckOutcome;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch inbox on a real directory, the engine replaced: every refused file lands in error/ beside a
 * reason, nothing stalls the inbox (an empty file, a name with a line end, a directory or a FIFO named
 * *.dat), and a detail with MS949 Hangul is read.
 */
class PartnerBatchRoutesTest extends CamelTestSupport {

    private static final Charset MS949 = Charset.forName("MS949");

    @TempDir
    static Path dir;

    private final List<String> surnames = new CopyOnWriteArrayList<>();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        Properties p = new Properties();
        p.setProperty("kyc.batch.dir", dir.toString());
        p.setProperty("kyc.batch.charset", "MS949");
        p.setProperty("kyc.batch.poll-delay-ms", "100");
        context.getPropertiesComponent().setInitialProperties(p);
        return context;
    }

    @Override
    protected RouteBuilder[] createRouteBuilders() {
        return new RouteBuilder[] {new PartnerBatchRoutes(), new RouteBuilder() {
            @Override
            public void configure() {
                // the engine, standing in: every detail opens a case
                from(CaseIntakeRoutes.OPEN_CASE).process(e -> {
                    OpenCaseCommand c = e.getMessage().getBody(OpenCaseCommand.class);
                    surnames.add(c.applicant().surname());
                    e.getMessage().setBody(new CaseView("0d6b1f5e-8c53-4d1e-9a0e-3f1f2b9c7a11", CaseStatus.OPENED, Product.ACCOUNT,
                            Channel.BATCH, c.externalReference(), null, RegistryCheckOutcome.VERIFIED, "E-9", null, List.of(),
                            Instant.now(), Instant.now(), null, "CLEAR", null));
                });
            }
        }};
    }

    private static byte[] file(String surname) {
        String header = pad("H20261123PARTNER01 000042");
        String trailer = pad("T000001");
        byte[] name = surname.getBytes(MS949);
        StringBuilder detail = new StringBuilder("D000001P-0001").append(" ".repeat(14));
        byte[] start = detail.toString().getBytes(MS949);
        byte[] rest = ("THI BINH" + " ".repeat(22) + "VNM19900101ACCOUNT" + " ".repeat(30)).getBytes(MS949);
        byte[] line = new byte[128];
        java.util.Arrays.fill(line, (byte) ' ');
        System.arraycopy(start, 0, line, 0, start.length);
        System.arraycopy(name, 0, line, 27, name.length);
        System.arraycopy(rest, 0, line, 57, 128 - 57);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(header.getBytes(MS949));
        out.write('\n');
        out.writeBytes(line);
        out.write('\n');
        out.writeBytes(trailer.getBytes(MS949));
        out.write('\n');
        return out.toByteArray();
    }

    private static String pad(String s) {
        return s + " ".repeat(128 - s.length());
    }

    private static void await(String what, BooleanSupplier done) throws InterruptedException {
        for (int i = 0; i < 150 && !done.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
        assertThat(done.getAsBoolean()).as(what).isTrue();
    }

    private static void drop(String name, byte[] content) throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path part = inbox.resolve(name + ".part");
        Files.write(part, content);
        Files.move(part, inbox.resolve(name));
    }

    private static String reason(String name) throws Exception {
        Path reason = dir.resolve("error").resolve(name + ".reason");
        await("reason of " + name, () -> Files.exists(reason));
        return Files.readString(reason, StandardCharsets.UTF_8);
    }

    @Test
    void aDetailWithMs949HangulIsRead() throws Exception {
        drop("hangul.dat", file("김민준"));
        await("result written", () -> Files.exists(dir.resolve("outbox/hangul.result")));
        assertThat(surnames).contains("김민준");
        await("moved to done/", () -> Files.exists(dir.resolve("done/hangul.dat")));
    }

    @Test
    void anEmptyFileIsRefusedWithAReasonAndTheNextFileIsRead() throws Exception {
        drop("empty.dat", new byte[0]);
        assertThat(reason("empty.dat")).contains("reasonCode=BATCH_HEADER_MISSING");
        await("moved to error/", () -> Files.exists(dir.resolve("error/empty.dat")));
        drop("after-empty.dat", file("TRAN"));
        await("the next file read", () -> Files.exists(dir.resolve("outbox/after-empty.result")));
    }

    @Test
    void bytesInvalidInMs949InTheHeaderAndBinaryGarbageGetAReason() throws Exception {
        byte[] invalid = file("TRAN");
        invalid[12] = (byte) 0xFF;
        drop("invalid.dat", invalid);
        assertThat(reason("invalid.dat")).contains("reasonCode=MALFORMED_RECORD").contains("line=1");
        byte[] garbage = new byte[4096];
        new java.util.Random(15).nextBytes(garbage);
        drop("garbage.dat", garbage);
        assertThat(reason("garbage.dat")).contains("reasonCode=");
        await("moved to error/", () -> Files.exists(dir.resolve("error/garbage.dat")));
    }

    /** A file of the given detail lines (128 bytes each, MS949) with a right header and trailer. */
    private static byte[] fileOf(byte[]... details) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(pad("H20261123PARTNER01 000043").getBytes(MS949));
        out.write('\n');
        for (byte[] d : details) {
            out.writeBytes(d);
            out.write('\n');
        }
        out.writeBytes(pad(String.format("T%06d", details.length)).getBytes(MS949));
        out.write('\n');
        return out.toByteArray();
    }

    /** Detail {@code seq} with these columns (surname as bytes, so a test may put any byte there). */
    private static byte[] detail(int seq, byte[] surname, String givenNames, String nationality, String birthDate) {
        byte[] line = pad(String.format("D%06dP-%04d", seq, seq)).getBytes(MS949);
        System.arraycopy(surname, 0, line, 27, surname.length);
        byte[] rest = (String.format("%-30s", givenNames) + nationality + birthDate + "ACCOUNT").getBytes(MS949);
        System.arraycopy(rest, 0, line, 57, rest.length);
        return line;
    }

    private static byte[] good(int seq, String surname) {
        return detail(seq, surname.getBytes(MS949), "THI BINH", "VNM", "19900101");
    }

    private static String[] awaitOutbox(String name) throws Exception {
        await("result of " + name, () -> Files.exists(dir.resolve("outbox/" + name + ".result")));
        assertThat(dir.resolve("outbox/" + name + ".rej")).exists();
        await("moved to done/", () -> Files.exists(dir.resolve("done/" + name + ".dat")));
        return Files.readString(dir.resolve("outbox/" + name + ".result"), MS949).split("\n");
    }

    private static List<String> rejects(String name) throws Exception {
        return Files.readAllLines(dir.resolve("outbox/" + name + ".rej"), StandardCharsets.US_ASCII);
    }

    @Test
    void oneBadDetailAmongGoodOnesGetsOneRejectLineAndTheGoodOnesAreProcessed() throws Exception {
        drop("mixed.dat", fileOf(good(1, "TRAN"), detail(2, "NGUYEN".getBytes(MS949), "VAN AN", "ZZZ", "19900101"),
                good(3, "김민준")));
        String[] result = awaitOutbox("mixed");
        assertThat(surnames).containsExactly("TRAN", "김민준");
        assertThat(result).hasSize(5);
        assertThat(result[1]).startsWith("R000001P-0001").contains("0d6b1f5e");
        assertThat(result[2]).startsWith("R000002P-0002").contains("08").contains("INVALID_NATIONALITY");
        assertThat(result[3]).startsWith("R000003P-0003").contains("0d6b1f5e");
        assertThat(result[4]).startsWith("T000003");
        assertThat(rejects("mixed")).containsExactly("line=000003 sequence=000002 field=NATIONALITY code=INVALID_NATIONALITY");
    }

    @Test
    void everyDetailBadEachOfItsKindGetsItsLineAndNoCaseIsOpened() throws Exception {
        byte[] cut = new byte[30];
        java.util.Arrays.fill(cut, (byte) ' ');
        cut[29] = "김".getBytes(MS949)[0]; // a syllable's first byte at the field's end: too long in bytes
        drop("allbad.dat", fileOf(
                detail(1, "WANG<SCRIPT>".getBytes(MS949), "XIAOMING", "CHN", "19851224"),
                detail(2, "SMITH".getBytes(MS949), "JOHN", "ZZZ", "19770505"),
                detail(3, "KIM".getBytes(MS949), "MINJUN", "KOR", "20230229"),
                detail(4, cut, "THI BINH", "VNM", "19900101"),
                detail(5, new byte[] {'T', (byte) 0xFF, 'A'}, "THI BINH", "VNM", "19900101"),
                detail(6, "TRAN".getBytes(MS949), "THI\u001bBINH", "VNM", "19900101")));
        String[] result = awaitOutbox("allbad");
        assertThat(surnames).isEmpty();
        assertThat(result).hasSize(8);
        assertThat(java.util.Arrays.asList(result).subList(1, 7)).allSatisfy(r -> assertThat(r.substring(63, 65)).isEqualTo("08"));
        assertThat(rejects("allbad")).containsExactly(
                "line=000002 sequence=000001 field=SURNAME code=INVALID_CHARACTERS",
                "line=000003 sequence=000002 field=NATIONALITY code=INVALID_NATIONALITY",
                "line=000004 sequence=000003 field=BIRTH-DATE code=INVALID_BIRTH_DATE",
                "line=000005 sequence=000004 field=SURNAME code=FIELD_TOO_LONG",
                "line=000006 sequence=000005 field=SURNAME code=MALFORMED_RECORD",
                "line=000007 sequence=000006 field=GIVEN-NAMES code=MALFORMED_RECORD");
    }

    @Test
    void aFileWithNothingRefusedGetsAnEmptyRejectFile() throws Exception {
        drop("clean.dat", fileOf(good(1, "TRAN")));
        awaitOutbox("clean");
        assertThat(rejects("clean")).isEmpty();
    }

    @Test
    void aNameWithALineEndIsRefusedAndItsReasonStaysOneLinePerKey() throws Exception {
        drop("forged\nreasonCode=OK.dat", file("TRAN"));
        String reason = reason("forged\nreasonCode=OK.dat");
        assertThat(reason).contains("file=forged\\u000areasonCode=OK.dat").contains("reasonCode=MALFORMED_RECORD");
        assertThat(reason.lines().filter(l -> l.startsWith("reasonCode="))).hasSize(1);
        assertThat(surnames).isEmpty();
    }

    @Test
    void aDirectoryAndAFifoNamedDatAreMovedUnopened() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.createDirectory(inbox.resolve("folder.dat"));
        assertThat(reason("folder.dat")).contains("not a regular file: a directory");
        assertThat(dir.resolve("error/folder.dat")).isDirectory();
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", inbox.resolve("pipe.dat").toString()).start();
        } catch (java.io.IOException e) {
            Assumptions.abort("no mkfifo here");
            return;
        }
        Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        // a reader would block for ever on a FIFO without a writer: the sweep renames it, and the inbox goes on
        assertThat(reason("pipe.dat")).contains("a FIFO");
        assertThat(Files.exists(dir.resolve("error/pipe.dat"), LinkOption.NOFOLLOW_LINKS)).isTrue();
        drop("after-fifo.dat", file("TRAN"));
        await("the next file read", () -> Files.exists(dir.resolve("outbox/after-fifo.result")));
    }
}
