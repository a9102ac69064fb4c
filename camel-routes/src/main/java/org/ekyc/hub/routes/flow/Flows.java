package org.ekyc.hub.routes.flow;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.spi.Registry;
import org.ekyc.hub.verification.api.CaseLifecycle;
import org.ekyc.hub.verification.api.document.DocumentStep;
import org.ekyc.hub.verification.api.face.FaceStep;
import org.ekyc.hub.verification.api.peer.PeerChecks;
import org.ekyc.hub.verification.api.peer.credit.CreditBureauPort;
import org.ekyc.hub.verification.api.document.DocumentCheckService;
import org.ekyc.hub.verification.api.face.FaceService;
import org.ekyc.hub.verification.api.peer.resident.ResidentRegistryPort;
import org.ekyc.hub.verification.api.peer.tax.TaxAuthorityPort;
import org.ekyc.hub.verification.api.peer.telecom.TelecomIdentityPort;

/**
 * The flows every channel shares, wired from the beans CamelBootstrap binds in the Camel registry (the
 * engine's facades {@code caseLifecycle}, {@code peerChecks}, {@code documentStep}, {@code faceStep}, its
 * services {@code faceService}, {@code documentService} and the peers' ports
 * {@code residentRegistry}, {@code taxAuthority}, {@code telecomIdentity}, {@code creditBureau}). A flow
 * is made per call: it holds nothing but these references.
 */
public final class Flows {

    private final Registry registry;

    private Flows(Registry registry) {
        this.registry = registry;
    }

    public static Flows of(CamelContext camel) {
        return new Flows(camel.getRegistry());
    }

    public static Flows of(Exchange e) {
        return of(e.getContext());
    }

    public CaseLifecycle cases() {
        return registry.lookupByNameAndType("caseLifecycle", CaseLifecycle.class);
    }

    public PeerChecks peerChecks() {
        return registry.lookupByNameAndType("peerChecks", PeerChecks.class);
    }

    public DocumentCheckFlow documentCheck() {
        return new DocumentCheckFlow(cases(), registry.lookupByNameAndType("documentStep", DocumentStep.class), registry.lookupByNameAndType("documentService", DocumentCheckService.class),
                registry.lookupByNameAndType("faceService", FaceService.class));
    }

    public FaceCheckFlow faceCheck() {
        return new FaceCheckFlow(cases(), registry.lookupByNameAndType("faceStep", FaceStep.class), registry.lookupByNameAndType("faceService", FaceService.class));
    }

    public PhoneVerificationFlow phoneVerification() {
        return new PhoneVerificationFlow(peerChecks(), registry.lookupByNameAndType("telecomIdentity", TelecomIdentityPort.class));
    }

    public CreditSummaryFlow creditSummary() {
        return new CreditSummaryFlow(cases(), peerChecks(), registry.lookupByNameAndType("creditBureau", CreditBureauPort.class));
    }

    public RegistryCheckFlow registryChecks() {
        return new RegistryCheckFlow(peerChecks(), registry.lookupByNameAndType("residentRegistry", ResidentRegistryPort.class),
                registry.lookupByNameAndType("taxAuthority", TaxAuthorityPort.class));
    }
}
