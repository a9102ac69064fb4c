package org.ekyc.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Batch channel: a fixed-width partner file (LRECL 128) dropped into the inbox yields a result file
 * in the outbox and a reject file with one line per refused detail record; a file whose trailer count is
 * wrong goes to the error directory with a reason file.
 */
class BatchExchangeIT extends HubDeployments {

    private static final Charset MS949 = Charset.forName("MS949");

    private static Path dir(String name) throws Exception {
        Path p = Path.of(jbossHome(), "standalone", "data", "kyc", "batch", name);
        Files.createDirectories(p);
        return p;
    }

    private static String pad(String s, int n) {
        return String.format("%-" + n + "s", s);
    }

    private static String detail(int seq, String ref, String surname, String given, String nat, String birth, String product) {
        return pad("D" + String.format("%06d", seq) + pad(ref, 20) + pad(surname, 30) + pad(given, 30) + nat + birth
                + pad(product, 10), 128);
    }

    private static List<String> file(int trailerCount) {
        return List.of(
                pad("H20261123PARTNER01 000042", 128),
                detail(1, "B-0001", "WANG", "XIAOMING", "CHN", "19851224", "ACCOUNT"),
                detail(2, "B-0002", "TRAN", "THI BINH", "VNM", "19900101", "REMITTANCE"),
                detail(3, "B-0003", "SMITH", "JOHN", "XX1", "19770505", "ACCOUNT"),
                pad("T" + String.format("%06d", trailerCount), 128));
    }

    /** Writes under a temporary name, then renames into the inbox, as a partner's transfer would. */
    private static String drop(List<String> lines) throws Exception {
        String name = "KYC_PARTNER01_" + UUID.randomUUID().toString().substring(0, 8) + ".dat";
        Path tmp = Files.createTempFile(dir("inbox").getParent(), "upload", ".tmp");
        Files.write(tmp, lines, MS949);
        Files.move(tmp, dir("inbox").resolve(name), StandardCopyOption.ATOMIC_MOVE);
        return name;
    }

    private static Path await(Path file) throws Exception {
        for (int i = 0; i < 240 && !Files.exists(file); i++) {
            Thread.sleep(250);
        }
        return file;
    }

    @Test
    void wellFormedFileYieldsAResultFileWithOneRecordPerDetail() throws Exception {
        String name = drop(file(3));
        Path result = await(dir("outbox").resolve(name.replace(".dat", ".result")));
        assertThat(result).exists();
        List<String> lines = Files.readAllLines(result, MS949);

        assertThat(lines).hasSize(5).allSatisfy(l -> assertThat(l).hasSize(128));
        assertThat(lines.get(0)).startsWith("H").contains("PARTNER01 000042");
        assertThat(lines.get(1)).startsWith("R000001B-0001").contains("00").contains("OPENED").contains("VERIFIED");
        assertThat(lines.get(1).substring(27, 63)).matches("[0-9a-f-]{36}");
        assertThat(lines.get(2)).startsWith("R000002B-0002").contains("REVIEW").contains("STAY_NOT_VALID").contains("INVALID");
        assertThat(lines.get(3)).startsWith("R000003B-0003");
        assertThat(lines.get(3).substring(63, 65)).isEqualTo("08");
        assertThat(lines.get(3)).contains("INVALID_NATIONALITY");
        assertThat(lines.get(4)).startsWith("T000003");

        assertThat(Files.readAllLines(dir("outbox").resolve(name.replace(".dat", ".rej")), StandardCharsets.US_ASCII))
                .as("one reject line for the refused record").containsExactly(
                        "line=000004 sequence=000003 field=NATIONALITY code=INVALID_NATIONALITY");
        assertThat(await(dir("done").resolve(name))).exists();
        assertThat(dir("inbox").resolve(name)).doesNotExist();
        try (var partial = Files.list(dir("outbox"))) {
            assertThat(partial.map(Path::toString)).noneMatch(p -> p.endsWith(".part"));
        }
    }

    /** A file of this partner and file sequence with these details, the trailer counting them. */
    private static List<String> file(String fileSeq, String... details) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(pad("H20261203PARTNER02 " + fileSeq, 128));
        lines.addAll(List.of(details));
        lines.add(pad("T" + String.format("%06d", details.length), 128));
        return lines;
    }

    private static List<String> results(List<String> file) throws Exception {
        String name = drop(file);
        Path result = await(dir("outbox").resolve(name.replace(".dat", ".result")));
        assertThat(result).exists();
        return Files.readAllLines(result, MS949);
    }

    private static String uniqueFileSeq() {
        return String.format("%06d", 100_000 + System.nanoTime() % 900_000);
    }

    @Test
    void aSecondFileWithTheSamePartnerFileAndRecordSequenceButAnotherPersonIsRejectedWithItsReason() throws Exception {
        String fileSeq = uniqueFileSeq();
        List<String> first = results(file(fileSeq, detail(1, "B-2001", "WANG", "XIAOMING", "CHN", "19851224", "ACCOUNT")));
        assertThat(first.get(1).substring(63, 65)).isEqualTo("00");
        String caseId = first.get(1).substring(27, 63);
        assertThat(caseId).matches("[0-9a-f-]{36}");

        List<String> second = results(file(fileSeq,
                detail(1, "B-2001", "LIU", "YANG", "CHN", "19870202", "ACCOUNT"),
                detail(2, "B-2002", "WANG", "XIAOMING", "CHN", "19851224", "ACCOUNT")));
        assertThat(second.get(1)).startsWith("R000001B-2001");
        assertThat(second.get(1).substring(63, 65)).isEqualTo("08");
        assertThat(second.get(1).substring(75, 105).trim()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(second.get(1).substring(27, 63)).as("the first person's case is not shown").isBlank();
        assertThat(second.get(2).substring(63, 65)).as("a new record sequence opens its own case").isEqualTo("00");
        assertThat(second.get(2).substring(27, 63)).isNotEqualTo(caseId);

        // the first file read again (a re-run after a crash) still gets its case
        List<String> again = results(file(fileSeq, detail(1, "B-2001", "WANG", "XIAOMING", "CHN", "19851224", "ACCOUNT")));
        assertThat(again.get(1).substring(27, 63)).isEqualTo(caseId);
    }

    @Test
    void twoPeopleSharingOneRecordSequenceInOneFileTheSecondIsRejectedWithItsReason() throws Exception {
        List<String> lines = results(file(uniqueFileSeq(),
                detail(5, "B-3001", "WANG", "XIAOMING", "CHN", "19851224", "ACCOUNT"),
                detail(5, "B-3002", "LIU", "YANG", "CHN", "19870202", "ACCOUNT")));
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("R000005B-3001");
        assertThat(lines.get(1).substring(63, 65)).isEqualTo("00");
        assertThat(lines.get(2)).startsWith("R000005B-3002");
        assertThat(lines.get(2).substring(63, 65)).isEqualTo("08");
        assertThat(lines.get(2).substring(75, 105).trim()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(lines.get(2).substring(27, 63)).isBlank();
    }

    /** A detail line as bytes: the surname's bytes as given (any byte), the rest MS949, 128 bytes. */
    private static byte[] detailBytes(int seq, String ref, byte[] surname, String given, String nat, String birth) {
        byte[] line = pad("D" + String.format("%06d", seq) + pad(ref, 20), 128).getBytes(MS949);
        System.arraycopy(surname, 0, line, 27, surname.length);
        byte[] rest = (pad(given, 30) + nat + birth + pad("ACCOUNT", 10)).getBytes(MS949);
        System.arraycopy(rest, 0, line, 57, rest.length);
        return line;
    }

    @Test
    void badDetailRecordsAreRefusedAloneWithARejectLineAndTheGoodOnesAreProcessed() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] line : List.of(
                pad("H20261203PARTNER03 " + uniqueFileSeq(), 128).getBytes(MS949),
                detailBytes(1, "B-4001", "김민준".getBytes(MS949), "MINJUN", "KOR", "19900101"), // MS949 Hangul: read
                detailBytes(2, "B-4002", new byte[] {'T', (byte) 0xFF, 'A'}, "THI BINH", "VNM", "19900101"),
                detailBytes(3, "B-4003", "NGUYEN".getBytes(MS949), "VAN AN", "ZZZ", "19940317"),
                detailBytes(4, "B-4004", "WANG".getBytes(MS949), "XIAOMING", "CHN", "20230229"),
                detailBytes(5, "B-4005", "TRAN".getBytes(MS949), "THI BINH", "VNM", "19900101"),
                pad("T000005", 128).getBytes(MS949))) {
            out.writeBytes(line);
            out.write('\n');
        }
        String name = "KYC_PARTNER03_" + UUID.randomUUID().toString().substring(0, 8) + ".dat";
        Path tmp = Files.createTempFile(dir("inbox").getParent(), "upload", ".tmp");
        Files.write(tmp, out.toByteArray());
        Files.move(tmp, dir("inbox").resolve(name), StandardCopyOption.ATOMIC_MOVE);

        Path result = await(dir("outbox").resolve(name.replace(".dat", ".result")));
        List<String> lines = Files.readAllLines(result, MS949);
        assertThat(lines).hasSize(7);
        assertThat(lines.get(1)).startsWith("R000001B-4001");
        assertThat(lines.get(1).substring(63, 65)).as("the Hangul detail opened its case").isEqualTo("00");
        assertThat(lines.get(2).substring(63, 65)).isEqualTo("08");
        assertThat(lines.get(3).substring(63, 65)).isEqualTo("08");
        assertThat(lines.get(4).substring(63, 65)).isEqualTo("08");
        assertThat(lines.get(5)).startsWith("R000005B-4005");
        assertThat(lines.get(5).substring(63, 65)).isEqualTo("00");
        assertThat(lines.get(6)).startsWith("T000005");
        assertThat(Files.readAllLines(dir("outbox").resolve(name.replace(".dat", ".rej")), StandardCharsets.US_ASCII))
                .containsExactly(
                        "line=000003 sequence=000002 field=SURNAME code=MALFORMED_RECORD",
                        "line=000004 sequence=000003 field=NATIONALITY code=INVALID_NATIONALITY",
                        "line=000005 sequence=000004 field=BIRTH-DATE code=INVALID_BIRTH_DATE");
        assertThat(await(dir("done").resolve(name))).as("the frame is good: done, not error").exists();
        assertThat(dir("error").resolve(name + ".reason")).doesNotExist();
    }

    @Test
    void wrongTrailerCountMovesTheFileToErrorWithAReasonAndProducesNoResult() throws Exception {
        String name = drop(file(7));
        Path reason = await(dir("error").resolve(name + ".reason"));
        assertThat(reason).exists();
        assertThat(await(dir("error").resolve(name))).exists();
        String text = Files.readString(reason);
        assertThat(text).contains("reasonCode=BATCH_TRAILER_COUNT_MISMATCH").contains("line=5")
                .contains("trailer says 7, file has 3");
        assertThat(dir("outbox").resolve(name.replace(".dat", ".result"))).doesNotExist();
        assertThat(dir("inbox").resolve(name)).doesNotExist();
    }
}
