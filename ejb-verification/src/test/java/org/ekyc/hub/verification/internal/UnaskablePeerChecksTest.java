package org.ekyc.hub.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.ekyc.hub.verification.api.Applicant;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.Channel;
import org.ekyc.hub.verification.api.OpenCaseCommand;
import org.ekyc.hub.verification.api.Product;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.Roles;
import org.ekyc.hub.verification.api.peer.PeerRequestText;
import org.ekyc.hub.verification.api.peer.credit.CreditSummaryRequest;
import org.ekyc.hub.verification.api.peer.credit.PendingCreditEnquiry;
import org.ekyc.hub.verification.api.peer.immigration.RegistryCheckOutcome;
import org.ekyc.hub.verification.api.peer.immigration.StayStatus;
import org.ekyc.hub.verification.api.peer.resident.ResidentIdQuery;
import org.ekyc.hub.verification.api.peer.telecom.PhoneOwnerQuery;
import org.junit.jupiter.api.Test;

/**
 * A peer check that cannot be asked, or keeps failing, goes to a person instead of the retry rotation:
 * a request the hub cannot build (PEER_REQUEST_INVALID), a check out of tries (PEER_CHECK_GAVE_UP), and the
 * one-time start-up repair of cases stored with a value no peer request can carry. Synthetic people only.
 */
class UnaskablePeerChecksTest {

    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");
    private static final RetryPolicy THREE_TRIES = new RetryPolicy(Duration.ofSeconds(10), Duration.ofSeconds(60),
            Duration.ofSeconds(30), 3);

    private static VerificationCase open() {
        return VerificationCase.open(new OpenCaseCommand(
                new Applicant("NGUYEN", "VAN AN", null, "VNM", LocalDate.of(1994, 3, 17), null, null),
                Product.LOAN, Channel.REST, null, "9403175123456"), T0, THREE_TRIES);
    }

    /** A case as stored before the edges refused control characters: the value planted past today's checks. */
    private static VerificationCase poisoned(String surname) throws Exception {
        VerificationCase c = open();
        Field f = ApplicantPart.class.getDeclaredField("surname");
        f.setAccessible(true);
        f.set(c.applicant, surname);
        return c;
    }

    @Test
    void xmlCannotCarryC0ControlsButTabAndLineBreaksNorLoneSurrogates() {
        assertThat(PeerRequestText.fits("NGUYEN VAN-AN O'NEIL 김하늘 \t\r\n 𠀀")).isTrue();
        for (String bad : List.of("NGU\u0000YEN", "A\u001bB", "\u0007", "X\uFFFE", "Y\uD800", "\uDC00Z")) {
            assertThat(PeerRequestText.fits(bad)).as(bad.codePoints().boxed().toList().toString()).isFalse();
        }
        assertThat(PeerRequestText.unfitField(new ResidentIdQuery("c", "K\u0000IM", "9001011000017", LocalDate.of(2019, 5, 20))))
                .contains("name");
        assertThat(PeerRequestText.unfitField(new ResidentIdQuery("c", "KIM", "9001011000017", LocalDate.of(2019, 5, 20))))
                .isEmpty();
    }

    @Test
    void maxAttemptsPerPeerWithADefaultOfTwenty() {
        assertThat(RetryPolicy.peer("resident", Map.of(), new Properties()).maxAttempts()).isEqualTo(20);
        assertThat(RetryPolicy.from(Map.of(), new Properties()).maxAttempts()).isEqualTo(20);
        assertThat(RetryPolicy.from(Map.of("KYC_IMMIGRATION_MAX_ATTEMPTS", "5"), new Properties()).maxAttempts()).isEqualTo(5);
        Properties sys = new Properties();
        sys.setProperty("kyc.tax.max-attempts", "7");
        assertThat(RetryPolicy.peer("tax", Map.of("KYC_RESIDENT_MAX_ATTEMPTS", "2"), sys).maxAttempts()).isEqualTo(7);
        assertThatThrownBy(() -> RetryPolicy.peer("credit", Map.of("KYC_CREDIT_MAX_ATTEMPTS", "0"), new Properties()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(RetryPolicy.accountOpening(Map.of(), new Properties()).maxAttempts()).as("an approved case's order")
                .isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void anImmigrationCheckThatKeepsFailingLeavesTheRotationAfterItsTriesAndGoesToReview() {
        VerificationCase c = open();
        for (int i = 1; i <= 2; i++) {
            c.record(StayStatus.unavailable("SocketTimeoutException"), T0.plusSeconds(i), THREE_TRIES);
            assertThat(c.giveUpIfExhausted(PendingPeer.IMMIGRATION, THREE_TRIES, T0.plusSeconds(i))).isFalse();
            assertThat(c.check(PendingPeer.IMMIGRATION).retryAt()).as("still due").isNotNull();
        }
        c.record(StayStatus.unavailable("SocketTimeoutException"), T0.plusSeconds(3), THREE_TRIES);
        assertThat(c.giveUpIfExhausted(PendingPeer.IMMIGRATION, THREE_TRIES, T0.plusSeconds(3))).isTrue();

        assertThat(c.check(PendingPeer.IMMIGRATION).retryAt()).as("out of the retry rotation").isNull();
        assertThat(c.check(PendingPeer.IMMIGRATION).attempts()).isEqualTo(3);
        assertThat(c.toView().status()).isEqualTo(CaseStatus.REVIEW);
        assertThat(c.toView().immigrationCheck()).as("never answered").isEqualTo(RegistryCheckOutcome.PENDING);
        assertThat(c.toView().reasons()).as("which peer, and why a person").contains(ReasonCode.REGISTRY_UNAVAILABLE,
                ReasonCode.PEER_CHECK_GAVE_UP);
        assertThat(c.giveUpIfExhausted(PendingPeer.IMMIGRATION, THREE_TRIES, T0.plusSeconds(4))).as("once").isFalse();
    }

    @Test
    void aResidentCheckWithoutAnswerGivesUpAfterItsTries() {
        VerificationCase c = open();
        ResidentIdQuery query = new ResidentIdQuery(c.id(), "김민준", "900101-1000017", LocalDate.of(2019, 5, 20));
        c.noAnswer(query, T0, THREE_TRIES);
        c.noAnswer(query, T0.plusSeconds(20), THREE_TRIES);
        assertThat(c.giveUpIfExhausted(PendingPeer.RESIDENT, THREE_TRIES, T0.plusSeconds(20))).isFalse();
        c.noAnswer(query, T0.plusSeconds(60), THREE_TRIES);
        assertThat(c.giveUpIfExhausted(PendingPeer.RESIDENT, THREE_TRIES, T0.plusSeconds(60))).isTrue();
        assertThat(c.check(PendingPeer.RESIDENT).retryAt()).isNull();
        assertThat(c.toView().status()).isEqualTo(CaseStatus.REVIEW);
        assertThat(c.toView().reasons()).contains(ReasonCode.RESIDENT_REGISTRY_UNAVAILABLE, ReasonCode.PEER_CHECK_GAVE_UP);
    }

    @Test
    void aRequestTheHubCannotBuildIsTheCasesErrorNotAPendingTry() throws Exception {
        VerificationCase c = poisoned("NGU\u0000YEN");
        assertThat(c.check(PendingPeer.IMMIGRATION).retryAt()).as("due after opening").isNotNull();
        c.requestInvalid(c.immigrationQuery(), T0.plusSeconds(1));
        assertThat(c.check(PendingPeer.IMMIGRATION).retryAt()).as("out of the retry rotation").isNull();
        assertThat(c.check(PendingPeer.IMMIGRATION).attempts()).as("not a failed try of the peer").isZero();
        assertThat(c.toView().status()).isEqualTo(CaseStatus.REVIEW);
        assertThat(c.toView().reasons()).contains(ReasonCode.PEER_REQUEST_INVALID)
                .doesNotContain(ReasonCode.REGISTRY_UNAVAILABLE);
    }

    @Test
    void aTelegramRequestTheHubCannotBuildSendsTheCaseToReviewWithNothingDue() {
        // the credit bureau's enquiry, left pending once, then found unbuildable on the retry
        VerificationCase credit = open();
        PendingCreditEnquiry enquiry = new PendingCreditEnquiry(credit.id(),
                new CreditSummaryRequest("ØØØØØØØØØØ ŁŁŁŁŁŁŁŁŁŁ", "9403175123456", true));
        credit.noAnswer(enquiry, T0, THREE_TRIES);
        assertThat(credit.check(PendingPeer.CREDIT).retryAt()).as("due").isNotNull();
        credit.requestInvalid(enquiry, T0.plusSeconds(20));
        assertThat(credit.check(PendingPeer.CREDIT).retryAt()).as("out of the retry rotation").isNull();
        assertThat(credit.toView().status()).isEqualTo(CaseStatus.REVIEW);
        assertThat(credit.toView().reasons()).contains(ReasonCode.PEER_REQUEST_INVALID);

        // the carrier's 0100: no pending state, the case goes to a person
        VerificationCase phone = open();
        phone.requestInvalid(new PhoneOwnerQuery(phone.id()), T0.plusSeconds(1));
        assertThat(phone.toView().status()).isEqualTo(CaseStatus.REVIEW);
        assertThat(phone.toView().reasons()).contains(ReasonCode.PEER_REQUEST_INVALID);
        assertThat(phone.check(PendingPeer.IMMIGRATION).retryAt()).as("the other checks untouched").isNotNull();
    }

    @Test
    void theRepairMovesACaseStoredWithAControlCharacterToReviewOnce() throws Exception {
        VerificationCase c = poisoned("NGUYEN\u001b[31m");
        assertThat(c.repairUnfitForPeers(T0.plusSeconds(5))).contains("surname");
        assertThat(c.toView().status()).isEqualTo(CaseStatus.REVIEW);
        assertThat(c.toView().reasons()).contains(ReasonCode.PEER_REQUEST_INVALID);
        for (PendingPeer peer : List.of(PendingPeer.IMMIGRATION, PendingPeer.RESIDENT, PendingPeer.TAX, PendingPeer.CREDIT)) {
            assertThat(c.check(peer).retryAt()).as(peer + " not due").isNull();
        }
        assertThat(c.repairUnfitForPeers(T0.plusSeconds(6))).as("already repaired").isEmpty();

        VerificationCase clean = open();
        assertThat(clean.repairUnfitForPeers(T0.plusSeconds(5))).isEmpty();
        assertThat(clean.toView().status()).isEqualTo(CaseStatus.OPENED);
        assertThat(clean.check(PendingPeer.IMMIGRATION).retryAt()).isNotNull();
    }

    @Test
    void theStartupRepairSelectsThePoisonedCasesAuditsEachAndRunsOnce() throws Exception {
        Map<String, VerificationCase> cases = new LinkedHashMap<>();
        VerificationCase nul = poisoned("NGU\u0000YEN");
        VerificationCase clean = open();
        VerificationCase esc = poisoned("\u001bNGUYEN");
        for (VerificationCase c : List.of(nul, clean, esc)) {
            cases.put(c.id(), c);
        }
        List<AuditEntry> audit = new ArrayList<>();
        EntityManager em = entityManager(cases, audit);
        StartupRepairBean bean = new StartupRepairBean();
        bean.em = em;
        PendingCaseReader reader = new PendingCaseReader();
        Field readerEm = PendingCaseReader.class.getDeclaredField("em");
        readerEm.setAccessible(true);
        readerEm.set(reader, em);
        bean.store = new CaseStore(em, reader, () -> new Caller(Roles.HUB_PRINCIPAL, Roles.HUB::equals));

        assertThat(bean.repairUnfitForPeers()).isEqualTo(2);
        assertThat(nul.toView().status()).isEqualTo(CaseStatus.REVIEW);
        assertThat(esc.toView().status()).isEqualTo(CaseStatus.REVIEW);
        assertThat(clean.toView().status()).isEqualTo(CaseStatus.OPENED);
        assertThat(audit).extracting(a -> field(a, "action") + " " + field(a, "caseId") + " " + field(a, "principal"))
                .containsExactly(
                        "CASE_REPAIRED reason=PEER_REQUEST_INVALID field=surname " + nul.id() + " hub",
                        "CASE_REPAIRED reason=PEER_REQUEST_INVALID field=surname " + esc.id() + " hub",
                        StartupRepairBean.DONE + " cases=2 scanned=3 null hub");

        assertThat(bean.repairUnfitForPeers()).as("done: the next start scans nothing").isEqualTo(-1);
        assertThat(audit).hasSize(3);
    }

    private static Object field(AuditEntry entry, String name) {
        try {
            Field f = AuditEntry.class.getDeclaredField(name);
            f.setAccessible(true);
            return f.get(entry);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** The store as the repair uses it: undecided case ids, each case found, audit rows kept, the marker asked. */
    private static EntityManager entityManager(Map<String, VerificationCase> cases, List<AuditEntry> audit) {
        return (EntityManager) Proxy.newProxyInstance(UnaskablePeerChecksTest.class.getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "find" -> cases.get((String) args[1]);
                    case "persist" -> {
                        audit.add((AuditEntry) args[0]);
                        yield null;
                    }
                    case "createNamedQuery" -> {
                        assertThat(args[0]).isEqualTo(VerificationCase.UNDECIDED_BY_CREATION);
                        yield query(new ArrayList<>(cases.keySet()));
                    }
                    case "createQuery" -> query(audit.stream()
                            .filter(a -> field(a, "caseId") == null && ((String) field(a, "action")).startsWith(StartupRepairBean.DONE))
                            .map(a -> (Object) field(a, "id")).toList());
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static TypedQuery<?> query(List<?> rows) {
        return (TypedQuery<?>) Proxy.newProxyInstance(UnaskablePeerChecksTest.class.getClassLoader(),
                new Class<?>[] {TypedQuery.class}, (proxy, method, args) -> method.getName().equals("getResultList") ? rows : proxy);
    }
}
