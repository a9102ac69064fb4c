package org.ekyc.hub.routes.peer;

import java.util.Properties;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

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

    /** A context with only these settings: key, value, key, value, … */
    public static DefaultCamelContext withSettings(String... keysAndValues) {
        Properties p = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            p.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        DefaultCamelContext camel = new DefaultCamelContext();
        camel.getPropertiesComponent().setInitialProperties(p);
        return camel;
    }
}
