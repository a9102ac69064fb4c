package org.ekyc.hub.routes.channel.rest;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ServiceStatus;
import org.apache.camel.component.jms.JmsComponent;
import org.ekyc.hub.routes.peer.PeerCircuit;
import org.ekyc.hub.routes.peer.TelegramRoutes;
import org.ekyc.hub.routes.peer.immigration.ImmigrationRegistryRoutes;
import org.ekyc.hub.routes.peer.resident.ResidentRegistryRoutes;
import org.ekyc.hub.routes.peer.tax.TaxAuthorityRoutes;
import org.ekyc.hub.verification.api.CaseLifecycle;
import org.ekyc.hub.verification.api.screening.ScreeningService;

/**
 * {@code GET /api/v1/health/ready}: ready when every route is started, the case store answers, the
 * broker accepts a connection and a sanctions list version is in service (200, else 503: without lists
 * every case would open unscreened). The peers' circuits are shown but do not decide it.
 */
final class Readiness {

    private Readiness() {
    }

    static void check(Exchange e) {
        CamelContext camel = e.getContext();
        Map<String, String> checks = new LinkedHashMap<>();
        boolean routes = camel.getStatus() == ServiceStatus.Started && camel.getRoutes().stream()
                .allMatch(r -> camel.getRouteController().getRouteStatus(r.getRouteId()) == ServiceStatus.Started);
        checks.put("routes", routes ? "UP" : "DOWN");
        CaseLifecycle cases = camel.getRegistry().lookupByNameAndType("caseLifecycle", CaseLifecycle.class);
        checks.put("caseStore", cases != null && cases.storeReachable() ? "UP" : "DOWN");
        checks.put("broker", brokerReachable(camel) ? "UP" : "DOWN");
        ScreeningService screening = camel.getRegistry().lookupByNameAndType("screeningService", ScreeningService.class);
        String listVersion = screening == null ? "none" : screening.listVersion();
        checks.put("sanctionsLists", "none".equals(listVersion) ? "DOWN" : "UP");
        boolean up = !checks.containsValue("DOWN");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DOWN");
        body.put("checks", checks);
        body.put("listVersion", listVersion);
        // Peers do not decide readiness (cases wait while a registry is down), but operators see them.
        Map<String, String> peers = new LinkedHashMap<>();
        peers.put("immigrationRegistry", ImmigrationRegistryRoutes.registryStatus(camel));
        peers.put("residentRegistry", "circuit " + ResidentRegistryRoutes.PEER.circuitState(camel));
        peers.put("taxAuthority", "circuit " + TaxAuthorityRoutes.PEER.circuitState(camel));
        peers.put("telecomIdentity", "circuit " + PeerCircuit.state(camel, TelegramRoutes.TELECOM_CIRCUIT));
        peers.put("creditBureau", "circuit " + PeerCircuit.state(camel, TelegramRoutes.CREDIT_CIRCUIT));
        body.put("peers", peers);
        e.getMessage().setBody(body);
        e.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, up ? 200 : 503);
    }

    private static boolean brokerReachable(CamelContext camel) {
        ConnectionFactory cf = camel.getComponent("jms", JmsComponent.class).getConnectionFactory();
        try (Connection c = cf.createConnection()) {
            return true;
        } catch (Exception ex) {
            return false;
        }
    }
}
