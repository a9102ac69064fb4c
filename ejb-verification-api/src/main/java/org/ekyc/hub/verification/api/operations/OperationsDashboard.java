package org.ekyc.hub.verification.api.operations;

import jakarta.ejb.Local;
import java.time.Instant;

/**
 * The operations dashboard's figures over a period: aggregates only, no case and no person (roles
 * {@code senior-reviewer}, {@code auditor}, {@code admin}); every read audited.
 */
@Local
public interface OperationsDashboard {

    /** The figures of the cases submitted in [{@code from}, {@code to}) and the funnel events of that period. */
    DashboardFigures figures(Instant from, Instant to);
}
