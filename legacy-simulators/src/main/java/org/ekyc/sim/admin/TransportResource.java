package org.ekyc.sim.admin;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * {@code GET /registry-sim/admin/transport}: per simulated SOAP peer, the scheme of the last request and
 * whether it came over TLS ({@link Transports}). A test peer's read-out, like the fault switches.
 */
@Path("/transport")
public class TransportResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Transports.Seen> list() {
        return Transports.all();
    }
}
