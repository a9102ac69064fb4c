package org.ekyc.hub.routes.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.ekyc.hub.verification.api.Roles;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * The hub's own identity for the work nobody called for over HTTP: background jobs (retries, purge,
 * sweep, list updates, account opening) and the MQ and batch channels, whose senders the broker and
 * the inbox authenticate. The engine's facades see principal {@value Roles#HUB_PRINCIPAL} with role
 * {@value Roles#HUB} (EJB run-as), so they refuse anonymous callers and still serve these routes.
 * Reached only through {@link HubIdentityPolicy} on the routes that start such work (a bean of this WAR,
 * not exported); it starts no transaction, the engine's facades keep theirs.
 */
@Stateless
@PermitAll
@RunAs(Roles.HUB)
@RunAsPrincipal(Roles.HUB_PRINCIPAL)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HubIdentity {

    /** Runs {@code work} on {@code exchange} with the hub's identity for every engine call it makes. */
    public void run(Exchange exchange, Processor work) throws Exception {
        work.process(exchange);
    }
}
