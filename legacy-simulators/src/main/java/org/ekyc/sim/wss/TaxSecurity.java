package org.ekyc.sim.wss;

import org.ekyc.sim.admin.SimulatorFaults;

/**
 * The tax authority simulator's WS-Security, as {@link ImmigrationSecurity}: credentials from
 * {@code SIM_TAX_WSS_USER} / {@code SIM_TAX_WSS_PASSWORD} (development defaults otherwise);
 * fault mode {@code CREDENTIALS_ROTATED} makes it expect another password.
 */
public class TaxSecurity extends UsernameTokenSecurity {

    static final String PEER = "tax";
    private static final PeerCredentials CONFIGURED = PeerCredentials.of(PEER);

    public TaxSecurity() {
        super(PEER, TaxSecurity::expected);
    }

    static PeerCredentials expected() {
        return SimulatorFaults.of(PEER).mode() == SimulatorFaults.Mode.CREDENTIALS_ROTATED
                ? new PeerCredentials(CONFIGURED.user(), CONFIGURED.password() + "-rotated")
                : CONFIGURED;
    }
}
