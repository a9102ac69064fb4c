package org.ekyc.hub.adapter.corebanking.ibmmq;

import java.util.function.Function;

/**
 * How the hub reaches core banking's IBM MQ queue manager as a client (properties
 * {@code kyc.ibmmq.*}, environment {@code KYC_IBMMQ_*}; docs/configuration.md).
 *
 * @param host         queue manager host
 * @param port         listener port (1414 by convention)
 * @param channel      server-connection channel, e.g. {@code KYC.SVRCONN}
 * @param queueManager queue manager name
 * @param ccsid        coded character set of the connection (e.g. 933 Korean EBCDIC, 1208 UTF-8)
 * @param cipherSuite  TLS cipher suite (JSSE name), or null for no TLS
 * @param user         user for MQCSP authentication, or null
 * @param password     its password, or null
 * @param nonJmsTarget true: messages go to COBOL programs as plain MQ messages (no RFH2 JMS header)
 */
public record IbmMqSettings(String host, int port, String channel, String queueManager, int ccsid,
                            String cipherSuite, String user, String password, boolean nonJmsTarget) {

    public IbmMqSettings {
        host = required(host, "kyc.ibmmq.host");
        channel = required(channel, "kyc.ibmmq.channel");
        queueManager = required(queueManager, "kyc.ibmmq.queue-manager");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("kyc.ibmmq.port must be 1..65535, was " + port);
        }
        if (ccsid < 1 || ccsid > 65_535) {
            throw new IllegalArgumentException("kyc.ibmmq.ccsid must be a CCSID number, was " + ccsid);
        }
        cipherSuite = blankToNull(cipherSuite);
        user = blankToNull(user);
        password = blankToNull(password);
        if ((user == null) != (password == null)) {
            throw new IllegalArgumentException("kyc.ibmmq.user and kyc.ibmmq.password go together");
        }
    }

    /** Reads the settings through a property lookup (Camel's placeholders, system properties, …). */
    public static IbmMqSettings from(Function<String, String> lookup) {
        return new IbmMqSettings(lookup.apply("kyc.ibmmq.host"),
                number(lookup, "kyc.ibmmq.port", 1414),
                lookup.apply("kyc.ibmmq.channel"),
                lookup.apply("kyc.ibmmq.queue-manager"),
                number(lookup, "kyc.ibmmq.ccsid", 933),
                lookup.apply("kyc.ibmmq.cipher-suite"),
                lookup.apply("kyc.ibmmq.user"),
                lookup.apply("kyc.ibmmq.password"),
                !"false".equalsIgnoreCase(lookup.apply("kyc.ibmmq.non-jms-target")));
    }

    private static int number(Function<String, String> lookup, String key, int dflt) {
        String v = blankToNull(lookup.apply(key));
        try {
            return v == null ? dflt : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, was '" + v + "'");
        }
    }

    private static String required(String v, String key) {
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(key + " is required when kyc.jms.provider=ibmmq");
        }
        return v.trim();
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.trim();
    }

    @Override
    public String toString() {
        return "IbmMqSettings[" + host + ":" + port + " channel=" + channel + " qmgr=" + queueManager + " ccsid=" + ccsid
                + " tls=" + (cipherSuite != null) + " user=" + user + " nonJmsTarget=" + nonJmsTarget + "]";
    }
}
