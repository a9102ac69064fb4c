package org.ekyc.hub.routes.channel.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** #19 The applicant's language of a case opened over REST: the body's language, else Accept-Language, else none. */
class OpenCaseLanguageTest {

    private final ObjectMapper json = RestJson.mapper();

    private OpenCaseRequest read(String language) throws Exception {
        return json.readValue("""
                {"surname":"NGUYEN","givenNames":"VAN AN","nationality":"VNM","birthDate":"1994-03-17","product":"ACCOUNT"%s}"""
                .formatted(language == null ? "" : ",\"language\":\"" + language + "\""), OpenCaseRequest.class);
    }

    @Test
    void theBodysLanguageComesFirst() throws Exception {
        assertThat(read("vi").language()).isEqualTo("vi");
        assertThat(RestMapper.toCommand(read("vi"), "ko-KR,ko;q=0.9").language()).isEqualTo("vi");
        assertThat(RestMapper.toCommand(read("zh-CN"), null).language()).isEqualTo("zh");
    }

    @Test
    void withoutOneAcceptLanguageGivesItWhenItNamesOneOfTheFour() throws Exception {
        assertThat(read(null).language()).as("a body without language still reads").isNull();
        assertThat(RestMapper.toCommand(read(null), "vi-VN,vi;q=0.9,en;q=0.5").language()).isEqualTo("vi");
        assertThat(RestMapper.toCommand(read("fr"), "ko").language()).as("a language not one of the four is none").isEqualTo("ko");
        assertThat(RestMapper.toCommand(read(null), "fr-FR").language()).as("no English default").isNull();
        assertThat(RestMapper.toCommand(read(null), null).language()).isNull();
        assertThat(RestMapper.toCommand(read("fr"), null).language()).isNull();
    }
}
