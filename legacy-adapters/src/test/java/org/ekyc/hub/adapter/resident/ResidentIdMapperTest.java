package org.ekyc.hub.adapter.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.xml.bind.JAXBContext;
import java.io.InputStream;
import java.time.LocalDate;
import javax.xml.transform.stream.StreamSource;
import org.ekyc.hub.adapter.resident.wsdl.VerifyResidentId;
import org.ekyc.hub.adapter.resident.wsdl.VerifyResidentIdResponse;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.peer.PeerException;
import org.ekyc.hub.verification.api.peer.resident.ResidentIdOutcome;
import org.ekyc.hub.verification.api.peer.resident.ResidentIdQuery;
import org.junit.jupiter.api.Test;

/** Literal resident-registry answers (src/test/resources/resident/) in, canonical results or typed errors out. */
class ResidentIdMapperTest {

    @Test
    void requestCarriesNameNumberWithoutDashAndIssueDate() {
        VerifyResidentId r = ResidentIdMapper.toRequest(
                new ResidentIdQuery("case-1", " 김민준 ", "900101-1000017", LocalDate.of(2019, 5, 20)));
        assertThat(r.getName()).isEqualTo("김민준");
        assertThat(r.getResidentNumber()).isEqualTo("9001011000017");
        assertThat(r.getIssueDate().toXMLFormat()).isEqualTo("2019-05-20");
    }

    @Test
    void aQueryWithoutIssueDateOrWithAShortNumberIsRefusedBeforeTheCall() {
        assertThatThrownBy(() -> new ResidentIdQuery("c", "김민준", "9001011000017", null))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new ResidentIdQuery("c", "김민준", "900101-100", LocalDate.of(2019, 5, 20)))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(new ResidentIdQuery("c", "김민준", "9001011000017", LocalDate.of(2019, 5, 20)).toString())
                .doesNotContain("9001011000017").doesNotContain("김민준");
    }

    @Test
    void resultCodesMapToOutcomes() throws Exception {
        assertThat(ResidentIdMapper.fromResponse(fixture("match")).outcome()).isEqualTo(ResidentIdOutcome.MATCH);
        assertThat(ResidentIdMapper.fromResponse(fixture("no-match")).outcome()).isEqualTo(ResidentIdOutcome.NO_MATCH);
        assertThat(ResidentIdMapper.fromResponse(fixture("reported-lost")).outcome())
                .isEqualTo(ResidentIdOutcome.REPORTED_LOST);
        assertThat(ResidentIdMapper.fromResponse(fixture("reported-lost")).peerCode()).isEqualTo("02");
    }

    @Test
    void aGarbledOrShortAnswerIsATypedErrorNeverAMatch() {
        assertThatThrownBy(() -> ResidentIdMapper.fromResponse(fixture("garbled")))
                .isInstanceOf(PeerException.class)
                .satisfies(e -> assertThat(((PeerException) e).kind())
                        .isEqualTo(PeerException.Kind.GARBLED));
        assertThatThrownBy(() -> ResidentIdMapper.fromResponse(fixture("short")))
                .isInstanceOf(PeerException.class);
        assertThatThrownBy(() -> ResidentIdMapper.fromResponse(null)).isInstanceOf(PeerException.class);
    }

    @Test
    void aRegistryErrorIsUnreachableNotAnAnswer() {
        assertThatThrownBy(() -> ResidentIdMapper.fromResponse(fixture("registry-error")))
                .isInstanceOf(PeerException.class)
                .satisfies(e -> assertThat(((PeerException) e).kind())
                        .isEqualTo(PeerException.Kind.UNAVAILABLE));
    }

    static VerifyResidentIdResponse fixture(String name) throws Exception {
        try (InputStream in = ResidentIdMapperTest.class.getResourceAsStream("/resident/" + name + ".xml")) {
            return JAXBContext.newInstance(VerifyResidentIdResponse.class).createUnmarshaller()
                    .unmarshal(new StreamSource(in), VerifyResidentIdResponse.class).getValue();
        }
    }
}
