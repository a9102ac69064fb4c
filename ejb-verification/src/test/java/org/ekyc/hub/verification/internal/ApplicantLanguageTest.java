package org.ekyc.hub.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.ekyc.hub.verification.api.Applicant;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.Channel;
import org.ekyc.hub.verification.api.Consent;
import org.ekyc.hub.verification.api.ConsentRefusal;
import org.ekyc.hub.verification.api.OpenCaseCommand;
import org.ekyc.hub.verification.api.Product;
import org.junit.jupiter.api.Test;

/** #19 The applicant's language on the case: from the opening request, then from the consent notice's answer. */
class ApplicantLanguageTest {

    private static final Instant T0 = Instant.parse("2026-12-04T09:00:00Z");
    private static final RetryPolicy RETRY = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(15), Duration.ofMinutes(1));

    private static VerificationCase opened(String language) {
        return VerificationCase.open(new OpenCaseCommand(
                new Applicant("NGUYEN", "VAN AN", null, "VNM", LocalDate.of(1994, 3, 17), null, null),
                Product.ACCOUNT, Channel.REST, null, null).withLanguage(language), T0, RETRY);
    }

    @Test
    void theOpeningRequestsLanguageIsTheCasesWhenItIsOneOfTheFour() {
        assertThat(opened("vi").applicantLanguage()).isEqualTo("vi");
        assertThat(opened("zh-CN").applicantLanguage()).as("a tag with a region is its language").isEqualTo("zh");
        assertThat(opened("KO").applicantLanguage()).isEqualTo("ko");
        assertThat(opened("fr").applicantLanguage()).as("not one of the four: unknown").isNull();
        assertThat(opened("not a tag!").applicantLanguage()).isNull();
        assertThat(opened(null).applicantLanguage()).isNull();
    }

    @Test
    void theLanguageIsNotPartOfTheRequestsFingerprint() {
        OpenCaseCommand command = new OpenCaseCommand(
                new Applicant("NGUYEN", "VAN AN", null, "VNM", LocalDate.of(1994, 3, 17), null, null),
                Product.ACCOUNT, Channel.REST, null, null, "key-1");
        assertThat(command.withLanguage("vi").idempotencyKey()).isEqualTo("key-1");
        assertThat(command.withLanguage("vi").withIdempotencyKey("key-2").language()).isEqualTo("vi");
        assertThat(RequestFingerprint.of(command.withLanguage("vi"))).isEqualTo(RequestFingerprint.of(command.withLanguage("en")));
    }

    @Test
    void theConsentNoticesLanguageBecomesTheCasesOverTheOpeningRequests() {
        VerificationCase c = opened("en");
        c.recordConsent(new Consent("face-2026-01", "vi", 30), T0);
        assertThat(c.applicantLanguage()).isEqualTo("vi");

        VerificationCase unknown = opened(null);
        unknown.recordConsent(new Consent("face-2026-01", "zh", 30), T0);
        assertThat(unknown.applicantLanguage()).isEqualTo("zh");
    }

    @Test
    void aRefusalInALanguageSetsItToo() {
        VerificationCase c = opened(null);
        assertThat(c.recordConsentRefusal(new ConsentRefusal("face-2026-01", "ko"), "service-account-bank-app", T0)).isTrue();
        assertThat(c.applicantLanguage()).isEqualTo("ko");
        assertThat(c.toView().status()).isEqualTo(CaseStatus.REJECTED);
    }
}
