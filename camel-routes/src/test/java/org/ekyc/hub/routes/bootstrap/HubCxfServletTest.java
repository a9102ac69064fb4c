package org.ekyc.hub.routes.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which GETs the SOAP servlet answers: the service's description only. */
class HubCxfServletTest {

    @Test
    void onlyTheWsdlAndItsSchemasAreServedByGet() {
        assertThat(HubCxfServlet.isDescription("wsdl")).isTrue();
        assertThat(HubCxfServlet.isDescription("WSDL")).isTrue();
        assertThat(HubCxfServlet.isDescription("xsd=kyc.xsd")).isTrue();
        assertThat(HubCxfServlet.isDescription(null)).isFalse();
        assertThat(HubCxfServlet.isDescription("")).isFalse();
        assertThat(HubCxfServlet.isDescription("op=OpenCase")).isFalse();
        assertThat(HubCxfServlet.isDescription("wsdlx")).isFalse();
    }
}
