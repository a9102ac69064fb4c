package org.ekyc.hub.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.ekyc.hub.verification.api.Address;
import org.ekyc.hub.verification.api.AddressKind;
import org.ekyc.hub.verification.api.Applicant;
import org.ekyc.hub.verification.api.Channel;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.OpenCaseCommand;
import org.ekyc.hub.verification.api.Product;
import org.ekyc.hub.verification.api.ReasonCode;
import org.junit.jupiter.api.Test;

class RequestFingerprintTest {

    private static final Applicant NGUYEN = new Applicant("NGUYEN", "VAN AN", "응우옌반안", "VNM",
            LocalDate.of(1990, 5, 17), "01012345678", "an.nguyen@example.test",
            List.of(Address.inCountry(AddressKind.RESIDENCE, "KOR")));

    private static OpenCaseCommand command(Applicant applicant, Channel channel, String key) {
        return new OpenCaseCommand(applicant, Product.ACCOUNT, channel, "C-1001", "9005175000001", key);
    }

    private static OpenCaseCommand request() {
        return command(NGUYEN, Channel.REST, "REST:k-1");
    }

    private static Applicant applicant(UnaryOperator<Object[]> change) {
        Object[] v = {NGUYEN.surname(), NGUYEN.givenNames(), NGUYEN.hangulName(), NGUYEN.nationality(),
                NGUYEN.birthDate(), NGUYEN.phone(), NGUYEN.email(), NGUYEN.addresses()};
        v = change.apply(v);
        @SuppressWarnings("unchecked")
        List<Address> addresses = (List<Address>) v[7];
        return new Applicant((String) v[0], (String) v[1], (String) v[2], (String) v[3], (LocalDate) v[4],
                (String) v[5], (String) v[6], addresses);
    }

    private static Applicant with(int index, Object value) {
        return applicant(v -> {
            v[index] = value;
            return v;
        });
    }

    @Test
    void theSameRequestHasTheSameFingerprint() {
        assertThat(RequestFingerprint.of(request())).isEqualTo(RequestFingerprint.of(request()))
                .hasSize(RequestFingerprint.LENGTH).matches("[0-9a-f]{64}");
    }

    @Test
    void everyFieldOfTheRequestChangesTheFingerprint() {
        String first = RequestFingerprint.of(request());
        List<OpenCaseCommand> others = List.of(
                command(with(0, "TRAN"), Channel.REST, "REST:k-1"),
                command(with(1, "VAN BINH"), Channel.REST, "REST:k-1"),
                command(with(1, null), Channel.REST, "REST:k-1"),
                command(with(2, "응우옌반빈"), Channel.REST, "REST:k-1"),
                command(with(3, "KOR"), Channel.REST, "REST:k-1"),
                command(with(4, LocalDate.of(1990, 5, 18)), Channel.REST, "REST:k-1"),
                command(with(5, "01099998888"), Channel.REST, "REST:k-1"),
                command(with(6, "other@example.test"), Channel.REST, "REST:k-1"),
                command(with(7, List.of(Address.inCountry(AddressKind.RESIDENCE, "VNM"))), Channel.REST, "REST:k-1"),
                command(with(7, List.of(new Address(AddressKind.RESIDENCE, "KOR", "Seoul"))), Channel.REST, "REST:k-1"),
                command(with(7, List.of()), Channel.REST, "REST:k-1"),
                new OpenCaseCommand(NGUYEN, Product.LOAN, Channel.REST, "C-1001", "9005175000001", "REST:k-1"),
                new OpenCaseCommand(NGUYEN, Product.ACCOUNT, Channel.REST, "C-1002", "9005175000001", "REST:k-1"),
                new OpenCaseCommand(NGUYEN, Product.ACCOUNT, Channel.REST, "C-1001", "9005175000002", "REST:k-1"),
                new OpenCaseCommand(NGUYEN, Product.ACCOUNT, Channel.REST, "C-1001", null, "REST:k-1"),
                command(NGUYEN, Channel.REST, "REST:k-2"));
        for (OpenCaseCommand other : others) {
            assertThat(RequestFingerprint.of(other)).as(other.toString()).isNotEqualTo(first);
        }
        assertThat(others.stream().map(RequestFingerprint::of).distinct()).hasSameSizeAs(others);
    }

    @Test
    void aChannelsFormattingDoesNotChangeTheFingerprint() {
        Applicant typed = new Applicant("  Nguyen ", "Van   An", "응우옌반안", "vnm", LocalDate.of(1990, 5, 17),
                "010-1234-5678", "An.Nguyen@Example.test", List.of(Address.inCountry(AddressKind.RESIDENCE, "kor")));
        OpenCaseCommand formatted = new OpenCaseCommand(typed, Product.ACCOUNT, Channel.REST, " C-1001 ",
                "900517-5000001", "REST:k-1");
        assertThat(RequestFingerprint.of(formatted)).isEqualTo(RequestFingerprint.of(request()));
    }

    @Test
    void valuesCannotBeShiftedFromOneFieldToTheNext() {
        assertThat(RequestFingerprint.of(command(with(1, "VAN"), Channel.REST, "REST:k-1")))
                .isNotEqualTo(RequestFingerprint.of(command(applicant(v -> {
                    v[0] = "NGUYEN VAN";
                    v[1] = null;
                    return v;
                }), Channel.REST, "REST:k-1")));
    }

    @Test
    void theKeyIsScopedToItsChannel() {
        assertThat(RequestFingerprint.scopedKey(command(NGUYEN, Channel.SOAP, "k-1"))).isEqualTo("SOAP:k-1");
        assertThat(RequestFingerprint.scopedKey(command(NGUYEN, Channel.SOAP, "SOAP:k-1"))).isEqualTo("SOAP:k-1");
        // a key that names another channel stays in its own caller's scope
        assertThat(RequestFingerprint.scopedKey(command(NGUYEN, Channel.SOAP, "REST:k-1"))).isEqualTo("SOAP:REST:k-1");
        assertThat(RequestFingerprint.scopedKey(command(NGUYEN, Channel.REST, null))).isNull();
        assertThatThrownBy(() -> RequestFingerprint.scopedKey(command(NGUYEN, Channel.SOAP, "k".repeat(100))))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.reason()).isEqualTo(ReasonCode.FIELD_TOO_LONG));
        // the same content under two channels' keys: two different fingerprints (the scoped key salts it)
        assertThat(RequestFingerprint.of(command(NGUYEN, Channel.SOAP, "k-1")))
                .isNotEqualTo(RequestFingerprint.of(command(NGUYEN, Channel.REST, "k-1")));
    }

    @Test
    void aCaseKeepsTheScopedKeyAndTheFingerprintOfTheRequestThatOpenedIt() {
        RetryPolicy retry = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(15), Duration.ofMinutes(1));
        VerificationCase keyed = VerificationCase.open(command(NGUYEN, Channel.SOAP, "k-1"), Instant.now(), retry);
        assertThat(keyed.idempotencyKey).isEqualTo("SOAP:k-1");
        assertThat(keyed.requestFingerprint).isEqualTo(RequestFingerprint.of(command(NGUYEN, Channel.SOAP, "k-1")));
        VerificationCase unkeyed = VerificationCase.open(command(NGUYEN, Channel.SOAP, null), Instant.now(), retry);
        assertThat(unkeyed.idempotencyKey).isNull();
        assertThat(unkeyed.requestFingerprint).isNull();
    }

    @Test
    void aKeyAnswersOnlyARepeatOfItsFirstRequest() {
        String first = RequestFingerprint.of(request());
        assertThatCode(() -> RepeatedRequests.sameRequest(first, "case-1", request())).doesNotThrowAnyException();
        assertThatThrownBy(() -> RepeatedRequests.sameRequest(first, "case-1", command(with(0, "TRAN"), Channel.REST, "REST:k-1")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ReasonCode.IDEMPOTENCY_KEY_REUSED);
                    assertThat(e.field()).isEqualTo("idempotencyKey");
                });
    }

    @Test
    void aCaseOpenedBeforeFingerprintsWereKeptAnswersItsKeyAsBefore() {
        assertThatCode(() -> RepeatedRequests.sameRequest(null, "case-0", command(with(0, "TRAN"), Channel.REST, "REST:k-1")))
                .doesNotThrowAnyException();
    }

    @Test
    void anIdempotencyKeyIsScopedToThePartnerThatSentIt() {
        OpenCaseCommand bank = RequestFingerprint.ownedBy(request(), "service-account-bank-app");
        OpenCaseCommand insurer = RequestFingerprint.ownedBy(request(), "service-account-insurer-soap");
        assertThat(bank.idempotencyKey()).startsWith("REST:o").endsWith(":k-1");
        assertThat(RequestFingerprint.scopedKey(bank)).as("two partners, one key: two cases")
                .isNotEqualTo(RequestFingerprint.scopedKey(insurer));
        assertThat(RequestFingerprint.ownedBy(bank, "service-account-bank-app").idempotencyKey())
                .as("scoping twice is scoping once").isEqualTo(bank.idempotencyKey());
        assertThat(RequestFingerprint.ownedBy(command(NGUYEN, Channel.REST, null), "x").idempotencyKey()).isNull();
    }
}
