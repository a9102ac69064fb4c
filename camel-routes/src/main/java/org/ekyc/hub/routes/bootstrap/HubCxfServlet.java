package org.ekyc.hub.routes.bootstrap;

import jakarta.servlet.ServletConfig;
import org.apache.cxf.transport.servlet.CXFNonSpringServlet;

/**
 * Serves the hub's SOAP endpoints under {@code /services/*} on the shared {@link HubCxf#bus()}:
 * Camel's {@code cxf:} consumers register relative addresses on that bus and this servlet
 * dispatches to them. WildFly's webservices subsystem is excluded for this deployment
 * (EAR META-INF/jboss-deployment-structure.xml), so CXF here is the one bundled with Camel.
 */
public class HubCxfServlet extends CXFNonSpringServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void loadBus(ServletConfig servletConfig) {
        setBus(HubCxf.bus());
    }
}
