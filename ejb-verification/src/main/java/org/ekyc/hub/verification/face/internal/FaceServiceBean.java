package org.ekyc.hub.verification.face.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.ekyc.hub.verification.api.Roles;
import org.ekyc.hub.verification.api.face.FaceImageException;
import org.ekyc.hub.verification.api.face.FaceMatchResult;
import org.ekyc.hub.verification.api.face.FaceService;
import org.ekyc.hub.verification.api.face.FaceTemplate;
import org.ekyc.hub.verification.api.face.LiveFrame;
import org.ekyc.hub.verification.api.face.LivenessChallenge;
import org.ekyc.hub.verification.api.face.LivenessResult;
import org.ekyc.hub.verification.api.face.PortraitTemplate;
import org.ekyc.hub.verification.face.DocumentFaces;
import org.ekyc.hub.verification.face.FaceEngine;
import org.ekyc.hub.verification.face.FacePolicy;
import org.ekyc.hub.verification.face.ImageDecoder;
import org.ekyc.hub.verification.face.ModelRegistry;
import org.ekyc.hub.verification.face.internal.store.LivenessStoreBean;
import org.ekyc.hub.verification.face.liveness.ChallengeIssuer;
import org.ekyc.hub.verification.face.liveness.LivenessPolicy;
import org.ekyc.hub.verification.imaging.FaceLocators;
import org.ekyc.hub.verification.imaging.PixelBudget;
import org.jboss.logging.Logger;

/**
 * The face engine as an EJB. Loaded at deployment: a missing or altered model fails the deployment
 * with the file name and the place it was looked for. One instance with shared ONNX sessions serves
 * concurrent calls (bean-managed concurrency; the engine is thread-safe). No transaction: nothing here
 * is transactional, and a check of many frames must not run into a transaction timeout.
 */
@RolesAllowed({Roles.PARTNER, Roles.CUSTOMER, Roles.HUB})
@Singleton
@Startup
@Local({FaceService.class, FaceLocators.class})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FaceServiceBean implements FaceService, FaceLocators {

    private static final Logger LOG = Logger.getLogger(FaceServiceBean.class);

    @Resource
    private ManagedExecutorService executor;

    /** Challenges and frame hashes in the case database: one truth for every node. */
    @EJB
    private LivenessStoreBean store;

    private ModelRegistry models;
    private FaceEngine engine;
    private DocumentFaces documentFaces;

    @PostConstruct
    void start() {
        long t0 = System.nanoTime();
        models = ModelRegistry.load();
        engine = new FaceEngine(models, ImageDecoder.defaults(), FacePolicy.calibrated(models.embedder()), LivenessPolicy.defaults(),
                new ChallengeIssuer(new SecureRandom(), Clock.systemUTC(), Duration.ofSeconds(60), 100_000, store),
                store, executor, PixelBudget.fromEnvironment("liveness", FaceEngine.LIVENESS_BUDGET));
        documentFaces = new DocumentFaces(models);
        LOG.infof("face models loaded from %s in %d ms, embedder %s", models.directory(), (System.nanoTime() - t0) / 1_000_000,
                models.embedder().configName());
    }

    /** The face detector for the document engine's portrait checks (same models, same sessions). */
    @Override
    public DocumentFaces documentFaces() {
        return documentFaces;
    }

    @PreDestroy
    void stop() {
        if (models != null) {
            models.close();
        }
    }

    @Override
    public PortraitTemplate portraitTemplate(byte[] documentPortrait) throws FaceImageException {
        PortraitTemplate t = engine.portraitTemplate(documentPortrait);
        LOG.infof("document portrait embedded usable=%s problem=%s", t.usable(), t.problem());
        return t;
    }

    @Override
    public FaceMatchResult match(FaceTemplate documentPortrait, FaceTemplate liveTemplate) {
        return engine.match(documentPortrait, liveTemplate);
    }

    @Override
    public LivenessChallenge issueChallenge() {
        return engine.issueChallenge();
    }

    @Override
    public LivenessResult verifyLiveness(String nonce, List<LiveFrame> frames) throws FaceImageException {
        LivenessResult result;
        try {
            result = engine.verifyLiveness(nonce, frames);
        } catch (FaceImageException e) {
            LOG.infof("liveness refused code=%s frames=%d", e.reason(), frames.size());
            throw e;
        }
        LOG.infof("liveness checked outcome=%s reasons=%s frames=%d", result.outcome(), result.reasons(), frames.size());
        return result;
    }
}
