package org.ekyc.hub.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.ekyc.hub.verification.api.Applicant;
import org.ekyc.hub.verification.api.Channel;
import org.ekyc.hub.verification.api.OpenCaseCommand;
import org.ekyc.hub.verification.api.Product;
import org.junit.jupiter.api.Test;

/** A case keeps its applicant's age band from the day it was opened, in clear, for the operations dashboard. */
class CaseAgeBandTest {

    private static final RetryPolicy RETRY = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(15), Duration.ofMinutes(1));

    private static VerificationCase openedOn(Instant when, LocalDate birthDate) {
        return VerificationCase.open(new OpenCaseCommand(
                new Applicant("WANG", "XIAOMING", null, "CHN", birthDate, null, null),
                Product.LOAN, Channel.REST, null, null), when, RETRY);
    }

    @Test
    void theBandIsTheAgeOnTheDayTheCaseWasOpened() {
        LocalDate born = LocalDate.of(1986, 11, 24);
        assertThat(openedOn(Instant.parse("2026-11-23T23:00:00Z"), born).applicant.ageBand()).isEqualTo("30-39");
        assertThat(openedOn(Instant.parse("2026-11-24T00:00:00Z"), born).applicant.ageBand()).isEqualTo("40-49");
    }
}
