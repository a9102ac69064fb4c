package org.ekyc.hub.routes.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.ekyc.hub.verification.api.Roles;
import org.ekyc.hub.verification.api.capture.CaptureScope;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * The customer's identity for the capture flow: a customer has no account at the identity provider, and
 * proves their session with a capture token instead, which the channel checks first
 * ({@code channel.rest.CaptureAccess}). The engine's facades then see principal {@code customer} with role
 * {@value Roles#CUSTOMER} (EJB run-as), scoped to the one case of the token ({@link CaptureScope}): a
 * customer sees that case and no other. A bean of this WAR, not exported; it starts no transaction.
 */
@Stateless
@PermitAll
@RunAs(Roles.CUSTOMER)
@RunAsPrincipal("customer")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CustomerIdentity {

    /** {@code work} on {@code exchange} as the customer of case {@code caseId}. */
    public void run(String caseId, Exchange exchange, Processor work) throws Exception {
        CaptureScope.call(caseId, () -> {
            work.process(exchange);
            return null;
        });
    }

    /** {@code work} as a customer whose case is not known yet (checking a token or a hand-off code). */
    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
