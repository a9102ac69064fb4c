package org.ekyc.hub.routes.channel.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

class CaptureAccessTest {

    private static Exchange withDevice(String id) {
        Exchange e = new DefaultExchange(new DefaultCamelContext());
        e.getMessage().setHeader(CaptureAccess.DEVICE_HEADER, id);
        return e;
    }

    @Test
    void theDeviceOfASelfieIsItsAddressWithThePagesBrowserIdAndOnlyAWellFormedOne() {
        assertThat(CaptureAccess.device(withDevice("6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f")))
                .isEqualTo("unknown/6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f");
        for (String bad : new String[] {null, "", "short", "x".repeat(65), "a/b:c<script>", "12345678\n"}) {
            assertThat(CaptureAccess.device(withDevice(bad))).as(String.valueOf(bad)).isEqualTo("unknown/-");
        }
    }
}
