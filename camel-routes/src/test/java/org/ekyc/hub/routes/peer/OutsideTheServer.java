package org.ekyc.hub.routes.peer;

import java.util.Properties;
import org.apache.camel.CamelContext;

/** Settings for route tests run outside the server, on the shipped kyc-hub.properties. */
public final class OutsideTheServer {

    private OutsideTheServer() {
    }

    /**
     * The peers are https by default, trusting the truststore provisioned in the server's configuration
     * directory; outside the server, the JDK's trust ({@code kyc.tls.truststore} empty) instead.
     */
    public static void trustTheJdk(CamelContext context) {
        Properties jdkTrust = new Properties();
        jdkTrust.setProperty("kyc.tls.truststore", "");
        context.getPropertiesComponent().setOverrideProperties(jdkTrust);
    }
}
