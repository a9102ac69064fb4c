package org.ekyc.hub.routes.flow;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.spi.Registry;
import org.ekyc.hub.verification.api.CaseService;
import org.ekyc.hub.verification.api.credit.CreditBureauPort;
import org.ekyc.hub.verification.api.document.DocumentCheckService;
import org.ekyc.hub.verification.api.face.FaceService;
import org.ekyc.hub.verification.api.registry.ResidentRegistryPort;
import org.ekyc.hub.verification.api.registry.TaxAuthorityPort;
import org.ekyc.hub.verification.api.telecom.TelecomIdentityPort;

/**
 * The flows every channel shares, wired from the beans CamelBootstrap binds in the Camel registry (the
 * engine's {@code caseService}, {@code faceService}, {@code documentService} and the peers' ports
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

    public CaseService cases() {
        return registry.lookupByNameAndType("caseService", CaseService.class);
    }

    public DocumentCheckFlow documentCheck() {
        return new DocumentCheckFlow(cases(), registry.lookupByNameAndType("documentService", DocumentCheckService.class));
    }

    public FaceCheckFlow faceCheck() {
        return new FaceCheckFlow(cases(), registry.lookupByNameAndType("faceService", FaceService.class));
    }

    public PhoneVerificationFlow phoneVerification() {
        return new PhoneVerificationFlow(cases(), registry.lookupByNameAndType("telecomIdentity", TelecomIdentityPort.class));
    }

    public CreditSummaryFlow creditSummary() {
        return new CreditSummaryFlow(cases(), registry.lookupByNameAndType("creditBureau", CreditBureauPort.class));
    }

    public RegistryCheckFlow registryChecks() {
        return new RegistryCheckFlow(cases(), registry.lookupByNameAndType("residentRegistry", ResidentRegistryPort.class),
                registry.lookupByNameAndType("taxAuthority", TaxAuthorityPort.class));
    }
}
