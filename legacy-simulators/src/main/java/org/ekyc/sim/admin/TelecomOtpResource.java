package org.ekyc.sim.admin;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ekyc.sim.telegram.TelegramPeers;

/**
 * What a synthetic subscriber's phone received: {@code GET /registry-sim/admin/telecom/otp/01055550001}
 * returns the last OTP the simulated carrier sent to it (404 when none). Synthetic phones only: the
 * simulator has no other.
 */
@Path("/telecom/otp")
public class TelecomOtpResource {

    @GET
    @Path("/{phone}")
    @Produces(MediaType.TEXT_PLAIN)
    public Response lastOtp(@PathParam("phone") String phone) {
        String otp = TelegramPeers.carrier() == null ? null : TelegramPeers.carrier().lastOtp(phone);
        return otp == null ? Response.status(404).entity("no OTP sent to " + phone + "\n").build()
                : Response.ok(otp).build();
    }
}
