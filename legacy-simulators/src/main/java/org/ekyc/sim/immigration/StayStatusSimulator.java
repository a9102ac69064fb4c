package org.ekyc.sim.immigration;

import jakarta.jws.WebService;
import java.time.LocalDate;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import org.ekyc.sim.immigration.SyntheticImmigrationRegistry.Answer;
import org.ekyc.sim.immigration.wsdl.CheckStayStatus;
import org.ekyc.sim.immigration.wsdl.CheckStayStatusResponse;
import org.ekyc.sim.immigration.wsdl.StayStatusPort;
import org.jboss.logging.Logger;

/**
 * The simulated immigration registry's SOAP endpoint (WildFly's own JAX-WS stack), at
 * {@code /registry-sim/immigration/stay-status}. A surname of {@code SIMFAULT} makes it answer
 * with a SOAP fault, so outages can be rehearsed.
 */
@WebService(serviceName = "StayStatusService", portName = "StayStatusPort",
        targetNamespace = "urn:ekyc-hub:peer:immigration:stay-status:v1",
        endpointInterface = "org.ekyc.sim.immigration.wsdl.StayStatusPort",
        wsdlLocation = "WEB-INF/classes/wsdl/immigration-stay-status.wsdl")
public class StayStatusSimulator implements StayStatusPort {

    private static final Logger LOG = Logger.getLogger(StayStatusSimulator.class);
    private static final SyntheticImmigrationRegistry REGISTRY = SyntheticImmigrationRegistry.load();

    @Override
    public CheckStayStatusResponse checkStayStatus(CheckStayStatus request) {
        if ("SIMFAULT".equalsIgnoreCase(request.getSurname())) {
            throw new IllegalStateException("simulated registry outage");
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
