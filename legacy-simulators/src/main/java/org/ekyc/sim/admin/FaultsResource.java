package org.ekyc.sim.admin;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Switches a simulated peer's fault: {@code PUT /registry-sim/admin/faults/immigration?mode=DOWN}
 * (peers immigration, telecom, credit; modes OK, DOWN, SLOW with {@code delayMs}, GARBLED, and for the
 * TCP peers also ERROR, TRUNCATED, DROP); {@code GET /registry-sim/admin/faults} lists them.
 */
@Path("/faults")
public class FaultsResource {

    private static final Logger LOG = Logger.getLogger(FaultsResource.class);

    /** The simulators' admin API lives under /admin. */
    @ApplicationPath("/admin")
    public static class AdminApplication extends Application {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, SimulatorFaults.Fault> list() {
        return SimulatorFaults.all();
    }

    @PUT
    @Path("/{peer}")
    @Produces(MediaType.TEXT_PLAIN)
    public Response set(@PathParam("peer") String peer, @QueryParam("mode") String mode,
                        @QueryParam("delayMs") @DefaultValue("10000") long delayMs) {
        SimulatorFaults.Mode m;
        try {
            m = SimulatorFaults.Mode.valueOf(mode == null ? "" : mode.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Response.status(400).entity("mode must be one of OK, DOWN, SLOW, GARBLED, ERROR, TRUNCATED, DROP\n").build();
        }
        SimulatorFaults.set(peer, new SimulatorFaults.Fault(m, delayMs));
        LOG.infof("simulated peer %s now %s", peer, m);
        return Response.ok(peer + " " + m + "\n").build();
    }
}
