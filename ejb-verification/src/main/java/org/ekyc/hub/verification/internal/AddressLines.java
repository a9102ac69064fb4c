package org.ekyc.hub.verification.internal;

import java.util.ArrayList;
import java.util.List;
import org.ekyc.hub.verification.api.Address;
import org.ekyc.hub.verification.api.AddressKind;

/**
 * The applicant's addresses as the text sealed in one column: one address per line,
 * {@code KIND<TAB>COUNTRY<TAB>lines}. {@link Address} collapses whitespace in the lines, so neither
 * a tab nor a line break can occur inside a field. One sealed column rather than a child table:
 * addresses are read only with their case, and a per-row table would multiply the sealed values.
 */
final class AddressLines {

    private AddressLines() {
    }

    static String encode(List<Address> addresses) {
        if (addresses == null || addresses.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (Address a : addresses) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(a.kind().name()).append('\t').append(a.country()).append('\t')
                    .append(a.lines() == null ? "" : a.lines());
        }
        return out.toString();
    }

    static List<Address> decode(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Address> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] f = line.split("\t", 3);
            if (f.length != 3) {
                throw new IllegalStateException("stored address is not KIND<TAB>COUNTRY<TAB>lines");
            }
            out.add(new Address(AddressKind.valueOf(f[0]), f[1], f[2]));
        }
        return List.copyOf(out);
    }
}
