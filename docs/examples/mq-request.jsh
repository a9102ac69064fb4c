// Sends one KYCREQ record (EBCDIC CCSID 933) to KYC.REQUEST as core banking would, and prints the
// KYCRSP reply from KYC.REPLY. Layout: docs/layouts/mq-kycreq.md. Run with the hub started:
//   jshell --class-path wildfly-config/target/wildfly-39.0.1.Final/bin/client/jboss-client.jar docs/examples/mq-request.jsh
// The user is the build's development-only core-banking bridge (send KYC.REQUEST, read KYC.REPLY;
// docs/configuration.md, JMS users).
// Ask the KYC status of the same customer afterwards (REQ-TYPE STAT; its latest case, or RETURN-CODE 04):
//   jshell -R-Dtype=STAT --class-path wildfly-config/target/wildfly-39.0.1.Final/bin/client/jboss-client.jar docs/examples/mq-request.jsh
import jakarta.jms.*;
import javax.naming.*;
import java.nio.charset.Charset;
import java.util.Properties;

var env = new Properties();
env.put(Context.INITIAL_CONTEXT_FACTORY, "org.wildfly.naming.client.WildFlyInitialContextFactory");
env.put(Context.PROVIDER_URL, "http-remoting://localhost:8080");
env.put(Context.SECURITY_PRINCIPAL, System.getProperty("user", "kyc-corebanking-bridge"));
env.put(Context.SECURITY_CREDENTIALS, System.getProperty("password", "dev-only-Bridge-2026"));
var jndi = new InitialContext(env);
var cf = (ConnectionFactory) jndi.lookup("jms/RemoteConnectionFactory");
var requests = (jakarta.jms.Queue) jndi.lookup("jms/queue/KYC.REQUEST");
var replies = (jakarta.jms.Queue) jndi.lookup("jms/queue/KYC.REPLY");
var ebcdic = Charset.forName("x-IBM933");   // kyc.mq.ccsid: EBCDIC CCSID 933 (Korean)

// KYCREQ (peer-contracts/src/main/resources/copybooks/KYCREQ.cpy), 173 bytes
byte[] text(String s, int n) {
    var b = s.getBytes(ebcdic);
    var out = new byte[n];
    java.util.Arrays.fill(out, (byte) 0x40);
    System.arraycopy(b, 0, out, 0, b.length);
    return out;
}
var r = new java.io.ByteArrayOutputStream();
var status = "STAT".equals(System.getProperty("type"));  // STAT: the applicant fields are not read
r.writeBytes(text(status ? "STAT" : "OPEN", 4));
r.writeBytes(text("CIF0000012345", 20));
r.writeBytes(java.util.HexFormat.of().parseHex(String.format("%09dC", System.currentTimeMillis() % 1_000_000_000L))); // REQ-SEQ S9(9) COMP-3
r.writeBytes(text(status ? "" : "WANG", 30));
r.writeBytes(text(status ? "" : "XIAOMING", 30));
r.writeBytes(text(status ? "" : "왕샤오밍", 40)); // Hangul as double-byte between SO (0E) and SI (0F)
r.writeBytes(text(status ? "" : "CHN", 3));
r.writeBytes(text(status ? "00000000" : "19851224", 8)); // PIC 9(8), zoned (a COBOL INITIALIZE gives zeros)
r.writeBytes(text(status ? "" : "ACCOUNT", 10));
r.writeBytes(text("", 13));
r.writeBytes(text("", 10));
var record = r.toByteArray();

try (var ctx = cf.createContext((String) env.get(Context.SECURITY_PRINCIPAL), (String) env.get(Context.SECURITY_CREDENTIALS))) {
    var message = ctx.createBytesMessage();
    message.writeBytes(record);
    var correlation = "JSH-" + System.currentTimeMillis();
    message.setJMSCorrelationID(correlation);
    message.setJMSReplyTo(replies);
    ctx.createProducer().send(requests, message);
    System.out.println("sent KYCREQ (" + record.length + " bytes), correlation " + correlation);
    var reply = (BytesMessage) ctx.createConsumer(replies, "JMSCorrelationID = '" + correlation + "'").receive(30_000);
    if (reply == null) {
        System.out.println("no reply within 30 s");
    } else {
        var bytes = new byte[(int) reply.getBodyLength()];
        reply.readBytes(bytes);
        // KYCRSP (copybooks/KYCRSP.cpy): CASE-ID at 29, STATUS 65, RETURN-CODE 75, REASON 77, IMMIGRATION 107
        java.util.function.BiFunction<Integer, Integer, String> at = (from, to) -> new String(bytes, from, to - from, ebcdic).trim();
        System.out.println("KYCRSP (" + bytes.length + " bytes): case " + at.apply(29, 65) + " status " + at.apply(65, 75)
                + " rc " + at.apply(75, 77) + " reason " + at.apply(77, 107) + " immigration " + at.apply(107, 119));
    }
}
/exit
