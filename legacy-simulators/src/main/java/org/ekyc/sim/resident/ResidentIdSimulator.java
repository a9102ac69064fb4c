package org.ekyc.sim.resident;

import jakarta.jws.WebService;
import java.time.LocalDate;
import org.apache.cxf.interceptor.InInterceptors;
import org.ekyc.sim.admin.SimulatorFaults;
import org.ekyc.sim.resident.wsdl.RegistryFault;
import org.ekyc.sim.resident.wsdl.RegistryFault_Exception;
import org.ekyc.sim.resident.wsdl.ResidentIdPort;
import org.ekyc.sim.resident.wsdl.VerifyResidentId;
import org.ekyc.sim.resident.wsdl.VerifyResidentIdResponse;
import org.ekyc.sim.wss.ResidentSecurity;
import org.jboss.logging.Logger;

/**
 * The simulated resident registry's SOAP endpoint (WildFly's JAX-WS stack) at
 * {@code /registry-sim/resident/id-authenticity}. Faults: {@code PUT /registry-sim/admin/faults/resident?mode=
 * DOWN|SLOW|GARBLED|CREDENTIALS_ROTATED|OK}; DOWN answers with the contract's RegistryFault
 * (SYSTEM_UNAVAILABLE), GARBLED with a result code the contract does not know. A name of
 * {@code SIMFAULT} always gets the fault. WS-Security is checked by WSS4J first ({@link ResidentSecurity}).
 */
@WebService(serviceName = "ResidentIdAuthenticityService", portName = "ResidentIdPort",
        targetNamespace = "urn:ekyc-hub:peer:resident:id-authenticity:v1",
        endpointInterface = "org.ekyc.sim.resident.wsdl.ResidentIdPort",
        wsdlLocation = "WEB-INF/classes/wsdl/resident-id-authenticity.wsdl")
@InInterceptors(classes = ResidentSecurity.class)
public class ResidentIdSimulator implements ResidentIdPort {

    private static final Logger LOG = Logger.getLogger(ResidentIdSimulator.class);
    private static final SyntheticResidentRegistry REGISTRY = SyntheticResidentRegistry.load();

    @Override
    public VerifyResidentIdResponse verifyResidentId(VerifyResidentId request) throws RegistryFault_Exception {
        SimulatorFaults.Fault fault = SimulatorFaults.of("resident");
        if (fault.mode() == SimulatorFaults.Mode.DOWN || "SIMFAULT".equalsIgnoreCase(request.getName())) {
            RegistryFault info = new RegistryFault();
            info.setCode("SYSTEM_UNAVAILABLE");
            info.setMessage("simulated registry outage");
            throw new RegistryFault_Exception("simulated registry outage", info);
        }
        if (fault.mode() == SimulatorFaults.Mode.SLOW) {
            try {
                Thread.sleep(fault.delayMs());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        VerifyResidentIdResponse response = new VerifyResidentIdResponse();
        if (fault.mode() == SimulatorFaults.Mode.GARBLED) {
            response.setResultCode("Z?");
            return response;
        }
        LocalDate issue = request.getIssueDate() == null ? null
                : LocalDate.of(request.getIssueDate().getYear(), request.getIssueDate().getMonth(),
                        request.getIssueDate().getDay());
        response.setResultCode(REGISTRY.check(request.getName(), request.getResidentNumber(), issue));
        LOG.infof("resident ID authenticity answered %s", response.getResultCode());
        return response;
    }
}
