package org.ekyc.sim.tax;

import jakarta.jws.WebService;
import org.apache.cxf.interceptor.InInterceptors;
import org.ekyc.sim.admin.SimulatorFaults;
import org.ekyc.sim.tax.SyntheticTaxAuthority.Answer;
import org.ekyc.sim.tax.wsdl.AuthorityFault;
import org.ekyc.sim.tax.wsdl.AuthorityFault_Exception;
import org.ekyc.sim.tax.wsdl.GetIncomeStatus;
import org.ekyc.sim.tax.wsdl.GetIncomeStatusResponse;
import org.ekyc.sim.tax.wsdl.IncomeStatusPort;
import org.ekyc.sim.wss.TaxSecurity;
import org.jboss.logging.Logger;

/**
 * The simulated tax authority's SOAP endpoint (WildFly's JAX-WS stack) at
 * {@code /registry-sim/tax/income-status}. Faults: {@code PUT /registry-sim/admin/faults/tax?mode=
 * DOWN|SLOW|GARBLED|CREDENTIALS_ROTATED|OK}; DOWN answers with the contract's AuthorityFault, GARBLED
 * with a found taxpayer but no status or band. A name of {@code SIMFAULT} always gets the fault.
 * WS-Security is checked by WSS4J first ({@link TaxSecurity}).
 */
@WebService(serviceName = "IncomeStatusService", portName = "IncomeStatusPort",
        targetNamespace = "urn:ekyc-hub:peer:tax:income-status:v1",
        endpointInterface = "org.ekyc.sim.tax.wsdl.IncomeStatusPort",
        wsdlLocation = "WEB-INF/classes/wsdl/tax-income-status.wsdl")
@InInterceptors(classes = TaxSecurity.class)
public class IncomeStatusSimulator implements IncomeStatusPort {

    private static final Logger LOG = Logger.getLogger(IncomeStatusSimulator.class);
    private static final SyntheticTaxAuthority AUTHORITY = SyntheticTaxAuthority.load();

    @Override
    public GetIncomeStatusResponse getIncomeStatus(GetIncomeStatus request) throws AuthorityFault_Exception {
        SimulatorFaults.Fault fault = SimulatorFaults.of("tax");
        if (fault.mode() == SimulatorFaults.Mode.DOWN || "SIMFAULT".equalsIgnoreCase(request.getName())) {
            AuthorityFault info = new AuthorityFault();
            info.setCode("SYSTEM_UNAVAILABLE");
            info.setMessage("simulated tax authority outage");
            throw new AuthorityFault_Exception("simulated tax authority outage", info);
        }
        if (fault.mode() == SimulatorFaults.Mode.SLOW) {
            try {
                Thread.sleep(fault.delayMs());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        GetIncomeStatusResponse response = new GetIncomeStatusResponse();
        if (fault.mode() == SimulatorFaults.Mode.GARBLED) {
            response.setResultCode("00");
            response.setTaxpayerType("PERSON");
            return response;
        }
        Answer a = AUTHORITY.check(request.getRegistrationNumber(), request.getName(), request.getTaxYear());
        response.setResultCode(a.resultCode());
        response.setTaxpayerType(a.taxpayerType());
        response.setStatusCode(a.statusCode());
        response.setIncomeBand(a.incomeBand());
        response.setTaxYear(a.taxYear());
        LOG.infof("income status answered %s %s", a.resultCode(), a.statusCode());
        return response;
    }
}
