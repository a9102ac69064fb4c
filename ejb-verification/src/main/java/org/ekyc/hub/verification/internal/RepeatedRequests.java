package org.ekyc.hub.verification.internal;

import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.Optional;
import org.ekyc.hub.verification.api.CaseSummary;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.OpenCaseCommand;
import org.ekyc.hub.verification.api.ReasonCode;

/**
 * Finds the case an earlier request with the same scoped idempotency key opened
 * ({@link RequestFingerprint#scopedKey}) and lets it answer only a repeat of that request: a key used
 * for other content is refused with {@link ReasonCode#IDEMPOTENCY_KEY_REUSED}. A case opened before
 * fingerprints were kept (no fingerprint) answers any request with its key, as it always did.
 */
final class RepeatedRequests {

    private static final String BY_KEY = "select c from VerificationCase c where c.idempotencyKey = :key";
    /** A repeated request's answer: plain columns only, nothing sealed is read or decrypted; the fingerprint last. */
    private static final String SUMMARY_BY_KEY = VerificationCase.SUMMARY_COLUMNS
            + ", c.requestFingerprint from VerificationCase c where c.idempotencyKey = :key";

    private RepeatedRequests() {
    }

    /** The case the command's key opened before, if any; refused when that was another request. */
    static Optional<VerificationCase> earlierCase(EntityManager em, OpenCaseCommand command) {
        String key = RequestFingerprint.scopedKey(command);
        if (key == null) {
            return Optional.empty();
        }
        Optional<VerificationCase> earlier = em.createQuery(BY_KEY, VerificationCase.class).setParameter("key", key)
                .setMaxResults(1).getResultList().stream().findFirst();
        earlier.ifPresent(c -> sameRequest(c.requestFingerprint, c.id(), command));
        return earlier;
    }

    /** The summary of the case the command's key opened before, if any; refused when that was another request. */
    static Optional<CaseSummary> earlierSummary(EntityManager em, OpenCaseCommand command) {
        String key = RequestFingerprint.scopedKey(command);
        if (key == null) {
            return Optional.empty();
        }
        return em.createQuery(SUMMARY_BY_KEY, Object[].class).setParameter("key", key).setMaxResults(1)
                .getResultList().stream().findFirst().map(row -> {
                    CaseSummary summary = VerificationCase.summary(Arrays.copyOf(row, row.length - 1));
                    sameRequest((String) row[row.length - 1], summary.caseId(), command);
                    return summary;
                });
    }

    /**
     * Refuses a request whose fingerprint differs from the one its key's case was opened with. The refusal
     * is audited in the log only: its transaction is rolled back with it.
     */
    static void sameRequest(String firstFingerprint, String caseId, OpenCaseCommand command) {
        if (firstFingerprint != null && !firstFingerprint.equals(RequestFingerprint.of(command))) {
            CaseStore.LOG.infof("idempotency key of case %s used again for another request on %s: refused",
                    caseId, command.channel());
            AuditTrail.record("CASE_OPEN_REFUSED reason=" + ReasonCode.IDEMPOTENCY_KEY_REUSED, caseId,
                    command.channel().name());
            throw new InvalidRequestException(ReasonCode.IDEMPOTENCY_KEY_REUSED, "idempotencyKey");
        }
    }
}
