package org.ekyc.hub.adapter.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.xml.bind.JAXBContext;
import java.io.InputStream;
import javax.xml.transform.stream.StreamSource;
import org.ekyc.hub.adapter.tax.wsdl.GetIncomeStatus;
import org.ekyc.hub.adapter.tax.wsdl.GetIncomeStatusResponse;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.peer.tax.IncomeBand;
import org.ekyc.hub.verification.api.peer.PeerException;
import org.ekyc.hub.verification.api.peer.tax.TaxFilingStatus;
import org.ekyc.hub.verification.api.peer.tax.TaxQuery;
import org.ekyc.hub.verification.api.peer.tax.TaxStatus;
import org.junit.jupiter.api.Test;

/** Literal tax-authority answers (src/test/resources/tax/) in, canonical results or typed errors out. */
class IncomeStatusMapperTest {

    @Test
    void requestCarriesNumberWithoutDashesNameAndYear() {
        GetIncomeStatus r = IncomeStatusMapper.toRequest(new TaxQuery("c", "123-45-67890", "한빛상회", 2025));
        assertThat(r.getRegistrationNumber()).isEqualTo("1234567890");
        assertThat(r.getTaxYear()).isEqualTo(2025);
        assertThat(new TaxQuery("c", "123-45-67890", "한빛상회", 2025).isBusiness()).isTrue();
        assertThatThrownBy(() -> new TaxQuery("c", "12345", "x", 2025)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new TaxQuery("c", "1234567890", "x", 1990)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void statusesAndBandsMap() throws Exception {
        assertThat(IncomeStatusMapper.fromResponse(fixture("person-filed"), 2025))
                .isEqualTo(new TaxStatus(TaxFilingStatus.FILED, IncomeBand.FROM_20M_TO_50M, 2025, "00"));
        assertThat(IncomeStatusMapper.fromResponse(fixture("person-not-filed"), 2025))
                .isEqualTo(new TaxStatus(TaxFilingStatus.NOT_FILED, IncomeBand.NONE, 2025, "00"));
        assertThat(IncomeStatusMapper.fromResponse(fixture("business-closed"), 2025).status())
                .isEqualTo(TaxFilingStatus.CLOSED);
        assertThat(IncomeStatusMapper.fromResponse(fixture("unknown"), 2025))
                .isEqualTo(new TaxStatus(TaxFilingStatus.UNKNOWN, IncomeBand.NONE, 2025, "01"));
    }

    @Test
    void answersOutsideTheContractAreTypedErrors() {
        for (String name : new String[] {"garbled", "short", "wrong-year", "band-mismatch", "person-closed"}) {
            assertThatThrownBy(() -> IncomeStatusMapper.fromResponse(fixture(name), 2025)).as(name)
                    .isInstanceOf(PeerException.class)
                    .satisfies(e -> assertThat(((PeerException) e).kind())
                            .isEqualTo(PeerException.Kind.GARBLED));
        }
        assertThatThrownBy(() -> IncomeStatusMapper.fromResponse(null, 2025)).isInstanceOf(PeerException.class);
    }

    static GetIncomeStatusResponse fixture(String name) throws Exception {
        try (InputStream in = IncomeStatusMapperTest.class.getResourceAsStream("/tax/" + name + ".xml")) {
            return JAXBContext.newInstance(GetIncomeStatusResponse.class).createUnmarshaller()
                    .unmarshal(new StreamSource(in), GetIncomeStatusResponse.class).getValue();
        }
    }
}
