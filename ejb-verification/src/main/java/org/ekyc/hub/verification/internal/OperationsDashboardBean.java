package org.ekyc.hub.verification.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.Channel;
import org.ekyc.hub.verification.api.Product;
import org.ekyc.hub.verification.api.Roles;
import org.ekyc.hub.verification.api.operations.DashboardFigures;
import org.ekyc.hub.verification.api.operations.FunnelEvent;
import org.ekyc.hub.verification.api.operations.OperationsDashboard;
import org.ekyc.hub.verification.operations.DashboardCalculator;

/**
 * The operations dashboard ({@link OperationsDashboard}) from the case store: plain columns of the cases
 * opened in the period (no sealed value is read: nationality and age band are kept in clear for this), the
 * first audit time of each case's steps, and the funnel events. Aggregates only; each read audited
 * ({@code OPERATIONS_DASHBOARD_READ} with the period, under the authenticated staff member).
 */
@Stateless
public class OperationsDashboardBean extends CaseFacadeBean implements OperationsDashboard {

    static final String CASES = "select c.id, c.status, c.product, c.channel, c.applicant.nationality, c.applicant.ageBand,"
            + " c.createdAt, c.decision.decidedAt, c.decision.decidedBy, c.reasons.codes from VerificationCase c"
            + " where c.createdAt >= :from and c.createdAt < :to";
    static final String STEPS = "select a.caseId, a.action, min(a.at) from AuditEntry a where a.action in :actions"
            + " and a.caseId in (select c.id from VerificationCase c where c.createdAt >= :from and c.createdAt < :to)"
            + " group by a.caseId, a.action";

    @Override
    @RolesAllowed({Roles.SENIOR_REVIEWER, Roles.AUDITOR, Roles.ADMIN})
    public DashboardFigures figures(Instant from, Instant to) {
        Map<String, Map<DashboardCalculator.Step, Instant>> steps = new HashMap<>();
        List<String> actions = new ArrayList<>();
        for (DashboardCalculator.Step s : DashboardCalculator.Step.values()) {
            actions.add(s.action);
        }
        for (Object[] r : em.createQuery(STEPS, Object[].class).setParameter("actions", actions)
                .setParameter("from", from).setParameter("to", to).getResultList()) {
            steps.computeIfAbsent((String) r[0], k -> new EnumMap<>(DashboardCalculator.Step.class))
                    .put(DashboardCalculator.Step.ofAction((String) r[1]), (Instant) r[2]);
        }
        List<DashboardCalculator.CaseRow> cases = new ArrayList<>();
        for (Object[] r : em.createQuery(CASES, Object[].class).setParameter("from", from).setParameter("to", to)
                .getResultList()) {
            String id = (String) r[0];
            cases.add(new DashboardCalculator.CaseRow(id, (CaseStatus) r[1], name((Product) r[2]), name((Channel) r[3]),
                    (String) r[4], (String) r[5], (Instant) r[6], (Instant) r[7], (String) r[8],
                    Reasons.parse((String) r[9]).stream().map(Enum::name).toList(), steps.getOrDefault(id, Map.of())));
        }
        List<DashboardCalculator.FunnelCount> funnel = new ArrayList<>();
        for (Object[] r : em.createNamedQuery(FunnelEventRow.COUNTS, Object[].class).setParameter("from", from)
                .setParameter("to", to).getResultList()) {
            funnel.add(new DashboardCalculator.FunnelCount((FunnelEvent.Step) r[0], (FunnelEvent.Type) r[1], ((Number) r[2]).longValue()));
        }
        store.audit("OPERATIONS_DASHBOARD_READ from=" + from + " to=" + to + " cases=" + cases.size(), null, "operations");
        return DashboardCalculator.figures(from, to, cases, funnel);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
