package org.ekyc.sim.wss;

import org.ekyc.sim.admin.SimulatorFaults;
import org.jboss.logging.Logger;

/**
 * The immigration registry's WS-Security, attached to its endpoint with CXF's {@code @InInterceptors}
 * (which needs a public no-argument constructor). The accepted credentials are
 * {@link PeerCredentials#of(String) configured} ({@code SIM_IMMIGRATION_WSS_USER} /
 * {@code SIM_IMMIGRATION_WSS_PASSWORD}); the fault mode {@code CREDENTIALS_ROTATED} makes the registry
 * expect a password the hub does not have, as after a rotation the hub missed.
 */
public class ImmigrationSecurity extends UsernameTokenSecurity {

    static final String PEER = "immigration";
    private static final Logger LOG = Logger.getLogger(ImmigrationSecurity.class);
    private static final PeerCredentials CONFIGURED = PeerCredentials.of(PEER);

    static {
        LOG.infof("immigration registry simulator accepts WS-Security user '%s'%s", CONFIGURED.user(),
                CONFIGURED.isDevelopmentDefault() ? " with the development-only default password" : "");
    }

    public ImmigrationSecurity() {
        super(PEER, ImmigrationSecurity::expected);
    }

    static PeerCredentials expected() {
        return SimulatorFaults.of(PEER).mode() == SimulatorFaults.Mode.CREDENTIALS_ROTATED
                ? new PeerCredentials(CONFIGURED.user(), CONFIGURED.password() + "-rotated")
                : CONFIGURED;
    }
}
