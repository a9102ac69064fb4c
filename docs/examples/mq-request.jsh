// Sends one KYCREQ record (EBCDIC CCSID 037) to KYC.REQUEST as core banking would, and prints the
// KYCRSP reply from KYC.REPLY. Layout: docs/layouts/mq-kycreq.md. Run with the hub started:
//   jshell --class-path wildfly-config/target/wildfly-39.0.1.Final/bin/client/jboss-client.jar docs/examples/mq-request.jsh
// The user is the build's development-only JMS partner (docs/configuration.md).
import jakarta.jms.*;
import javax.naming.*;
import java.nio.charset.Charset;
import java.util.Properties;

var env = new Properties();
env.put(Context.INITIAL_CONTEXT_FACTORY, "org.wildfly.naming.client.WildFlyInitialContextFactory");
env.put(Context.PROVIDER_URL, "http-remoting://localhost:8080");
env.put(Context.SECURITY_PRINCIPAL, System.getProperty("user", "kyc-partner"));
env.put(Context.SECURITY_CREDENTIALS, System.getProperty("password", "dev-only-Partner-2026"));
var jndi = new InitialContext(env);
var cf = (ConnectionFactory) jndi.lookup("jms/RemoteConnectionFactory");
var requests = (Queue) jndi.lookup("jms/queue/KYC.REQUEST");
var replies = (Queue) jndi.lookup("jms/queue/KYC.REPLY");
var ebcdic = Charset.forName("IBM037");

String pad(String s, int n) { return String.format("%-" + n + "s", s); }
var record = pad("OPEN", 4) + pad("CIF0000012345", 20) + pad("WANG", 30) + pad("XIAOMING", 30)
        + "CHN" + "19851224" + pad("ACCOUNT", 10) + pad("", 13);

try (var ctx = cf.createContext((String) env.get(Context.SECURITY_PRINCIPAL), (String) env.get(Context.SECURITY_CREDENTIALS))) {
    var message = ctx.createBytesMessage();
    message.writeBytes(record.getBytes(ebcdic));
    var correlation = "JSH-" + System.currentTimeMillis();
    message.setJMSCorrelationID(correlation);
    message.setJMSReplyTo(replies);
    ctx.createProducer().send(requests, message);
    System.out.println("sent KYCREQ (" + record.length() + " bytes), correlation " + correlation);
    var reply = (BytesMessage) ctx.createConsumer(replies, "JMSCorrelationID = '" + correlation + "'").receive(30_000);
    if (reply == null) {
        System.out.println("no reply within 30 s");
    } else {
        var bytes = new byte[(int) reply.getBodyLength()];
        reply.readBytes(bytes);
        var text = new String(bytes, ebcdic);
        System.out.println("KYCRSP: case " + text.substring(24, 60) + " status " + text.substring(60, 70).trim()
                + " rc " + text.substring(70, 72) + " reason " + text.substring(72, 102).trim()
                + " immigration " + text.substring(102).trim());
    }
}
/exit
