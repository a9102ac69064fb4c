package org.ekyc.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.ObjectMessage;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.StreamMessage;
import jakarta.jms.TextMessage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The hostile-input corpus over the wire: every line of {@code src/test/resources/hostile/*.tsv} (REST, images,
 * SOAP, batch files, MQ records) is sent on its channel and must get its typed refusal, in the channel's own
 * terms (REST status and JSON {@code code}; SOAP {@code soap:Client} fault with its {@code KycFault} reason code;
 * batch file in {@code error/} beside a {@code .reason}; MQ reply record with return code 08 and, for an
 * unreadable message, the original on {@code KYC.DLQ} with its reason property). Right after each input (each
 * group of files for the batch inbox) a normal request on the same channel must still work. Every failing input
 * is listed, not only the first. The file format and how to add an input: docs/validation.md.
 */
class HostileCorpusIT extends HubDeployments {

    private static final String CASES = "/kyc/api/v1/cases";
    private static final String SOAP = "/kyc/services/kyc-case/v1";
    private static final String NS = "urn:ekyc-hub:kyc-case:v1";
    /** A case id no case has: the refusals sent there come before the case is looked up. */
    private static final String NO_CASE = "00000000-0000-4000-8000-000000000000";
    private static final Charset EBCDIC = Charset.forName("x-IBM933");
    private static final Charset MS949 = Charset.forName("MS949");
    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final Pattern CLIENT_FAULT = Pattern.compile("<faultcode>[^<:]*:?Client</faultcode>");

    @Test
    void theCorpusHoldsAtLeast300InputsAcrossTheChannels() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String file : Corpus.FILES) {
            List<Corpus.Line> lines = Corpus.read(file);
            counts.put(file, lines.size());
            assertThat(lines.stream().map(Corpus.Line::id)).as("ids in %s", file).doesNotHaveDuplicates();
        }
        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).as(counts.toString()).isGreaterThanOrEqualTo(300);
        assertThat(counts.values()).as(counts.toString()).allMatch(n -> n >= 15);
    }

    // --- REST and images ---

    @Test
    void restInputsGetTheirStatusAndCodeAndTheNextCaseStillOpens() throws Exception {
        rest("rest.tsv");
    }

    @Test
    void imagesGetTheirStatusAndCodeAndTheNextCaseStillOpens() throws Exception {
        rest("images.tsv");
    }

    private void rest(String file) throws Exception {
        List<String> failures = new ArrayList<>();
        String documentCase = null;
        for (Corpus.Line line : Corpus.read(file)) {
            Corpus.RestInput in = Corpus.restInput(line);
            if (in.op().equals("document") && documentCase == null) {
                documentCase = openCase("CORPUS-DOCUMENT");
            }
            String path = switch (in.op()) {
                case "open" -> CASES;
                case "document" -> CASES + "/" + documentCase + "/document";
                case "selfie" -> CASES + "/" + NO_CASE + "/selfie";
                case "income" -> CASES + "/" + NO_CASE + "/income-check";
                case "decision" -> CASES + "/" + NO_CASE + "/decision";
                case "screening" -> "/kyc/api/v1/screening";
                default -> throw new IllegalArgumentException(line + ": unknown op " + in.op());
            };
            As who = in.op().equals("decision") ? As.REVIEWER_1 : As.BANK_APP;
            HttpRequest.Builder b = HttpRequest.newBuilder(BASE.resolve(path)).timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json").header("Accept-Language", "en")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(in.body()));
            if (in.contentType() != null) {
                b.header("Content-Type", in.contentType());
            }
            try {
                String problem = restProblem(in, HTTP.send(as(who, b).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
                if (problem != null) {
                    failures.add(line.id() + ": " + problem);
                }
            } catch (IOException e) {
                failures.add(line.id() + ": no answer: " + e);
            }
            HttpResponse<String> normal = postJson(CASES, nguyenJson(reference("CORPUS-OK-" + line.id())), "en");
            if (normal.statusCode() != 201) {
                failures.add(line.id() + ": the normal request after it got " + normal.statusCode() + " " + shortly(normal.body()));
            }
        }
        assertThat(failures).as("inputs of %s whose answer is not the expected one", file).isEmpty();
    }

    /** What is wrong with the answer to {@code in}, null when it is the expected refusal. */
    private static String restProblem(Corpus.RestInput in, HttpResponse<String> r) {
        String seen = r.statusCode() + " " + shortly(r.body());
        if (r.statusCode() != in.status()) {
            return "expected " + in.status() + " " + in.code() + ", got " + seen;
        }
        if (!r.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
            return "not answered in JSON: " + r.headers().firstValue("Content-Type").orElse("(none)");
        }
        JsonNode body;
        try {
            body = JSON.readTree(r.body());
        } catch (IOException e) {
            return "not JSON: " + seen;
        }
        if (!in.code().equals(body.path("code").asText())) {
            return "expected code " + in.code() + ", got " + seen;
        }
        String field = body.hasNonNull("field") ? body.get("field").asText() : "-";
        if (!in.field().equals("*") && !in.field().equals(field)) {
            return "expected field " + in.field() + ", got " + seen;
        }
        return null;
    }

    private static String openCase(String reference) throws Exception {
        HttpResponse<String> created = postJson(CASES, nguyenJson(reference + "-" + System.nanoTime()), "en");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).get("caseId").asText();
    }

    /** An external reference of at most 40 characters. */
    private static String reference(String s) {
        return s.length() > 40 ? s.substring(0, 40) : s;
    }

    private static String shortly(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    // --- SOAP ---

    @Test
    void soapInputsAreClientFaultsWithTheirKycFaultCodeAndTheNextCaseStillOpens() throws Exception {
        List<String> failures = new ArrayList<>();
        String soapCase = null;
        for (Corpus.Line line : Corpus.read("soap.tsv")) {
            Corpus.SoapInput in = Corpus.soapInput(line);
            if (in.needsCase() && soapCase == null) {
                HttpResponse<String> opened = soap(Corpus.envelope(Corpus.openCase("")), Corpus.action("OpenCase"), As.INSURER, false);
                Matcher id = Pattern.compile("caseId>([0-9a-f-]{36})<").matcher(opened.body());
                assertThat(id.find()).as(opened.body()).isTrue();
                soapCase = id.group(1);
            }
            try {
                String problem = soapProblem(in, soap(in.body(soapCase), in.action(), in.who(), in.badToken()));
                if (problem != null) {
                    failures.add(line.id() + ": " + problem);
                }
            } catch (IOException e) {
                failures.add(line.id() + ": no answer: " + e);
            }
            HttpResponse<String> normal = soap(Corpus.envelope(Corpus.openCase("")), Corpus.action("OpenCase"), As.INSURER, false);
            if (normal.statusCode() != 200 || !normal.body().matches("(?s).*caseId>[0-9a-f-]{36}<.*")) {
                failures.add(line.id() + ": the normal OpenCase after it got " + normal.statusCode() + " " + shortly(normal.body()));
            }
        }
        assertThat(failures).as("SOAP inputs whose answer is not the expected one").isEmpty();
    }

    private static HttpResponse<String> soap(byte[] body, String action, As who, boolean badToken) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(BASE.resolve(SOAP)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/xml; charset=UTF-8").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (action != null) {
            b.header("SOAPAction", "\"" + action + "\"");
        }
        if (who != null) {
            b = as(who, b);
        } else if (badToken) {
            b.header("Authorization", "Bearer not-a-token");
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String soapProblem(Corpus.SoapInput in, HttpResponse<String> r) {
        String seen = r.statusCode() + " " + shortly(r.body());
        if (in.httpStatus() != 0) {
            return r.statusCode() == in.httpStatus() ? null : "expected HTTP " + in.httpStatus() + ", got " + seen;
        }
        if (r.statusCode() != 500 || !CLIENT_FAULT.matcher(r.body()).find()) {
            return "expected a soap:Client fault " + in.code() + ", got " + seen;
        }
        if (!r.body().matches("(?s).*reasonCode>" + in.code() + "<.*")) {
            return "expected KycFault " + in.code() + ", got " + seen;
        }
        if (in.field() != null && !r.body().matches("(?s).*field>" + Pattern.quote(in.field()) + "<.*")) {
            return "expected field " + in.field() + ", got " + seen;
        }
        for (String internal : new String[] {"direct:", "org.apache", "org.ekyc", "Exception"}) {
            if (r.body().contains(internal)) {
                return "the fault shows " + internal + ": " + seen;
            }
        }
        return null;
    }

    // --- batch ---

    private static Path batchDir(String name) throws IOException {
        Path p = Path.of(jbossHome(), "standalone", "data", "kyc", "batch", name);
        Files.createDirectories(p);
        return p;
    }

    @Test
    void batchFilesGoToErrorWithTheirReasonAndTheNextFileIsStillProcessed() throws Exception {
        List<String> failures = new ArrayList<>();
        List<Corpus.Line> lines = Corpus.read("batch.tsv");
        for (int from = 0; from < lines.size(); from += 10) {
            List<Corpus.Line> group = lines.subList(from, Math.min(lines.size(), from + 10));
            Map<Corpus.Line, String> names = new LinkedHashMap<>();
            for (Corpus.Line line : group) {
                String name = dropHostile(line);
                if (name != null) {
                    names.put(line, name);
                }
            }
            String normal = dropNormal();
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            for (Map.Entry<Corpus.Line, String> e : names.entrySet()) {
                String problem = batchProblem(e.getKey(), e.getValue(), deadline);
                if (problem != null) {
                    failures.add(e.getKey().id() + ": " + problem);
                }
            }
            Path result = await(batchDir("outbox").resolve(normal.replace(".dat", ".result")), deadline);
            if (!Files.exists(result)) {
                failures.add("the normal file after " + group.get(0).id() + ".." + group.get(group.size() - 1).id()
                        + " was not processed");
            } else {
                List<String> rows = Files.readAllLines(result, MS949);
                if (rows.size() != 3 || !rows.get(1).substring(63, 65).equals("00")) {
                    failures.add("the normal file after " + group.get(0).id() + " gave " + rows);
                }
            }
        }
        assertThat(failures).as("batch inputs whose answer is not the expected one").isEmpty();
    }

    /** Puts the line's entry into the inbox (a file by rename, as a partner's transfer would); its name. */
    private static String dropHostile(Corpus.Line line) throws Exception {
        Corpus.BatchInput in = Corpus.batchInput(line);
        Path inbox = batchDir("inbox");
        Path target = inbox.resolve(in.name());
        switch (in.kind()) {
            case "file" -> {
                Path tmp = Files.createTempFile(inbox.getParent(), "upload", ".tmp");
                Files.write(tmp, in.content());
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            }
            case "dir" -> Files.createDirectory(target);
            case "link" -> {
                Path pointee = Files.createTempFile(inbox.getParent(), "pointee", ".tmp");
                Files.write(pointee, in.content());
                Files.createSymbolicLink(target, pointee);
            }
            case "fifo" -> {
                // no mkfifo on this machine: nothing to drop, nothing to check
                try {
                    if (new ProcessBuilder("mkfifo", target.toString()).redirectErrorStream(true).start().waitFor() != 0) {
                        return null;
                    }
                } catch (IOException e) {
                    return null;
                }
            }
            default -> throw new IllegalArgumentException(line + ": unknown kind " + in.kind());
        }
        return in.name();
    }

    private static String dropNormal() throws Exception {
        String name = "KYC_CORPUS_OK_" + UUID.randomUUID().toString().substring(0, 8) + ".dat";
        String fileSeq = String.format("%06d", 100_000 + Math.floorMod(System.nanoTime(), 900_000));
        byte[] content = (Corpus.pad("H20261203PARTNER09 " + fileSeq, 128) + "\n" + Corpus.detail() + "\n"
                + Corpus.pad("T000001", 128) + "\n").getBytes(MS949);
        Path inbox = batchDir("inbox");
        Path tmp = Files.createTempFile(inbox.getParent(), "upload", ".tmp");
        Files.write(tmp, content);
        Files.move(tmp, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        return name;
    }

    private static String batchProblem(Corpus.Line line, String name, long deadline) throws Exception {
        Corpus.BatchInput in = Corpus.batchInput(line);
        if (in.reasonCode().startsWith(REFUSED_RECORD)) {
            return recordProblem(in.reasonCode().substring(REFUSED_RECORD.length()), name, deadline);
        }
        Path error = batchDir("error");
        Path reason = await(error.resolve(name + ".reason"), deadline);
        if (!Files.exists(reason)) {
            return "no " + printable(name) + ".reason in error/ (inbox still has it: "
                    + Files.exists(batchDir("inbox").resolve(name), LinkOption.NOFOLLOW_LINKS) + ")";
        }
        Path moved = await(error.resolve(name), deadline);
        if (!Files.exists(moved, LinkOption.NOFOLLOW_LINKS)) {
            return "the entry itself is not in error/";
        }
        String text = Files.readString(reason, StandardCharsets.UTF_8);
        if (!text.contains("reasonCode=" + in.reasonCode() + "\n")) {
            return "expected reasonCode=" + in.reasonCode() + ", the reason file says " + text;
        }
        if (Files.exists(batchDir("outbox").resolve(name.replace(".dat", ".result")))) {
            return "a result file was written for a refused file";
        }
        return null;
    }

    /** A batch.tsv reason code with this prefix is a refused detail record: the file is processed, the record rejected. */
    private static final String REFUSED_RECORD = "rej:";

    /** The file's other records are processed: its result is written, and its reject file names the record's code. */
    private static String recordProblem(String code, String name, long deadline) throws Exception {
        Path result = await(batchDir("outbox").resolve(name.replace(".dat", ".result")), deadline);
        if (!Files.exists(result)) {
            return "no result for a file with one refused record (error/ has it: "
                    + Files.exists(batchDir("error").resolve(name), LinkOption.NOFOLLOW_LINKS) + ")";
        }
        Path rej = batchDir("outbox").resolve(name.replace(".dat", ".rej"));
        if (!Files.exists(rej)) {
            return "no reject file beside the result";
        }
        String lines = Files.readString(rej, StandardCharsets.US_ASCII);
        return lines.contains("code=" + code) ? null : "expected a reject line with code=" + code + ", the reject file says " + lines;
    }

    private static Path await(Path file, long deadline) throws InterruptedException {
        while (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        return file;
    }

    /** A file name as a failure message may show it. */
    private static String printable(String name) {
        StringBuilder out = new StringBuilder();
        name.chars().forEach(c -> out.append(c < 0x20 || c == 0x7F ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }

    // --- MQ ---

    @Test
    void mqRecordsAreRefusedWithTheirReasonAndTheNextRequestIsStillAnswered() throws Exception {
        List<String> failures = new ArrayList<>();
        try (Connection bridge = MqGatewayIT.connectAs(System.getProperty("it.bridge.user"), System.getProperty("it.bridge.password"));
             Connection hub = MqGatewayIT.connectAs(System.getProperty("it.hub.mq.user"), System.getProperty("it.hub.mq.password"))) {
            Session session = bridge.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Session hubSession = hub.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Queue requests = session.createQueue("KYC.REQUEST");
            Queue replies = session.createQueue("KYC.REPLY");
            for (Corpus.Line line : Corpus.read("mq.tsv")) {
                Corpus.MqInput in = Corpus.mqInput(line);
                String corr = "CORPUS-" + line.id() + "-" + UUID.randomUUID();
                Message m = switch (in.kind()) {
                    case "bytes" -> {
                        BytesMessage bytes = session.createBytesMessage();
                        bytes.writeBytes(in.record());
                        yield bytes;
                    }
                    case "text" -> session.createTextMessage(new String(in.record(), StandardCharsets.UTF_8));
                    case "textnull" -> session.createTextMessage();
                    case "object" -> session.createObjectMessage(new java.util.Date(0));
                    case "map" -> {
                        MapMessage map = session.createMapMessage();
                        map.setString("KYCREQ-REQ-TYPE", "OPEN");
                        yield map;
                    }
                    case "stream" -> {
                        StreamMessage stream = session.createStreamMessage();
                        stream.writeString("OPEN");
                        yield stream;
                    }
                    case "plain" -> session.createMessage();
                    default -> throw new IllegalArgumentException(line + ": unknown kind " + in.kind());
                };
                m.setJMSCorrelationID(corr);
                m.setJMSReplyTo(replies);
                try (MessageProducer p = session.createProducer(requests)) {
                    p.send(m);
                }
                String problem = mqProblem(in, receive(session, "KYC.REPLY", corr),
                        in.deadLetter() ? receive(hubSession, "KYC.DLQ", corr) : null);
                if (problem != null) {
                    failures.add(line.id() + ": " + problem);
                }
                String normal = "CORPUS-OK-" + UUID.randomUUID();
                BytesMessage ok = session.createBytesMessage();
                ok.writeBytes(Corpus.kycreq("CIF-CORPUS-" + Math.floorMod(System.nanoTime(), 100_000_000L), ""));
                ok.setJMSCorrelationID(normal);
                ok.setJMSReplyTo(replies);
                try (MessageProducer p = session.createProducer(requests)) {
                    p.send(ok);
                }
                Message answer = receive(session, "KYC.REPLY", normal);
                byte[] record = answer instanceof BytesMessage b ? bytes(b) : null;
                if (record == null || record.length < 77 || !HEX.formatHex(record, 75, 77).equals("F0F0")) {
                    failures.add(line.id() + ": the normal request after it got "
                            + (record == null ? "no reply" : "RETURN-CODE " + HEX.formatHex(record, 75, Math.min(77, record.length))));
                }
            }
        }
        assertThat(failures).as("MQ inputs whose answer is not the expected one").isEmpty();
    }

    private static Message receive(Session session, String queue, String correlationId) throws Exception {
        try (MessageConsumer c = session.createConsumer(session.createQueue(queue), "JMSCorrelationID = '" + correlationId + "'")) {
            return c.receive(30_000);
        }
    }

    private static byte[] bytes(BytesMessage m) throws Exception {
        byte[] b = new byte[(int) m.getBodyLength()];
        m.readBytes(b);
        return b;
    }

    private static String mqProblem(Corpus.MqInput in, Message reply, Message dead) throws Exception {
        if (!(reply instanceof BytesMessage b)) {
            return "no reply record on KYC.REPLY";
        }
        byte[] record = bytes(b);
        if (record.length < 107) {
            return "a reply of " + record.length + " bytes";
        }
        String rc = HEX.formatHex(record, 75, 77);
        String reason = new String(record, 77, 30, EBCDIC).trim();
        if (!rc.equals("F0F8") || !reason.equals(in.code())) {
            return "expected RETURN-CODE 08 " + in.code() + ", got " + rc + " " + reason;
        }
        if (in.deadLetter()) {
            if (dead == null) {
                return "nothing on KYC.DLQ";
            }
            if (!in.code().equals(dead.getStringProperty("KycReasonCode"))) {
                return "KYC.DLQ reason " + dead.getStringProperty("KycReasonCode") + ", expected " + in.code();
            }
            if (dead instanceof ObjectMessage) {
                return "an ObjectMessage on KYC.DLQ: its body was kept";
            }
            if (in.kind().equals("bytes") && !(dead instanceof BytesMessage d && Arrays.equals(bytes(d), in.record()))) {
                return "the dead letter is not the record as it came";
            }
        }
        return null;
    }

    /**
     * The corpus files and their notation (docs/validation.md): tab-separated lines, {@code #} comments; in the
     * input columns, {@code {{...}}} tokens for what a text file cannot hold (bytes, code points, repeats, images).
     */
    static final class Corpus {

        static final List<String> FILES = List.of("rest.tsv", "images.tsv", "soap.tsv", "batch.tsv", "mq.tsv");

        private static final Pattern TOKEN = Pattern.compile("\\{\\{(.*?)}}");

        private Corpus() {
        }

        /** One line of a corpus file: its columns, the first one its id. */
        record Line(String file, int number, List<String> cols) {
            String id() {
                return cols.get(0);
            }

            String col(int i) {
                if (i >= cols.size()) {
                    throw new IllegalArgumentException(this + ": no column " + (i + 1));
                }
                return cols.get(i);
            }

            @Override
            public String toString() {
                return file + ":" + number;
            }
        }

        static List<Line> read(String file) {
            try (InputStream in = HostileCorpusIT.class.getResourceAsStream("/hostile/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("no corpus file hostile/" + file);
                }
                List<Line> lines = new ArrayList<>();
                String[] text = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
                for (int i = 0; i < text.length; i++) {
                    String l = text[i];
                    if (!l.isBlank() && !l.startsWith("#")) {
                        lines.add(new Line(file, i + 1, List.of(l.split("\t", -1))));
                    }
                }
                return lines;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * The bytes of a template: text in {@code charset}, and the tokens {@code {{xHHHH..}}} (bytes in hex),
         * {@code {{u+HHHH}}} (a code point in {@code charset}; a lone surrogate as its three UTF-8-style bytes),
         * {@code {{rep:N:text}}} (text N times), {@code {{img:spec}}} (an image in Base64, {@link #image}),
         * {@code {{date:+N}}} (today plus N days, ISO), {@code {{tab}}} and {@code {{nl}}}, and the batch
         * records {@code {{hdr}}}, {@code {{det}}}, {@code {{trl:N}}}.
         */
        static byte[] expand(String template, Charset charset) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Matcher m = TOKEN.matcher(template);
            int at = 0;
            while (m.find()) {
                out.writeBytes(template.substring(at, m.start()).getBytes(charset));
                out.writeBytes(token(m.group(1), charset));
                at = m.end();
            }
            out.writeBytes(template.substring(at).getBytes(charset));
            return out.toByteArray();
        }

        private static byte[] token(String t, Charset charset) {
            if (t.startsWith("x")) {
                return HexFormat.of().parseHex(t.substring(1));
            }
            if (t.startsWith("u+")) {
                int cp = Integer.parseInt(t.substring(2), 16);
                if (cp >= 0xD800 && cp <= 0xDFFF) {
                    return new byte[] {(byte) (0xE0 | cp >> 12), (byte) (0x80 | cp >> 6 & 0x3F), (byte) (0x80 | cp & 0x3F)};
                }
                return new String(Character.toChars(cp)).getBytes(charset);
            }
            if (t.startsWith("rep:")) {
                String[] p = t.split(":", 3);
                return p[2].repeat(Integer.parseInt(p[1])).getBytes(charset);
            }
            if (t.startsWith("img:")) {
                String spec = t.substring(4);
                boolean mime = spec.endsWith("|mime");
                byte[] image = image(mime ? spec.substring(0, spec.length() - 5) : spec);
                String b64 = mime ? Base64.getMimeEncoder().encodeToString(image).replace("\r\n", "\\r\\n")
                        : Base64.getEncoder().encodeToString(image);
                return b64.getBytes(StandardCharsets.US_ASCII);
            }
            if (t.startsWith("date:")) {
                return LocalDate.now().plusDays(Long.parseLong(t.substring(5).replace("+", ""))).toString().getBytes(charset);
            }
            return switch (t) {
                case "tab" -> new byte[] {'\t'};
                case "nl" -> new byte[] {'\n'};
                case "hdr" -> pad("H20261203PARTNER08 " + String.format("%06d", 100_000 + Math.floorMod(System.nanoTime(), 900_000)),
                        128).getBytes(charset);
                case "det" -> detail().getBytes(charset);
                default -> {
                    if (t.startsWith("trl:")) {
                        yield pad("T" + String.format("%06d", Integer.parseInt(t.substring(4))), 128).getBytes(charset);
                    }
                    throw new IllegalArgumentException("unknown token {{" + t + "}}");
                }
            };
        }

        static String pad(String s, int n) {
            return String.format("%-" + n + "s", s);
        }

        /** A well-formed batch detail record (docs/layouts/batch-kyc.md), LRECL 128. */
        static String detail() {
            return pad("D000001" + pad("C-0001", 20) + pad("WANG", 30) + pad("XIAOMING", 30) + "CHN" + "19851224"
                    + pad("ACCOUNT", 10), 128);
        }

        // images

        /**
         * The bytes of an image spec: {@code png}/{@code jpeg}/{@code gif}/{@code bmp} (a 48x32 picture written by
         * ImageIO), {@code png-trunc:N}/{@code jpeg-trunc:N} (its first N bytes; negative: all but the last -N),
         * {@code png-dims:WxH}/{@code jpeg-dims:WxH} (the header made to declare W x H pixels),
         * {@code magic:HEX} (these bytes, then zeros to 64), {@code text:...} (the text in UTF-8),
         * {@code zeros:N}, {@code hex:HEX}.
         */
        static byte[] image(String spec) {
            String[] p = spec.split(":", 2);
            String arg = p.length > 1 ? p[1] : "";
            return switch (p[0]) {
                case "png", "jpeg", "gif", "bmp" -> picture(p[0]);
                case "png-trunc", "jpeg-trunc" -> {
                    byte[] whole = picture(p[0].substring(0, p[0].indexOf('-')));
                    int n = Integer.parseInt(arg);
                    yield Arrays.copyOf(whole, n >= 0 ? n : whole.length + n);
                }
                case "png-dims" -> pngDeclaring(dims(arg)[0], dims(arg)[1]);
                case "jpeg-dims" -> jpegDeclaring(dims(arg)[0], dims(arg)[1]);
                case "magic" -> Arrays.copyOf(HexFormat.of().parseHex(arg), Math.max(64, arg.length() / 2));
                case "text" -> arg.getBytes(StandardCharsets.UTF_8);
                case "zeros" -> new byte[Integer.parseInt(arg)];
                case "hex" -> HexFormat.of().parseHex(arg);
                default -> throw new IllegalArgumentException("unknown image spec " + spec);
            };
        }

        private static long[] dims(String wxh) {
            String[] d = wxh.split("x");
            return new long[] {Long.parseLong(d[0]), Long.parseLong(d[1])};
        }

        /** A small grey gradient, as ImageIO writes it in {@code format}. */
        static byte[] picture(String format) {
            BufferedImage img = new BufferedImage(48, 32, BufferedImage.TYPE_3BYTE_BGR);
            for (int y = 0; y < 32; y++) {
                for (int x = 0; x < 48; x++) {
                    int v = (x * 5 + y * 3) & 0xFF;
                    img.setRGB(x, y, v << 16 | v << 8 | v);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                if (!ImageIO.write(img, format, out)) {
                    throw new IllegalStateException("no ImageIO writer for " + format);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }

        /** The PNG picture with its IHDR width and height replaced (CRC recomputed). */
        static byte[] pngDeclaring(long width, long height) {
            byte[] png = picture("png");
            // signature (8), IHDR length (4), "IHDR" (4), width (4), height (4) ...; CRC over type and data
            putInt(png, 16, width);
            putInt(png, 20, height);
            CRC32 crc = new CRC32();
            crc.update(png, 12, 17);
            putInt(png, 29, crc.getValue());
            return png;
        }

        /** The JPEG picture with the height and width of its start-of-frame marker replaced. */
        static byte[] jpegDeclaring(long width, long height) {
            byte[] jpeg = picture("jpeg");
            for (int i = 2; i + 9 < jpeg.length; ) {
                int marker = jpeg[i + 1] & 0xFF;
                int length = (jpeg[i + 2] & 0xFF) << 8 | jpeg[i + 3] & 0xFF;
                if (marker >= 0xC0 && marker <= 0xC2) {
                    jpeg[i + 5] = (byte) (height >> 8);
                    jpeg[i + 6] = (byte) height;
                    jpeg[i + 7] = (byte) (width >> 8);
                    jpeg[i + 8] = (byte) width;
                    return jpeg;
                }
                i += 2 + length;
            }
            throw new IllegalStateException("no SOF marker in the JPEG");
        }

        private static void putInt(byte[] b, int at, long v) {
            b[at] = (byte) (v >> 24);
            b[at + 1] = (byte) (v >> 16);
            b[at + 2] = (byte) (v >> 8);
            b[at + 3] = (byte) v;
        }

        // REST

        /** A REST input: operation, Content-Type (null: none), body, expected status, code and field. */
        record RestInput(String op, String contentType, byte[] body, int status, String code, String field) {
        }

        /** Columns: id, op, Content-Type ({@code json}, {@code -} for none, or the value), body, status, code, field. */
        static RestInput restInput(Line line) {
            String ct = line.col(2);
            String contentType = ct.equals("-") ? null : ct.equals("json") ? "application/json" : ct;
            return new RestInput(line.col(1), contentType, expand(restBody(line.col(1), line.col(3)), StandardCharsets.UTF_8),
                    Integer.parseInt(line.col(4)), line.col(5), line.col(6));
        }

        /**
         * The body template: literal, or {@code @field=json;;@-field...} applied to the normal open-case body
         * ({@link HubDeployments#nguyenJson}): a string field replaced by the JSON source given, or added; {@code @-field} removed.
         */
        static String restBody(String op, String template) {
            if (!template.startsWith("@")) {
                return template;
            }
            if (!op.equals("open")) {
                throw new IllegalArgumentException("@ changes apply to the open-case body only: " + template);
            }
            String body = nguyenJson("CORPUS-REST");
            for (String change : template.split(";;")) {
                String c = change.substring(1);
                if (c.startsWith("-")) {
                    body = body.replaceFirst("\"" + Pattern.quote(c.substring(1)) + "\":\"[^\"]*\",?\\s*", "");
                    continue;
                }
                String field = c.substring(0, c.indexOf('='));
                String value = c.substring(c.indexOf('=') + 1);
                Matcher m = Pattern.compile("\"" + Pattern.quote(field) + "\":\"[^\"]*\"").matcher(body);
                body = m.find() ? body.substring(0, m.start()) + "\"" + field + "\":" + value + body.substring(m.end())
                        : body.substring(0, body.lastIndexOf('}')) + ",\"" + field + "\":" + value + "}";
            }
            return body;
        }

        // SOAP

        /** The OpenCase elements in the order of the WSDL, with the normal request's values. */
        private static final List<String> OPEN_CASE_ELEMENTS = List.of("surname", "givenNames", "hangulName", "nationality",
                "birthDate", "phone", "email", "product", "externalReference", "registrationNumber", "address", "idempotencyKey");

        /**
         * The OpenCase payload: the normal request ({@code WANG XIAOMING 왕샤오밍 CHN 1985-12-24 INSURANCE}) with
         * {@code element=xml;;-element;;address=xml} changes (values are XML content, as written; {@code address}
         * adds one address each time).
         */
        static String openCase(String changes) {
            Map<String, List<String>> values = new LinkedHashMap<>();
            OPEN_CASE_ELEMENTS.forEach(e -> values.put(e, new ArrayList<>()));
            values.get("surname").add("WANG");
            values.get("givenNames").add("XIAOMING");
            values.get("hangulName").add("왕샤오밍");
            values.get("nationality").add("CHN");
            values.get("birthDate").add("1985-12-24");
            values.get("product").add("INSURANCE");
            values.get("externalReference").add("SOAP-CORPUS");
            for (String change : changes.isEmpty() || changes.equals("=") ? new String[0] : changes.split(";;")) {
                if (change.startsWith("-")) {
                    values.get(element(change.substring(1))).clear();
                    continue;
                }
                String name = element(change.substring(0, change.indexOf('=')));
                String value = change.substring(change.indexOf('=') + 1);
                if (!name.equals("address")) {
                    values.get(name).clear();
                }
                values.get(name).add(value);
            }
            StringBuilder xml = new StringBuilder("<k:OpenCase xmlns:k=\"" + NS + "\">");
            values.forEach((name, list) -> list.forEach(v -> xml.append("<k:").append(name).append('>').append(v)
                    .append("</k:").append(name).append('>')));
            return xml.append("</k:OpenCase>").toString();
        }

        private static String element(String name) {
            if (!OPEN_CASE_ELEMENTS.contains(name)) {
                throw new IllegalArgumentException("no OpenCase element " + name);
            }
            return name;
        }

        static byte[] envelope(String payload) {
            return expand("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>" + payload
                    + "</soap:Body></soap:Envelope>", StandardCharsets.UTF_8);
        }

        static String action(String operation) {
            return NS + ":" + operation;
        }

        /** A SOAP input: the body template, its operation's action (null: none), the caller, the expected fault. */
        record SoapInput(String op, String template, String action, As who, boolean badToken, String code, String field,
                         int httpStatus) {

            boolean needsCase() {
                return template.contains("{{case}}");
            }

            byte[] body(String caseId) {
                String t = needsCase() ? template.replace("{{case}}", caseId) : template;
                return switch (op) {
                    case "raw" -> expand(t, StandardCharsets.UTF_8);
                    case "open" -> envelope(openCase(t));
                    case "status" -> envelope("<k:GetCaseStatus xmlns:k=\"" + NS + "\"><k:caseId>" + t + "</k:caseId></k:GetCaseStatus>");
                    case "screen" -> envelope("<k:ScreenName xmlns:k=\"" + NS + "\">" + t + "</k:ScreenName>");
                    case "upload" -> envelope("<k:UploadDocument xmlns:k=\"" + NS + "\">" + t + "</k:UploadDocument>");
                    default -> throw new IllegalArgumentException("unknown SOAP op " + op);
                };
            }
        }

        /**
         * Columns: id, op ({@code open}, {@code status}, {@code screen}, {@code upload}: the operation's payload;
         * {@code raw}: the whole HTTP body), SOAPAction ({@code -}: the operation's, none for raw; {@code none};
         * {@code noauth} / {@code badauth}: the operation's, without a token / with a bad one; else the value),
         * body, expected ({@code CODE}, {@code CODE/field} or {@code http:NNN}).
         */
        static SoapInput soapInput(Line line) {
            String op = line.col(1);
            String operation = switch (op) {
                case "open" -> "OpenCase";
                case "status" -> "GetCaseStatus";
                case "screen" -> "ScreenName";
                case "upload" -> "UploadDocument";
                default -> null;
            };
            String actionCol = line.col(2);
            As who = As.INSURER;
            boolean badToken = false;
            String action;
            switch (actionCol) {
                case "-" -> action = operation == null ? null : action(operation);
                case "none" -> action = null;
                case "noauth" -> {
                    action = action(operation);
                    who = null;
                }
                case "badauth" -> {
                    action = action(operation);
                    who = null;
                    badToken = true;
                }
                default -> action = actionCol;
            }
            String expect = line.col(4);
            if (expect.startsWith("http:")) {
                return new SoapInput(op, line.col(3), action, who, badToken, null, null, Integer.parseInt(expect.substring(5)));
            }
            String[] e = expect.split("/", 2);
            return new SoapInput(op, line.col(3), action, who, badToken, e[0], e.length > 1 ? e[1] : null, 0);
        }

        // batch

        /** A batch input: what to put in the inbox (file, dir, link, fifo), its name, its bytes, the reason code. */
        record BatchInput(String kind, String name, byte[] content, String reasonCode) {
        }

        /** Columns: id, kind, name ({@code auto} or a template), content (MS949 text and tokens), reason code. */
        static BatchInput batchInput(Line line) {
            String name = line.col(2).equals("auto") ? "KYC_CORPUS_" + line.id() + "_{{rand}}.dat" : line.col(2);
            name = new String(expand(name.replace("{{rand}}", Integer.toHexString(Math.floorMod(System.nanoTime(), 0x10000000)
                    | 0x10000000)), StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            return new BatchInput(line.col(1), name, expand(line.col(3), MS949), line.col(4));
        }

        // MQ

        /** An MQ input: the kind of JMS message, the record (bytes, or text as UTF-8), the expected code, whether on KYC.DLQ. */
        record MqInput(String kind, byte[] record, String code, boolean deadLetter) {
        }

        /**
         * Columns: id, kind ({@code bytes}, {@code text}, {@code textnull}, {@code object}, {@code map}, {@code stream},
         * {@code plain}), record ({@code kycreq:changes} for bytes, see {@link #kycreq}; else a template), expected
         * ({@code DLQ:CODE}: on KYC.DLQ with that reason and a refusal; {@code RC08:CODE}: a refusal only).
         */
        static MqInput mqInput(Line line) {
            String kind = line.col(1);
            String rec = line.col(2);
            byte[] record = rec.startsWith("kycreq:") ? kycreq("CIF-C-" + line.id(), rec.substring(7))
                    : expand(rec, kind.equals("bytes") ? EBCDIC : StandardCharsets.UTF_8);
            String[] e = line.col(3).split(":", 2);
            return new MqInput(kind, record, e[1], e[0].equals("DLQ"));
        }

        /** A KYCREQ field (copybooks/KYCREQ.cpy): offset, length, the normal request's value (REQ-SEQ: its packed bytes in hex). */
        private record Item(int offset, int length, String normal) {
        }

        private static final Map<String, Item> KYCREQ = new LinkedHashMap<>();

        static {
            // name, offset, length, the normal request's value
            for (String item : new String[] {"type 0 4 OPEN", "ref 4 20", "seq 24 5 000000001C", "surname 29 30 NGUYEN",
                    "given 59 30 VAN AN", "hangul 89 40", "nat 129 3 VNM", "birth 132 8 19940317", "product 140 10 ACCOUNT",
                    "regno 150 13", "residence 163 3", "filler 166 7"}) {
                String[] p = item.split(" ", 4);
                KYCREQ.put(p[0], new Item(Integer.parseInt(p[1]), Integer.parseInt(p[2]), p.length > 3 ? p[3] : ""));
            }
        }

        /**
         * A KYCREQ record (173 bytes, CCSID 933) of a normal OPEN request for customer {@code ref}, with
         * {@code field=template;;...} changes (the template in CCSID 933 with tokens, padded with EBCDIC spaces;
         * {@code seq} as hex of the 5 packed bytes), {@code len=N} (cut or padded to N bytes) and
         * {@code at=OFFSET:HEX} (bytes written over the record).
         */
        static byte[] kycreq(String ref, String changes) {
            Map<String, String> fields = new LinkedHashMap<>();
            KYCREQ.forEach((name, item) -> fields.put(name, item.normal()));
            fields.put("ref", ref.length() > 20 ? ref.substring(0, 20) : ref);
            List<String> after = new ArrayList<>();
            for (String change : changes.isEmpty() ? new String[0] : changes.split(";;")) {
                String name = change.substring(0, change.indexOf('='));
                if (KYCREQ.containsKey(name)) {
                    fields.put(name, change.substring(change.indexOf('=') + 1));
                } else {
                    after.add(change);
                }
            }
            byte[] record = new byte[173];
            Arrays.fill(record, (byte) 0x40);
            for (Map.Entry<String, String> field : fields.entrySet()) {
                Item at = KYCREQ.get(field.getKey());
                byte[] b = field.getKey().equals("seq") ? HexFormat.of().parseHex(field.getValue()) : expand(field.getValue(), EBCDIC);
                if (b.length > at.length()) {
                    throw new IllegalArgumentException("KYCREQ " + field.getKey() + " longer than " + at.length() + " bytes: " + field.getValue());
                }
                System.arraycopy(b, 0, record, at.offset(), b.length);
            }
            for (String change : after) {
                String value = change.substring(change.indexOf('=') + 1);
                if (change.startsWith("len=")) {
                    int n = Integer.parseInt(value);
                    byte[] resized = Arrays.copyOf(record, n);
                    if (n > record.length) {
                        Arrays.fill(resized, record.length, n, (byte) 0x40);
                    }
                    record = resized;
                } else if (change.startsWith("at=")) {
                    String[] p = value.split(":", 2);
                    byte[] b = HexFormat.of().parseHex(p[1]);
                    System.arraycopy(b, 0, record, Integer.parseInt(p[0]), b.length);
                } else {
                    throw new IllegalArgumentException("unknown KYCREQ change " + change);
                }
            }
            return record;
        }
    }
}
