package org.ekyc.sim.immigration;

import jakarta.jws.WebService;
import java.time.LocalDate;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import org.apache.cxf.interceptor.InInterceptors;
import org.ekyc.sim.admin.SimulatorFaults;
import org.ekyc.sim.immigration.SyntheticImmigrationRegistry.Answer;
import org.ekyc.sim.immigration.wsdl.CheckStayStatus;
import org.ekyc.sim.immigration.wsdl.CheckStayStatusResponse;
import org.ekyc.sim.immigration.wsdl.StayStatusPort;
import org.ekyc.sim.wss.ImmigrationSecurity;
import org.jboss.logging.Logger;

/**
 * The simulated immigration registry's SOAP endpoint (WildFly's own JAX-WS stack), at
 * {@code /registry-sim/immigration/stay-status}. Faults are switched with
 * {@code PUT /registry-sim/admin/faults/immigration?mode=DOWN|SLOW|GARBLED|OK}; a surname of
 * {@code SIMFAULT} always gets a SOAP fault, so an outage can be rehearsed for one applicant.
 * Like the real registry it answers only requests carrying WS-Security (UsernameToken with
 * PasswordDigest, Nonce and Created, and a Timestamp), checked by WSS4J before this class sees the
 * request: {@link ImmigrationSecurity}.
 */
@WebService(serviceName = "StayStatusService", portName = "StayStatusPort",
        targetNamespace = "urn:ekyc-hub:peer:immigration:stay-status:v1",
        endpointInterface = "org.ekyc.sim.immigration.wsdl.StayStatusPort",
        wsdlLocation = "WEB-INF/classes/wsdl/immigration-stay-status.wsdl")
@InInterceptors(classes = ImmigrationSecurity.class)
public class StayStatusSimulator implements StayStatusPort {

    private static final Logger LOG = Logger.getLogger(StayStatusSimulator.class);
    private static final SyntheticImmigrationRegistry REGISTRY = SyntheticImmigrationRegistry.load();

    @Override
    public CheckStayStatusResponse checkStayStatus(CheckStayStatus request) {
        SimulatorFaults.Fault fault = SimulatorFaults.of("immigration");
        if (fault.mode() == SimulatorFaults.Mode.DOWN || "SIMFAULT".equalsIgnoreCase(request.getSurname())) {
            throw new IllegalStateException("simulated registry outage");
        }
        if (fault.mode() == SimulatorFaults.Mode.SLOW) {
            try {
                Thread.sleep(fault.delayMs());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (fault.mode() == SimulatorFaults.Mode.GARBLED) {
            CheckStayStatusResponse garbled = new CheckStayStatusResponse();
            garbled.setResultCode("Z?");
            return garbled;
        }
        LocalDate birthDate = request.getBirthDate() == null ? null
                : LocalDate.of(request.getBirthDate().getYear(), request.getBirthDate().getMonth(),
                        request.getBirthDate().getDay());
        Answer answer = REGISTRY.check(request.getRegistrationNumber(), request.getSurname(), birthDate,
                request.getNationality(), LocalDate.now());
        LOG.infof("stay-status check answered %s", answer.resultCode());
        CheckStayStatusResponse response = new CheckStayStatusResponse();
        response.setResultCode(answer.resultCode());
        response.setStayStatusCode(answer.stayStatusCode());
        response.setCardStatus(answer.cardStatus());
        if (answer.stayExpiry() != null) {
            try {
                LocalDate d = answer.stayExpiry();
                response.setStayExpiryDate(DatatypeFactory.newInstance().newXMLGregorianCalendarDate(
                        d.getYear(), d.getMonthValue(), d.getDayOfMonth(), DatatypeConstants.FIELD_UNDEFINED));
            } catch (DatatypeConfigurationException e) {
                throw new IllegalStateException(e);
            }
        }
        return response;
    }
}
