package org.ekyc.hub.verification.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Properties;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.Roles;
import org.ekyc.hub.verification.api.capture.CaptureGrant;
import org.ekyc.hub.verification.api.capture.CaptureRefusedException;
import org.ekyc.hub.verification.api.capture.CaptureSessions;

/**
 * Capture tokens and hand-off codes ({@link CaptureSessions}). A token lives {@code KYC_CAPTURE_TOKEN_TTL}
 * (default 20 minutes), a code {@code KYC_CAPTURE_HANDOFF_TTL} (default 10 minutes) and is used once; both
 * are kept as hashes. Opening a session is the partner's (on a case it opened, not decided); the rest is
 * the customer's, whom the channel runs as role {@code customer} once it holds a secret.
 */
@Stateless
public class CaptureSessionsBean extends CaseFacadeBean implements CaptureSessions {

    private static final Duration TOKEN_TTL = duration("KYC_CAPTURE_TOKEN_TTL", "kyc.capture.token-ttl", Duration.ofMinutes(20));
    private static final Duration HANDOFF_TTL = duration("KYC_CAPTURE_HANDOFF_TTL", "kyc.capture.handoff-ttl", Duration.ofMinutes(10));

    @Override
    @RolesAllowed(Roles.PARTNER)
    public CaptureGrant open(String caseId) {
        VerificationCase c = store.find(caseId);
        DecidedCase.refuse(c.id(), c.toView().status(), "CAPTURE_SESSION");
        CaptureGrant grant = issueToken(c.id(), store.now());
        store.audit("CAPTURE_SESSION_OPENED expires=" + grant.expiresAt(), c.id(), "channel");
        return grant;
    }

    @Override
    @RolesAllowed(Roles.CUSTOMER)
    public String caseOf(String token) {
        return credential(token, CaptureCredential.Kind.TOKEN, ReasonCode.CAPTURE_TOKEN_INVALID).caseId();
    }

    @Override
    @RolesAllowed(Roles.CUSTOMER)
    public CaptureGrant handOff(String token) {
        String caseId = caseOf(token);
        String code = CaptureCredential.newCode();
        Instant expires = store.now().plus(HANDOFF_TTL);
        em.persist(new CaptureCredential(code, CaptureCredential.Kind.HANDOFF, caseId, expires, store.caller().name()));
        store.audit("CAPTURE_HANDOFF_ISSUED expires=" + expires, caseId, "channel");
        return new CaptureGrant(caseId, code, expires);
    }

    @Override
    @RolesAllowed(Roles.CUSTOMER)
    public CaptureGrant redeem(String code) {
        String typed = CaptureCredential.normalisedCode(code);
        CaptureCredential handOff = typed.isEmpty() ? null
                : em.find(CaptureCredential.class, CaptureCredential.hash(typed), LockModeType.PESSIMISTIC_WRITE);
        Instant now = store.now();
        if (handOff == null || !handOff.good(CaptureCredential.Kind.HANDOFF, now)) {
            LOG.infof("hand-off code refused (%s)", handOff == null ? "unknown" : "expired or used");
            throw new CaptureRefusedException(ReasonCode.HANDOFF_CODE_INVALID);
        }
        handOff.use(now);
        CaptureGrant grant = issueToken(handOff.caseId(), now);
        store.audit("CAPTURE_HANDOFF_REDEEMED", handOff.caseId(), "channel");
        return grant;
    }

    private CaptureGrant issueToken(String caseId, Instant now) {
        String token = CaptureCredential.newToken();
        Instant expires = now.plus(TOKEN_TTL);
        em.persist(new CaptureCredential(token, CaptureCredential.Kind.TOKEN, caseId, expires, store.caller().name()));
        return new CaptureGrant(caseId, token, expires);
    }

    private CaptureCredential credential(String secret, CaptureCredential.Kind kind, ReasonCode refusal) {
        CaptureCredential found = secret == null || secret.isBlank() ? null
                : em.find(CaptureCredential.class, CaptureCredential.hash(secret.strip()));
        if (found == null || !found.good(kind, store.now())) {
            throw new CaptureRefusedException(refusal);
        }
        return found;
    }

    static Duration duration(String env, String prop, Duration dflt) {
        return duration(System.getenv(), System.getProperties(), env, prop, dflt);
    }

    static Duration duration(Map<String, String> env, Properties sys, String envName, String prop, Duration dflt) {
        String v = sys.getProperty(prop, env.get(envName));
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            Duration d = Duration.parse(v.trim());
            if (d.isNegative() || d.isZero()) {
                throw new IllegalStateException(envName + " must be a positive ISO-8601 duration (PT20M), was '" + v + "'");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(envName + " must be an ISO-8601 duration (PT20M), was '" + v + "'", e);
        }
    }
}
