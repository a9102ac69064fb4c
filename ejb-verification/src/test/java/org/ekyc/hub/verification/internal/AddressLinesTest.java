package org.ekyc.hub.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ekyc.hub.verification.api.Address;
import org.ekyc.hub.verification.api.AddressKind;
import org.junit.jupiter.api.Test;

class AddressLinesTest {

    @Test
    void addressesRoundTripThroughTheSealedText() {
        List<Address> addresses = List.of(
                new Address(AddressKind.RESIDENCE, "KOR", "서울특별시 중구 세종대로 12, 101동 1203호"),
                new Address(AddressKind.HOME_COUNTRY, "VNM", null),
                new Address(AddressKind.WORK, "KOR", "Tab\there and\nthere"));
        String text = AddressLines.encode(addresses);
        assertThat(text).isEqualTo("RESIDENCE\tKOR\t서울특별시 중구 세종대로 12, 101동 1203호\nHOME_COUNTRY\tVNM\t\n"
                + "WORK\tKOR\tTab here and there");
        assertThat(AddressLines.decode(text)).isEqualTo(List.of(addresses.get(0), addresses.get(1),
                new Address(AddressKind.WORK, "KOR", "Tab here and there")));
    }

    @Test
    void noAddressesIsNoValue() {
        assertThat(AddressLines.encode(List.of())).isNull();
        assertThat(AddressLines.decode(null)).isEmpty();
    }

    @Test
    void aDamagedValueIsAnErrorNotAGuess() {
        assertThatThrownBy(() -> AddressLines.decode("RESIDENCE KOR Seoul")).isInstanceOf(IllegalStateException.class);
    }
}
