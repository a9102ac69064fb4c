package org.ekyc.hub.routes.bootstrap;

import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.apache.cxf.transport.servlet.CXFNonSpringServlet;

/**
 * Serves the hub's SOAP endpoints under {@code /services/*} on the shared {@link HubCxf#bus()}:
 * Camel's {@code cxf:} consumers register relative addresses on that bus and this servlet
 * dispatches to them. WildFly's webservices subsystem is excluded for this deployment
 * (EAR META-INF/jboss-deployment-structure.xml), so CXF here is the one bundled with Camel. A GET is
 * only for the service's description ({@code ?wsdl}, {@code ?xsd=…}); any other is 405 at once, never
 * handed to an operation.
 */
public class HubCxfServlet extends CXFNonSpringServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void loadBus(ServletConfig servletConfig) {
        setBus(HubCxf.bus());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException {
        if (isDescription(request.getQueryString())) {
            super.doGet(request, response);
            return;
        }
        try {
            response.setHeader("Allow", "POST");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        } catch (IOException e) {
            throw new ServletException(e);
        }
    }

    /** A query asking for the WSDL or one of its schemas: {@code wsdl}, {@code wsdl=…}, {@code xsd=…}. */
    static boolean isDescription(String query) {
        if (query == null) {
            return false;
        }
        String q = query.toLowerCase(Locale.ROOT);
        return q.equals("wsdl") || q.startsWith("wsdl=") || q.startsWith("xsd=") || q.startsWith("wsdl&");
    }
}
