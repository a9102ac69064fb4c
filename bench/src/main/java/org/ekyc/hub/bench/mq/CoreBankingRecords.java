package org.ekyc.hub.bench.mq;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.HexFormat;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * What the bench drivers need to talk to the hub as core banking does: a connection factory for the
 * hub's embedded broker (HTTP upgrade on port 8080), KYCREQ records (copybooks/KYCREQ.cpy, EBCDIC
 * CCSID 933, REQ-SEQ packed) and the items of a KYCRSP reply (copybooks/KYCRSP.cpy offsets).
 */
public final class CoreBankingRecords {

    public static final Charset EBCDIC = Charset.forName("x-IBM933");

    /**
     * Core banking's MQ bridge user the build creates (wildfly-config, role kyc-bridge: send KYC.REQUEST,
     * consume KYC.REPLY only); override with system properties.
     */
    public static final String USER = System.getProperty("user.name.jms", "kyc-corebanking-bridge");
    public static final String PASSWORD = System.getProperty("password.jms", "dev-only-Bridge-2026");

    private CoreBankingRecords() {
    }

    /** A factory for the hub's broker on localhost:8080. */
    public static ActiveMQConnectionFactory connectionFactory() {
        ActiveMQConnectionFactory cf = new ActiveMQConnectionFactory(
                "tcp://localhost:8080?httpUpgradeEnabled=true&httpUpgradeEndpoint=http-acceptor");
        cf.setEnable1xPrefixes(true);
        return cf;
    }

    /** An OPEN request (173 bytes) of WANG XIAOMING, CHN, 1985-12-24, ACCOUNT, under {@code ref} and {@code seq}. */
    public static byte[] kycreq(String ref, int seq) {
        ByteArrayOutputStream r = new ByteArrayOutputStream();
        r.writeBytes(text("OPEN", 4));
        r.writeBytes(text(ref, 20));
        r.writeBytes(HexFormat.of().parseHex(String.format("%09dC", seq)));
        r.writeBytes(text("WANG", 30));
        r.writeBytes(text("XIAOMING", 30));
        r.writeBytes(text("", 40));
        r.writeBytes(text("CHN", 3));
        r.writeBytes(text("19851224", 8));
        r.writeBytes(text("ACCOUNT", 10));
        r.writeBytes(text("", 23));
        return r.toByteArray();
    }

    /** A PIC X(n) item: the text in CCSID 933, cut or padded with EBCDIC spaces. */
    public static byte[] text(String s, int n) {
        byte[] b = s.getBytes(EBCDIC);
        byte[] out = new byte[n];
        Arrays.fill(out, (byte) 0x40);
        System.arraycopy(b, 0, out, 0, Math.min(b.length, n));
        return out;
    }

    /** The items of a KYCRSP record that say which request it answers and what the answer is. */
    public record Reply(String customerRef, int seq, String caseId, String status, String returnCode,
                        String reason, String check) {

        public static Reply of(byte[] r) {
            String packed = HexFormat.of().formatHex(r, 24, 29);
            return new Reply(item(r, 4, 24), Integer.parseInt(packed.substring(0, 9)), item(r, 29, 65),
                    item(r, 65, 75), item(r, 75, 77), item(r, 77, 107), item(r, 107, 119));
        }

        private static String item(byte[] r, int from, int to) {
            return new String(r, from, to - from, EBCDIC).trim();
        }
    }
}
