package org.ekyc.sim.wss;

import org.ekyc.sim.admin.SimulatorFaults;

/**
 * The resident registry simulator's WS-Security, as {@link ImmigrationSecurity}: credentials from
 * {@code SIM_RESIDENT_WSS_USER} / {@code SIM_RESIDENT_WSS_PASSWORD} (development defaults otherwise);
 * fault mode {@code CREDENTIALS_ROTATED} makes it expect another password.
 */
public class ResidentSecurity extends UsernameTokenSecurity {

    static final String PEER = "resident";
    private static final PeerCredentials CONFIGURED = PeerCredentials.of(PEER);

    public ResidentSecurity() {
        super(PEER, ResidentSecurity::expected);
    }

    static PeerCredentials expected() {
        return SimulatorFaults.of(PEER).mode() == SimulatorFaults.Mode.CREDENTIALS_ROTATED
                ? new PeerCredentials(CONFIGURED.user(), CONFIGURED.password() + "-rotated")
                : CONFIGURED;
    }
}
