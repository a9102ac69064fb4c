package org.ekyc.hub.verification.face.internal.store;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ekyc.hub.verification.api.Roles;
import org.ekyc.hub.verification.api.face.LivenessChallenge;
import org.ekyc.hub.verification.face.liveness.ChallengeStore;
import org.ekyc.hub.verification.face.liveness.FrameLedger;

/**
 * Open liveness challenges and the ledger of submitted frames in the case database, so every node
 * of a cluster (and a restarted node) sees the same: a nonce is redeemed once wherever the selfie
 * lands, a frame is a replay wherever it was first sent. Each operation is its own short transaction
 * (the face check runs outside any transaction). Frame hashes are kept {@link #FRAME_RETENTION}.
 */
@RolesAllowed({Roles.PARTNER, Roles.CUSTOMER, Roles.HUB})
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LivenessStoreBean implements ChallengeStore, FrameLedger {

    /** How long a frame hash is remembered: long after any challenge could be replayed. */
    public static final Duration FRAME_RETENTION = Duration.ofDays(90);

    @PersistenceContext(unitName = "kyc")
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    @Override
    public void put(LivenessChallenge challenge, Instant now, int maxOpen) {
        em.createQuery("DELETE FROM OpenChallenge c WHERE c.expiresAt < :now").setParameter("now", now).executeUpdate();
        long open = em.createQuery("SELECT COUNT(c) FROM OpenChallenge c", Long.class).getSingleResult();
        if (open >= maxOpen) {
            throw new IllegalStateException("too many open liveness challenges");
        }
        em.persist(new OpenChallenge(challenge));
    }

    @Override
    public Optional<LivenessChallenge> take(String nonce) {
        OpenChallenge c = em.find(OpenChallenge.class, nonce);
        if (c == null) {
            return Optional.empty();
        }
        // the delete decides who redeems: a second node taking the same nonce deletes nothing
        int deleted = em.createQuery("DELETE FROM OpenChallenge c WHERE c.nonce = :n").setParameter("n", nonce).executeUpdate();
        return deleted == 1 ? Optional.of(c.challenge()) : Optional.empty();
    }

    @Override
    public boolean firstSighting(String frameHash) {
        return record(List.of(frameHash)).isEmpty();
    }

    @Override
    public Set<String> record(List<String> frameHashes) {
        if (frameHashes.isEmpty()) {
            return Set.of();
        }
        Set<String> seen = new HashSet<>(em.createQuery("SELECT f.hash FROM SeenFrame f WHERE f.hash IN :h", String.class)
                .setParameter("h", frameHashes).getResultList());
        Instant now = clock.instant();
        for (String h : frameHashes) {
            if (!seen.contains(h)) {
                em.persist(new SeenFrame(h, now));
            }
        }
        // a concurrent submission of the same frame on another node fails this flush on the primary
        // key: the transaction rolls back and the caller sees an exception, i.e. no pass
        em.flush();
        return seen;
    }

    /** Forgets frame hashes older than the retention; returns how many. */
    public int purgeFrames() {
        return em.createQuery("DELETE FROM SeenFrame f WHERE f.seenAt < :before")
                .setParameter("before", clock.instant().minus(FRAME_RETENTION)).executeUpdate();
    }
}
