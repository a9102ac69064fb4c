package org.ekyc.sim.corebanking;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the simulated core banking did for a case, for tests and demos:
 * {@code GET /registry-sim/admin/corebanking/accounts/{caseId}} gives the number of ACCTOPEN orders
 * received and the (synthetic) account opened, if any.
 */
@Path("/corebanking")
public class CoreBankingResource {

    @GET
    @Path("/accounts/{caseId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> account(@PathParam("caseId") String caseId) {
        Map<String, Object> out = new LinkedHashMap<>();
        SyntheticCoreBanking.Account a = SyntheticCoreBanking.account(caseId);
        out.put("caseId", caseId);
        out.put("orders", SyntheticCoreBanking.orders(caseId));
        out.put("accountNumber", a == null ? null : a.number());
        out.put("openedDate", a == null ? null : a.opened().toString());
        return out;
    }
}
