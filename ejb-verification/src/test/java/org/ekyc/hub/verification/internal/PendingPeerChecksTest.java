package org.ekyc.hub.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.NamedQuery;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import org.ekyc.hub.verification.api.Applicant;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.Channel;
import org.ekyc.hub.verification.api.OpenCaseCommand;
import org.ekyc.hub.verification.api.Product;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.peer.credit.BalanceBand;
import org.ekyc.hub.verification.api.peer.credit.CreditOutcome;
import org.ekyc.hub.verification.api.peer.credit.CreditSummary;
import org.ekyc.hub.verification.api.peer.credit.PendingCreditEnquiry;
import org.ekyc.hub.verification.api.peer.tax.IncomeBand;
import org.ekyc.hub.verification.api.peer.resident.ResidentIdOutcome;
import org.ekyc.hub.verification.api.peer.resident.ResidentIdQuery;
import org.ekyc.hub.verification.api.peer.resident.ResidentIdResult;
import org.ekyc.hub.verification.api.peer.tax.TaxFilingStatus;
import org.ekyc.hub.verification.api.peer.tax.TaxQuery;
import org.ekyc.hub.verification.api.peer.tax.TaxStatus;
import org.ekyc.hub.verification.privacy.EncryptedStringConverter;
import org.junit.jupiter.api.Test;

/**
 * Pending peer checks that resume by themselves: what is kept to ask again, the back-off,
 * the lease, and that an answered check is never taken again. Synthetic people only.
 */
class PendingPeerChecksTest {

    private static final Instant T0 = Instant.parse("2026-11-23T00:00:00Z");
    private static final RetryPolicy BACKOFF = new RetryPolicy(Duration.ofSeconds(10), Duration.ofSeconds(60),
            Duration.ofSeconds(30));

    private static VerificationCase loan() {
        return VerificationCase.open(new OpenCaseCommand(
                new Applicant("KIM", "HANEUL", "김하늘", "KOR", LocalDate.of(1992, 5, 5), "010-5555-0001", null),
                Product.LOAN, Channel.REST, null, "9205052123456"), T0, BACKOFF);
    }

    @Test
    void eachPeerHasItsOwnBackOffAndLeaseSettingsWithDefaults() {
        RetryPolicy defaults = RetryPolicy.peer("resident", Map.of(), new Properties());
        assertThat(defaults).isEqualTo(new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(15), Duration.ofMinutes(1)));
        Properties sys = new Properties();
        sys.setProperty("kyc.credit.retry-lease-ms", "5000");
        RetryPolicy credit = RetryPolicy.peer("credit", Map.of("KYC_CREDIT_BACKOFF_BASE_MS", "1000",
                "KYC_CREDIT_BACKOFF_MAX_MS", "4000", "KYC_RESIDENT_BACKOFF_BASE_MS", "99"), sys);
        assertThat(credit.first()).isEqualTo(Duration.ofSeconds(5));
        assertThat(credit.delayAfter(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(credit.delayAfter(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(credit.delayAfter(9)).as("capped").isEqualTo(Duration.ofSeconds(4));
        assertThatThrownBy(() -> RetryPolicy.peer("tax", Map.of("KYC_TAX_BACKOFF_BASE_MS", "x"), new Properties()))
                .hasMessageContaining("KYC_TAX_BACKOFF_BASE_MS");
    }

    @Test
    void aResidentCheckWithoutAnswerKeepsItsQueryAndIsDueAfterADoublingBackOff() {
        VerificationCase c = loan();
        ResidentIdQuery query = new ResidentIdQuery(c.id(), "김민준.Kim", "900101-1000017", LocalDate.of(2019, 5, 20));
        assertThat(c.check(PendingPeer.RESIDENT).retryAt()).as("nothing pending yet").isNull();

        c.noAnswer(query, T0, BACKOFF);
        assertThat(c.toView().registryChecks().residentCheck()).isEqualTo("PENDING");
        assertThat(c.toView().reasons()).contains(ReasonCode.RESIDENT_REGISTRY_UNAVAILABLE);
        assertThat(c.check(PendingPeer.RESIDENT).attempts()).isEqualTo(1);
        assertThat(c.check(PendingPeer.RESIDENT).retryAt()).isEqualTo(T0.plusSeconds(10));

        // taken by the retry round: leased, and asked with exactly what the caller sent
        ResidentIdQuery taken = (ResidentIdQuery) c.takePending(PendingPeer.RESIDENT, T0.plusSeconds(40));
        assertThat(taken).usingRecursiveComparison().isEqualTo(query);
        assertThat(c.check(PendingPeer.RESIDENT).retryAt()).as("leased").isEqualTo(T0.plusSeconds(40));

        // still no answer: one more failed try, twice the wait, then capped
        c.noAnswer(taken, T0.plusSeconds(41), BACKOFF);
        assertThat(c.check(PendingPeer.RESIDENT).retryAt()).isEqualTo(T0.plusSeconds(41 + 20));
        for (int i = 0; i < 5; i++) {
            c.noAnswer(taken, T0.plusSeconds(100), BACKOFF);
        }
        assertThat(c.check(PendingPeer.RESIDENT).attempts()).isEqualTo(7);
        assertThat(c.check(PendingPeer.RESIDENT).retryAt()).isEqualTo(T0.plusSeconds(160));
    }

    @Test
    void anAnsweredResidentCheckForgetsTheQueryAndIsNeverTakenAgain() {
        VerificationCase c = loan();
        c.noAnswer(new ResidentIdQuery(c.id(), "김민준", "9001011000017", LocalDate.of(2019, 5, 20)), T0, BACKOFF);
        c.record(new ResidentIdResult(ResidentIdOutcome.NO_MATCH, "01"), T0.plusSeconds(12), BACKOFF);
        assertThat(c.toView().registryChecks().residentCheck()).isEqualTo("NO_MATCH");
        assertThat(c.toView().reasons()).contains(ReasonCode.RESIDENT_ID_NO_MATCH)
                .doesNotContain(ReasonCode.RESIDENT_REGISTRY_UNAVAILABLE);
        assertThat(c.toView().status()).isEqualTo(CaseStatus.REVIEW);
        assertThat(c.check(PendingPeer.RESIDENT).retryAt()).as("not due any more").isNull();
        assertThat(c.check(PendingPeer.RESIDENT).attempts()).isZero();
        assertThat(field(c, "resident", "query")).as("the number asked about is not kept once answered").isNull();
        assertThatThrownBy(() -> c.takePending(PendingPeer.RESIDENT, T0.plusSeconds(60))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anIncomeCheckWithoutAnswerKeepsNumberNameAndYearAndAnAnswerClearsThem() {
        VerificationCase c = loan();
        TaxQuery query = new TaxQuery(c.id(), "123-45-67890", "한빛상회", 2025);
        c.noAnswer(query, T0, BACKOFF);
        assertThat(c.toView().registryChecks().incomeCheck()).isEqualTo("PENDING");
        assertThat(c.toView().registryChecks().incomeTaxYear()).isEqualTo(2025);
        assertThat(c.toView().reasons()).contains(ReasonCode.TAX_AUTHORITY_UNAVAILABLE);
        assertThat(c.check(PendingPeer.TAX).retryAt()).isEqualTo(T0.plusSeconds(10));

        TaxQuery taken = (TaxQuery) c.takePending(PendingPeer.TAX, T0.plusSeconds(30));
        assertThat(taken).usingRecursiveComparison().isEqualTo(query);
        assertThat(taken.isBusiness()).isTrue();

        c.record(new TaxStatus(TaxFilingStatus.REGISTERED, IncomeBand.NONE, 2025, "00"), T0.plusSeconds(31), BACKOFF);
        assertThat(c.toView().registryChecks().incomeCheck()).isEqualTo("REGISTERED");
        assertThat(c.toView().reasons()).doesNotContain(ReasonCode.TAX_AUTHORITY_UNAVAILABLE);
        assertThat(c.check(PendingPeer.TAX).retryAt()).isNull();
        assertThat(field(c, "income", "query")).isNull();
        assertThatThrownBy(() -> c.takePending(PendingPeer.TAX, T0.plusSeconds(60))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCreditCheckWithoutAnswerIsDueAgainAndRebuiltFromTheCase() {
        VerificationCase c = loan();
        c.noAnswer(new PendingCreditEnquiry(c.id(), c.creditSummaryRequest(true)), T0, BACKOFF);
        c.noAnswer(new PendingCreditEnquiry(c.id(), c.creditSummaryRequest(true)), T0.plusSeconds(5), BACKOFF);
        assertThat(c.toView().creditCheck()).isEqualTo("PENDING");
        assertThat(c.check(PendingPeer.CREDIT).attempts()).isEqualTo(2);
        assertThat(c.check(PendingPeer.CREDIT).retryAt()).isEqualTo(T0.plusSeconds(5 + 20));

        var taken = (PendingCreditEnquiry) c.takePending(PendingPeer.CREDIT, T0.plusSeconds(60));
        assertThat(taken.caseId()).isEqualTo(c.id());
        assertThat(taken.request().registrationNumber()).isEqualTo("9205052123456");
        assertThat(taken.request().name()).isEqualTo("김하늘");
        assertThat(taken.request().consent()).isTrue();
        assertThat(c.check(PendingPeer.CREDIT).retryAt()).isEqualTo(T0.plusSeconds(60));

        c.record(new CreditSummary(CreditOutcome.FOUND, 3, false, 2, BalanceBand.UNDER_50M, "0000"),
                T0.plusSeconds(61), BACKOFF);
        assertThat(c.toView().creditCheck()).isEqualTo("FOUND");
        assertThat(c.toView().reasons()).doesNotContain(ReasonCode.CREDIT_BUREAU_UNAVAILABLE);
        assertThat(c.check(PendingPeer.CREDIT).retryAt()).isNull();
        assertThatThrownBy(() -> c.takePending(PendingPeer.CREDIT, T0.plusSeconds(90))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theKeptQueriesAreSealedColumnsAndThePendingQueriesOnlyTakeDueChecks() throws Exception {
        for (Class<?> part : new Class<?>[] {ResidentCheck.class, IncomeCheck.class}) {
            Field f = part.getDeclaredField("query");
            String name = part.getSimpleName() + ".query";
            assertThat(f.getAnnotation(Convert.class).converter()).as(name).isEqualTo(EncryptedStringConverter.class);
            assertThat(f.getAnnotation(Column.class).name()).as(name).endsWith("_enc");
        }
        for (String q : new String[] {VerificationCase.RESIDENT_PENDING, VerificationCase.INCOME_PENDING,
                VerificationCase.CREDIT_PENDING}) {
            String jpql = Arrays.stream(VerificationCase.class.getAnnotationsByType(NamedQuery.class))
                    .filter(n -> n.name().equals(q)).findFirst().orElseThrow().query();
            assertThat(jpql).as(q).contains("= :pending").contains("retryAt <= :now").contains("order by");
        }
    }

    private static Object field(Object target, String... path) {
        try {
            Object value = target;
            for (String name : path) {
                if (value == null) {
                    return null;
                }
                Field f = declared(value.getClass(), name);
                f.setAccessible(true);
                value = f.get(value);
            }
            return value;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** The field {@code name} of {@code type} or of one of its superclasses. */
    private static Field declared(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> t = type; t != null; t = t.getSuperclass()) {
            try {
                return t.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look further up
            }
        }
        throw new NoSuchFieldException(type.getName() + "." + name);
    }
}
