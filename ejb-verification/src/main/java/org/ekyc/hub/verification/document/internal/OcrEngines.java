package org.ekyc.hub.verification.document.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import java.time.Clock;
import org.ekyc.hub.verification.api.Roles;
import org.ekyc.hub.verification.document.DocumentChecker;
import org.ekyc.hub.verification.document.ocr.TesseractPool;
import org.ekyc.hub.verification.document.quality.QualityThresholds;
import org.ekyc.hub.verification.imaging.FaceLocators;
import org.ekyc.hub.verification.imaging.PixelBudget;
import org.jboss.logging.Logger;

/**
 * Owns the application's Tesseract pool (engines are initialised on first use and kept) and the
 * document pipeline built on it; closes the native engines when the application stops. Pool size:
 * system property {@code ekyc.ocr.pool} (default: the number of processors). The pixels one check may declare:
 * {@code KYC_DOCUMENT_FRAME_MAX_PIXELS} and {@code KYC_DOCUMENT_REQUEST_MAX_PIXELS} (docs/configuration.md).
 */
@RolesAllowed({Roles.PARTNER, Roles.CUSTOMER, Roles.HUB})
@Singleton
@DependsOn("FaceServiceBean")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OcrEngines {

    private static final Logger LOG = Logger.getLogger(OcrEngines.class);

    /** Lends its face detector for the portrait tamper signals. */
    @EJB
    private FaceLocators faces;

    private TesseractPool pool;
    private DocumentChecker checker;

    @PostConstruct
    void start() {
        int size = Integer.getInteger("ekyc.ocr.pool", Math.max(1, Runtime.getRuntime().availableProcessors()));
        pool = new TesseractPool(TesseractPool.tessdata(), size, 30_000);
        checker = new DocumentChecker(pool, QualityThresholds.DEFAULT, Clock.systemUTC(), faces.documentFaces(),
                PixelBudget.fromEnvironment("document", DocumentChecker.DEFAULT_BUDGET));
        LOG.infof("document engine ready: tessdata=%s, %d OCR engines per language at most", TesseractPool.tessdata(), size);
    }

    @PreDestroy
    void stop() {
        pool.close();
    }

    public DocumentChecker checker() {
        return checker;
    }
}
