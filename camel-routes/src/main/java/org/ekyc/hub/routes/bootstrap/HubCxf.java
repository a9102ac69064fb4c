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

    /**
     * Most characters one SOAP request may make us parse: room for an {@code UploadDocument} with
     * an inline Base64 image of {@code DocumentCheckService.MAX_IMAGE_BYTES} (15 MiB is about 21 M
     * characters with line breaks), so an oversized photo is refused by the document engine with its
     * typed IMAGE_TOO_LARGE, not half-way by the parser. Equal to the HTTP listener's default
     * max-post-size (wildfly-config 40-web.cli), which refuses larger bodies before parsing; an
     * MTOM attachment does not count against it.
     */
    static final long MAX_XML_CHARACTERS = 26_214_400L;

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
            created.setProperty("org.apache.cxf.stax.maxXMLCharacters", MAX_XML_CHARACTERS);
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
