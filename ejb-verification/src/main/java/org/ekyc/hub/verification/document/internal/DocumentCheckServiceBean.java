package org.ekyc.hub.verification.document.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.ekyc.hub.verification.api.Roles;
import org.ekyc.hub.verification.api.document.DocumentCheckService;
import org.ekyc.hub.verification.api.document.DocumentImageException;
import org.ekyc.hub.verification.api.document.DocumentReading;
import org.ekyc.hub.verification.api.document.DocumentType;
import org.jboss.logging.Logger;

/** The document check as an EJB; reading happens in {@link org.ekyc.hub.verification.document.DocumentChecker}. */
@RolesAllowed({Roles.PARTNER, Roles.CUSTOMER, Roles.HUB})
@Stateless
public class DocumentCheckServiceBean implements DocumentCheckService {

    private static final Logger LOG = Logger.getLogger(DocumentCheckServiceBean.class);

    @EJB
    private OcrEngines engines;

    @Override
    public DocumentReading check(byte[] image, DocumentType expected) throws DocumentImageException {
        return check(java.util.Collections.singletonList(image), expected);
    }

    @Override
    public DocumentReading check(java.util.List<byte[]> frames, DocumentType expected) throws DocumentImageException {
        long start = System.nanoTime();
        try {
            DocumentReading reading = frames != null && frames.size() == 1 && frames.get(0) != null
                    ? engines.checker().check(frames.get(0), expected) : engines.checker().check(frames, expected);
            // no field values in the log: they are personal data
            LOG.infof("document read frames=%d type=%s fields=%d findings=%s ms=%d", frames.size(), reading.type(), reading.fields().size(),
                    reading.findings().stream().map(f -> f.code().name()).toList(), (System.nanoTime() - start) / 1_000_000);
            return reading;
        } catch (DocumentImageException e) {
            LOG.infof("document refused code=%s", e.code());
            throw e;
        }
    }

    @Override
    public DocumentReading checkCard(java.util.List<byte[]> front, java.util.List<byte[]> back, DocumentType expected)
            throws DocumentImageException {
        long start = System.nanoTime();
        try {
            DocumentReading reading = engines.checker().checkCard(front, back, expected);
            LOG.infof("card read front=%d back=%d type=%s fields=%d findings=%s ms=%d", front == null ? 0 : front.size(),
                    back == null ? 0 : back.size(), reading.type(), reading.fields().size(),
                    reading.findings().stream().map(f -> f.code().name()).toList(), (System.nanoTime() - start) / 1_000_000);
            return reading;
        } catch (DocumentImageException e) {
            LOG.infof("card refused code=%s", e.code());
            throw e;
        }
    }
}
