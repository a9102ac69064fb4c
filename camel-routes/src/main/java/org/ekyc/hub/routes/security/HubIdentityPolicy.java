package org.ekyc.hub.routes.security;

import org.apache.camel.CamelContext;
import org.apache.camel.NamedNode;
import org.apache.camel.Processor;
import org.apache.camel.Route;
import org.apache.camel.spi.Policy;

/**
 * A Camel {@link Policy} ({@code .policy(HubIdentityPolicy.in(getContext()))}) that runs the rest of a route
 * as the hub ({@link HubIdentity}): put on the routes a timer, the MQ listener, the batch inbox or the
 * sanctions list drop starts, never on a route an HTTP request reaches (those run as the caller who
 * authenticated). Without the identity bound (route tests outside the server) the route runs as the thread
 * does — in the server that is anonymous, which the engine's facades refuse: it fails closed.
 */
public final class HubIdentityPolicy implements Policy {

    /** The registry name routes refer to. */
    public static final String REF = "hubIdentity";

    private final HubIdentity identity;

    public HubIdentityPolicy(HubIdentity identity) {
        this.identity = identity;
    }

    /** The policy bound in {@code camel}'s registry, or one that adds no identity when none is. */
    public static Policy in(CamelContext camel) {
        HubIdentityPolicy bound = camel.getRegistry().lookupByNameAndType(REF, HubIdentityPolicy.class);
        return bound != null ? bound : new HubIdentityPolicy(null);
    }

    @Override
    public void beforeWrap(Route route, NamedNode definition) {
        // nothing to prepare
    }

    @Override
    public Processor wrap(Route route, Processor processor) {
        return identity == null ? processor : exchange -> identity.run(exchange, processor);
    }
}
