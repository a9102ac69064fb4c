package org.ekyc.hub.routes.channel.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.ekyc.hub.verification.api.Applicant;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.Channel;
import org.ekyc.hub.verification.api.Product;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.review.ReopenedStep;
import org.ekyc.hub.verification.api.risk.RiskTier;
import org.junit.jupiter.api.Test;

/** What the customer's page learns of a reviewer's request for more: the step to repeat and the reason, in their language. */
class CaptureProgressTest {

    @Test
    void theCustomerIsToldWhichStepToRepeatAndWhyNeverTheReviewersNote() {
        Instant at = Instant.parse("2026-12-04T10:00:00Z");
        CaseView v = new CaseView("c-1", CaseStatus.RETRY, Product.ACCOUNT, Channel.REST, null,
                new Applicant("PHAM", "THI HOA", null, "VNM", LocalDate.of(1996, 8, 9), null, null), null, null, null,
                List.of(ReasonCode.MORE_INFO_REQUESTED), at, at, null, "CLEAR", null,
                new CaseView.DecisionView(RiskTier.STANDARD, List.of(), Set.of(), Set.of(), false, null, null, null, null,
                        new CaseView.MoreInfoView(ReopenedStep.FACE, "SELFIE_UNCLEAR", "reviewer-1", at)));
        Exchange e = new DefaultExchange(new DefaultCamelContext());
        e.getMessage().setHeader("Accept-Language", "ko");
        e.getMessage().setBody(v);
        CaptureRequests.progress(e);
        CaptureRequests.Progress p = e.getMessage().getBody(CaptureRequests.Progress.class);
        assertThat(p.status()).isEqualTo("RETRY");
        assertThat(p.moreInfo()).isEqualTo(new CaptureRequests.MoreInfo("FACE", "SELFIE_UNCLEAR", "셀카 불명확: 다시 촬영해 주세요"));
        assertThat(p.reasons()).singleElement().satisfies(r -> assertThat(r.code()).isEqualTo("MORE_INFO_REQUESTED"));
        assertThat(p.toString()).doesNotContain("reviewer-1");
    }
}
