package org.ekyc.hub.verification.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.ekyc.hub.verification.api.Roles;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Runs the engine's one-time repairs when the application starts, as the hub (principal
 * {@value Roles#HUB_PRINCIPAL}, role {@value Roles#HUB}): today {@link StartupRepairBean#repairUnfitForPeers}.
 * A repair that fails is logged at ERROR and does not stop the deployment; it runs again at the next start.
 */
@Singleton
@Startup
@RunAs(Roles.HUB)
@RunAsPrincipal(Roles.HUB_PRINCIPAL)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StartupRepairs {

    @EJB
    private StartupRepairBean repair;

    @PostConstruct
    void repair() {
        try {
            repair.repairUnfitForPeers();
        } catch (RuntimeException e) {
            CaseStore.LOG.errorf(e, "start-up repair of cases with values no peer request can carry failed; it runs again"
                    + " at the next start");
        }
    }
}
