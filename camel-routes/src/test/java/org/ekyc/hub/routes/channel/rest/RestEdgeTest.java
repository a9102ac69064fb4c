package org.ekyc.hub.routes.channel.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Locale;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;
import org.junit.jupiter.api.Test;

/** The REST edge: media types, body sizes, strict JSON and their typed refusals. */
class RestEdgeTest extends CamelTestSupport {

    private static final long MAX = RestJson.DEFAULT_MAX_BODY_BYTES;
    private final ObjectMapper json = RestJson.mapper();

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                RestErrors.handle(this);
                from("direct:read").process(e -> e.getMessage().setBody(
                        json.readValue(e.getMessage().getBody(String.class), OpenCaseRequest.class)));
            }
        };
    }

    @Test
    void aBodyThatIsNotJsonIs415WithoutEchoingItsType() throws Exception {
        for (String type : new String[] {"text/html", "text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/jsonp", null}) {
            RestEdgeFilter.Refusal r = RestEdgeFilter.refusal("POST", type, 20, false, MAX);
            assertThat(r).as(type).isEqualTo(new RestEdgeFilter.Refusal(415, ReasonCode.UNSUPPORTED_MEDIA_TYPE));
        }
        assertThat(RestEdgeFilter.refusal("POST", "text/html", -1, true, MAX)).isNotNull();
        String body = RestEdgeFilter.body(RestEdgeFilter.refusal("POST", "text/html; <script>", 20, false, MAX), Locale.ENGLISH);
        assertThat(body).contains("\"code\":\"UNSUPPORTED_MEDIA_TYPE\"").doesNotContain("html").doesNotContain("script");
    }

    @Test
    void jsonAndBodilessRequestsPass() {
        assertThat(RestEdgeFilter.refusal("POST", "application/json", 20, false, MAX)).isNull();
        assertThat(RestEdgeFilter.refusal("POST", "Application/JSON; charset=UTF-8", 20, false, MAX)).isNull();
        assertThat(RestEdgeFilter.refusal("POST", "application/merge-patch+json", 20, false, MAX)).isNull();
        // a POST without a body (capture session, hand-off) and a GET declaring anything
        assertThat(RestEdgeFilter.refusal("POST", "text/plain", 0, false, MAX)).isNull();
        assertThat(RestEdgeFilter.refusal("GET", "text/html", -1, false, MAX)).isNull();
    }

    @Test
    void aBodyLongerThanTheListenerTakesIs413() throws Exception {
        RestEdgeFilter.Refusal r = RestEdgeFilter.refusal("POST", "application/json", MAX + 1, false, MAX);
        assertThat(r).isEqualTo(new RestEdgeFilter.Refusal(413, ReasonCode.REQUEST_TOO_LARGE));
        assertThat(RestEdgeFilter.body(r, Locale.ENGLISH)).contains("\"code\":\"REQUEST_TOO_LARGE\"").contains("25 MiB");
    }

    @Test
    void aNumberOrBooleanWhereTextIsExpectedIsRefused() {
        assertThatThrownBy(() -> json.readValue("{\"surname\":123}", OpenCaseRequest.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> json.readValue("{\"surname\":true}", OpenCaseRequest.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> json.readValue("{\"surname\":1.5}", OpenCaseRequest.class))
                .isInstanceOf(MismatchedInputException.class);
        Exchange r = template.request("direct:read", e -> e.getMessage().setBody("{\"surname\":\"KIM\",\"givenNames\":123}"));
        assertThat(r.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(400);
        assertThat(r.getMessage().getBody(String.class)).contains("\"code\":\"MALFORMED_REQUEST\"")
                .contains("\"field\":\"givenNames\"");
        assertThat(r.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo(RestEdgeFilter.JSON);
    }

    @Test
    void anObjectFollowedByGarbageIsMalformed() {
        assertThatThrownBy(() -> json.readValue("{\"surname\":\"KIM\"} garbage", OpenCaseRequest.class))
                .isInstanceOf(com.fasterxml.jackson.core.JacksonException.class);
        Exchange r = template.request("direct:read", e -> e.getMessage().setBody("{\"surname\":\"KIM\"}{\"x\":1}"));
        assertThat(r.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(400);
        assertThat(r.getMessage().getBody(String.class)).contains("\"code\":\"MALFORMED_REQUEST\"").contains("\"field\":\"body\"");
    }

    @Test
    void aDuplicatedKeyIsMalformedNotItsLastValue() {
        Exchange r = template.request("direct:read", e -> e.getMessage().setBody("{\"surname\":\"KIM\",\"surname\":\"LEE\"}"));
        assertThat(r.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(400);
        assertThat(r.getMessage().getBody(String.class)).contains("\"code\":\"MALFORMED_REQUEST\"");
    }

    @Test
    void nestingDeeperThanAnyRequestIsMalformedNotTooLarge() {
        String deep = "[".repeat(RestJson.MAX_NESTING + 1) + "]".repeat(RestJson.MAX_NESTING + 1);
        Exchange r = template.request("direct:read", e -> e.getMessage().setBody("{\"surname\":" + deep + "}"));
        assertThat(r.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(400);
        assertThat(r.getMessage().getBody(String.class)).contains("\"code\":\"MALFORMED_REQUEST\"");
    }

    @Test
    void anImageAtTheEnginesLimitIsReadAndALongerStringThanTheBodyIs413() throws Exception {
        // 15 MiB of image is about 21 M Base64 characters: over Jackson's default 20 M, under the body limit
        String image = "A".repeat(21_000_000);
        DocumentUploadRequest read = json.readValue("{\"image\":\"" + image + "\"}", DocumentUploadRequest.class);
        assertThat(read.image()).hasSize(image.length());
    }

    @Test
    void aStringLongerThanTheLargestBodyIs413() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                RestErrors.handle(this);
                from("direct:too-long").process(e -> {
                    throw new StreamConstraintsException("String value length exceeds the maximum");
                });
            }
        });
        Exchange r = template.request("direct:too-long", e -> e.getMessage().setBody("{}"));
        assertThat(r.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(413);
        assertThat(r.getMessage().getBody(String.class)).contains("\"code\":\"REQUEST_TOO_LARGE\"");
    }

    @Test
    void aReviewerLongerThanTheCaseRecordsIsTooLong() {
        String reviewer = "r".repeat(1024 * 1024);
        assertThatThrownBy(() -> RestMapper.decision(new DecisionRequest("APPROVED", reviewer, null, null, null)))
                .isInstanceOfSatisfying(InvalidRequestException.class, ex -> {
                    assertThat(ex.reason()).isEqualTo(ReasonCode.FIELD_TOO_LONG);
                    assertThat(ex.field()).isEqualTo("reviewer");
                });
    }
}
