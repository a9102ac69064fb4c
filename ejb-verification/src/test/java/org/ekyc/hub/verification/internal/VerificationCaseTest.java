package org.ekyc.hub.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;
import org.ekyc.hub.verification.api.Applicant;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.Channel;
import org.ekyc.hub.verification.api.OpenCaseCommand;
import org.ekyc.hub.verification.api.Product;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.peer.immigration.RegistryCheckOutcome;
import org.ekyc.hub.verification.api.peer.immigration.StayStatus;
import org.ekyc.hub.verification.api.peer.credit.PendingCreditEnquiry;
import org.junit.jupiter.api.Test;

class VerificationCaseTest {

    private static final Instant T0 = Instant.parse("2026-11-23T00:00:00Z");
    private static final RetryPolicy RETRY = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(15), Duration.ofMinutes(1));

    private static VerificationCase open() {
        return VerificationCase.open(new OpenCaseCommand(
                new Applicant("WANG", "XIAOMING", null, "CHN", LocalDate.of(1985, 12, 24), null, null),
                Product.LOAN, Channel.REST, null, null), T0, RETRY);
    }

    @Test
    void backOffDoublesPerFailedTryUpToTheCap() {
        assertThat(RETRY.delayAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(RETRY.delayAfter(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(RETRY.delayAfter(4)).isEqualTo(Duration.ofSeconds(80));
        assertThat(RETRY.delayAfter(20)).isEqualTo(Duration.ofMinutes(15));
        assertThat(RetryPolicy.from(Map.of("KYC_IMMIGRATION_BACKOFF_BASE_MS", "1000"), new Properties()).delayAfter(3))
                .isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void registryOutageKeepsTheCheckPendingWithAReason() {
        VerificationCase c = open();
        c.record(StayStatus.unavailable("SoapFault"), T0, RETRY);
        var view = c.toView();
        assertThat(view.status()).isEqualTo(CaseStatus.OPENED);
        assertThat(view.immigrationCheck()).isEqualTo(RegistryCheckOutcome.PENDING);
        assertThat(view.reasons()).containsExactly(ReasonCode.REGISTRY_UNAVAILABLE);
    }

    @Test
    void answerAfterAnOutageClearsTheOutageReason() {
        VerificationCase c = open();
        c.record(StayStatus.unavailable("SoapFault"), T0, RETRY);
        c.record(new StayStatus(RegistryCheckOutcome.VERIFIED, "F-4", LocalDate.of(2028, 12, 31), "00"),
                T0.plusSeconds(30), RETRY);
        var view = c.toView();
        assertThat(view.immigrationCheck()).isEqualTo(RegistryCheckOutcome.VERIFIED);
        assertThat(view.reasons()).isEmpty();
        assertThat(view.stayStatusCode()).isEqualTo("F-4");
    }

    @Test
    void refusedCredentialsKeepTheCheckPendingWithTheirOwnReasonUntilTheRegistryAnswers() {
        VerificationCase c = open();
        c.record(StayStatus.unavailable("SocketTimeoutException"), T0, RETRY);
        c.record(StayStatus.accessRefused("wsse:SecurityError"), T0.plusSeconds(10), RETRY);
        var view = c.toView();
        assertThat(view.status()).as("not the applicant's fault").isEqualTo(CaseStatus.OPENED);
        assertThat(view.immigrationCheck()).isEqualTo(RegistryCheckOutcome.PENDING);
        assertThat(view.reasons()).containsExactly(ReasonCode.REGISTRY_ACCESS_REFUSED);

        c.record(StayStatus.unavailable("SocketTimeoutException"), T0.plusSeconds(40), RETRY);
        assertThat(c.toView().reasons()).containsExactly(ReasonCode.REGISTRY_UNAVAILABLE);

        c.record(StayStatus.accessRefused("wsse:SecurityError"), T0.plusSeconds(80), RETRY);
        c.record(new StayStatus(RegistryCheckOutcome.VERIFIED, "E-9", LocalDate.of(2027, 8, 31), "00"),
                T0.plusSeconds(400), RETRY);
        assertThat(c.toView().immigrationCheck()).isEqualTo(RegistryCheckOutcome.VERIFIED);
        assertThat(c.toView().reasons()).isEmpty();
    }

    @Test
    void invalidStayOrNoMatchSendsTheCaseToReview() {
        VerificationCase expired = open();
        expired.record(new StayStatus(RegistryCheckOutcome.INVALID, "D-2", LocalDate.of(2024, 2, 28), "02"), T0, RETRY);
        assertThat(expired.toView().status()).isEqualTo(CaseStatus.REVIEW);
        assertThat(expired.toView().reasons()).containsExactly(ReasonCode.STAY_NOT_VALID);
        VerificationCase unknown = open();
        unknown.record(new StayStatus(RegistryCheckOutcome.NOT_FOUND, null, null, "01"), T0, RETRY);
        assertThat(unknown.toView().reasons()).containsExactly(ReasonCode.REGISTRY_NO_MATCH);
    }

    @Test
    void aResidentIdCheckNeedsAnIdCardOrLicenceOnTheCase() {
        VerificationCase c = open();
        org.assertj.core.api.Assertions.assertThatThrownBy(c::requireResidentDocument)
                .isInstanceOf(org.ekyc.hub.verification.api.InvalidRequestException.class)
                .hasFieldOrPropertyWithValue("reason", ReasonCode.RESIDENT_CHECK_NOT_APPLICABLE);
    }

    @Test
    void aLostCardSendsTheCaseToReviewAndAnOutageOnlyWaits() {
        VerificationCase c = open();
        c.noAnswer(new org.ekyc.hub.verification.api.peer.resident.ResidentIdQuery(c.id(), "김민준",
                "9001011000017", LocalDate.of(2019, 5, 20)), T0, RETRY);
        assertThat(c.toView().registryChecks().residentCheck()).isEqualTo("PENDING");
        assertThat(c.toView().reasons()).contains(ReasonCode.RESIDENT_REGISTRY_UNAVAILABLE);
        assertThat(c.toView().status()).isEqualTo(CaseStatus.OPENED);

        c.record(new org.ekyc.hub.verification.api.peer.resident.ResidentIdResult(
                org.ekyc.hub.verification.api.peer.resident.ResidentIdOutcome.REPORTED_LOST, "02"), T0.plusSeconds(5), RETRY);
        var view = c.toView();
        assertThat(view.registryChecks().residentCheck()).isEqualTo("REPORTED_LOST");
        assertThat(view.reasons()).contains(ReasonCode.RESIDENT_ID_REPORTED_LOST)
                .doesNotContain(ReasonCode.RESIDENT_REGISTRY_UNAVAILABLE);
        assertThat(view.status()).isEqualTo(CaseStatus.REVIEW);
    }

    @Test
    void incomeWithoutDeclarationIsAFindingAndAFilingClearsIt() {
        VerificationCase c = open();
        c.record(new org.ekyc.hub.verification.api.peer.tax.TaxStatus(
                org.ekyc.hub.verification.api.peer.tax.TaxFilingStatus.NOT_FILED,
                org.ekyc.hub.verification.api.peer.tax.IncomeBand.NONE, 2025, "00"), T0, RETRY);
        assertThat(c.toView().reasons()).contains(ReasonCode.INCOME_NOT_DECLARED);
        c.record(new org.ekyc.hub.verification.api.peer.tax.TaxStatus(
                org.ekyc.hub.verification.api.peer.tax.TaxFilingStatus.FILED,
                org.ekyc.hub.verification.api.peer.tax.IncomeBand.OVER_100M, 2025, "00"), T0.plusSeconds(1), RETRY);
        var view = c.toView();
        assertThat(view.reasons()).doesNotContain(ReasonCode.INCOME_NOT_DECLARED);
        assertThat(view.registryChecks().incomeBand()).isEqualTo("OVER_100M");
        assertThat(view.registryChecks().incomeTaxYear()).isEqualTo(2025);
    }

    @Test
    void theTaxQueryFallsBackToTheCasesOwnNumberAndName() {
        VerificationCase c = VerificationCase.open(new OpenCaseCommand(
                new Applicant("NGUYEN", "VAN AN", "응우옌 반 안", "VNM", LocalDate.of(1994, 3, 17), null, null),
                Product.LOAN, Channel.REST, null, "9403175123456"), T0, RETRY);
        var q = c.taxQuery(2025, null, null);
        assertThat(q.registrationNumber()).isEqualTo("9403175123456");
        assertThat(q.name()).isEqualTo("응우옌 반 안");
        assertThat(c.taxQuery(2025, "123-45-67890", "한빛상회").isBusiness()).isTrue();
    }

    // --- phone verification and credit summary ---

    private static final String CI = "A".repeat(86) + "==";
    private static final String DI = "B".repeat(64);

    private static VerificationCase openWithPhone(Product product) {
        return VerificationCase.open(new OpenCaseCommand(
                new Applicant("HONG", "GILDONG", "홍길동", "KOR", LocalDate.of(1990, 1, 1), "+82 10-1234-5678", null),
                product, Channel.REST, null, "9001011234568"), T0, RETRY);
    }

    @Test
    void phoneIdentityRequestUsesTheHangulNameAndTheDomesticNumber() {
        var request = openWithPhone(Product.LOAN).phoneIdentityRequest(
                org.ekyc.hub.verification.api.peer.telecom.Sex.M, org.ekyc.hub.verification.api.peer.telecom.Carrier.SKT);
        assertThat(request.name()).isEqualTo("홍길동");
        assertThat(request.phone()).isEqualTo("01012345678");
        assertThat(request.foreigner()).isFalse();
        var foreigner = open();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> foreigner.phoneIdentityRequest(
                        org.ekyc.hub.verification.api.peer.telecom.Sex.M, org.ekyc.hub.verification.api.peer.telecom.Carrier.KT))
                .hasMessageContaining("FIELD_REQUIRED (phone)");
    }

    @Test
    void otpSentThenWrongCodeThenRightCodeStoresCiAndDi() {
        VerificationCase c = openWithPhone(Product.ACCOUNT);
        org.assertj.core.api.Assertions.assertThatThrownBy(c::phoneTransaction)
                .hasMessageContaining("PHONE_VERIFICATION_NOT_STARTED");
        c.record(new org.ekyc.hub.verification.api.peer.telecom.OtpChallenge(
                org.ekyc.hub.verification.api.peer.telecom.PhoneCheckOutcome.OTP_SENT, "TX1", 180, "0000"), T0, RETRY);
        assertThat(c.phoneTransaction()).isEqualTo("TX1");
        c.record(new org.ekyc.hub.verification.api.peer.telecom.PhoneIdentity(
                org.ekyc.hub.verification.api.peer.telecom.PhoneCheckOutcome.OTP_MISMATCH, null, null, "2001"), T0, RETRY);
        assertThat(c.toView().status()).isEqualTo(CaseStatus.RETRY);
        assertThat(c.toView().reasons()).containsExactly(ReasonCode.PHONE_OTP_MISMATCH);
        assertThat(c.phoneTransaction()).as("a wrong code keeps the transaction waiting").isEqualTo("TX1");
        c.record(new org.ekyc.hub.verification.api.peer.telecom.PhoneIdentity(
                org.ekyc.hub.verification.api.peer.telecom.PhoneCheckOutcome.VERIFIED, CI, DI, "0000"), T0.plusSeconds(5), RETRY);
        var view = c.toView();
        assertThat(view.status()).isEqualTo(CaseStatus.OPENED);
        assertThat(view.reasons()).isEmpty();
        assertThat(view.phone().check()).isEqualTo("VERIFIED");
        assertThat(view.phone().identityStored()).isTrue();
        assertThat(view.phone().verifiedAt()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void carrierThatDoesNotConfirmThePhoneSendsTheCaseToReview() {
        VerificationCase c = openWithPhone(Product.ACCOUNT);
        c.record(new org.ekyc.hub.verification.api.peer.telecom.OtpChallenge(
                org.ekyc.hub.verification.api.peer.telecom.PhoneCheckOutcome.IDENTITY_MISMATCH, null, 0, "1002"), T0, RETRY);
        assertThat(c.toView().status()).isEqualTo(CaseStatus.REVIEW);
        assertThat(c.toView().reasons()).containsExactly(ReasonCode.PHONE_NOT_VERIFIED);
    }

    @Test
    void creditSummaryOnlyForLoansWithConsentAndKeptAsRecorded() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> openWithPhone(Product.ACCOUNT).creditSummaryRequest(true))
                .hasMessageContaining("CREDIT_CHECK_NOT_APPLICABLE");
        VerificationCase loan = openWithPhone(Product.LOAN);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> loan.creditSummaryRequest(false))
                .hasMessageContaining("CREDIT_CONSENT_REQUIRED");
        assertThat(loan.creditSummaryRequest(true).registrationNumber()).isEqualTo("9001011234568");
        loan.noAnswer(new PendingCreditEnquiry(loan.id(), loan.creditSummaryRequest(true)), T0, RETRY);
        assertThat(loan.toView().creditCheck()).isEqualTo("PENDING");
        assertThat(loan.toView().reasons()).containsExactly(ReasonCode.CREDIT_BUREAU_UNAVAILABLE);
        var summary = new org.ekyc.hub.verification.api.peer.credit.CreditSummary(
                org.ekyc.hub.verification.api.peer.credit.CreditOutcome.FOUND, 3, false, 2,
                org.ekyc.hub.verification.api.peer.credit.BalanceBand.UNDER_50M, "0000");
        loan.record(summary, T0, RETRY);
        assertThat(loan.toView().creditCheck()).isEqualTo("FOUND");
        assertThat(loan.toView().reasons()).isEmpty();
        assertThat(loan.creditSummary()).isEqualTo(summary);
    }
}
