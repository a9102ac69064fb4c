package org.ekyc.hub.routes.bootstrap;

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.bus.CXFBusFactory;

/**
 * The one CXF {@link Bus} of the hub, shared by the {@link HubCxfServlet} (which receives SOAP
 * requests from Undertow) and the Camel {@code cxf:} endpoints (which register their services on
 * it). One bus per deployment: created lazily, shut down with the CamelContext.
 */
public final class HubCxf {

    private static Bus bus;

    private HubCxf() {
    }

    public static synchronized Bus bus() {
        if (bus == null) {
            Bus created = new CXFBusFactory().createBus();
            // Never become the JVM-wide default bus: WildFly's own JBossWS stack may use that.
            BusFactory.setThreadDefaultBus(null);
            // XML hardening beyond CXF's defaults (which already refuse DOCTYPE, hence XXE and
            // entity bombs): bound the size of what a SOAP request may make us parse.
            created.setProperty("org.apache.cxf.stax.maxElementCount", 20_000);
            created.setProperty("org.apache.cxf.stax.maxXMLCharacters", 10_000_000L);
            created.setProperty("org.apache.cxf.stax.maxElementDepth", 50);
            bus = created;
        }
        return bus;
    }

    static synchronized void shutdown() {
        if (bus != null) {
            bus.shutdown(true);
            bus = null;
        }
    }
}
