package org.ekyc.hub.verification.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import org.ekyc.hub.verification.api.peer.resident.ResidentIdQuery;
import org.ekyc.hub.verification.api.peer.tax.TaxQuery;

/**
 * What a pending registry check will be asked with, as the one sealed text column holds it while the
 * check waits: each field Base64url (UTF-8), joined by {@code .}, so no name can break the
 * format ({@link #join}/{@link #split}, also the form of who a document names, {@link DocumentPart}).
 * The column is sealed by EncryptedStringConverter; this is never stored or logged in clear.
 */
final class PendingQueryText {

    private PendingQueryText() {
    }

    static String resident(ResidentIdQuery q) {
        return join(q.name(), q.residentNumber(), q.issueDate().toString());
    }

    static ResidentIdQuery resident(String caseId, String text) {
        String[] f = split(text, 3);
        return new ResidentIdQuery(caseId, f[0], f[1], LocalDate.parse(f[2]));
    }

    static String tax(TaxQuery q) {
        return join(q.registrationNumber(), q.name());
    }

    static TaxQuery tax(String caseId, String text, int taxYear) {
        String[] f = split(text, 2);
        return new TaxQuery(caseId, f[0], f[1], taxYear);
    }

    static String join(String... fields) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            String f = fields[i];
            if (i > 0) {
                out.append('.'); // also after an empty first field
            }
            out.append(Base64.getUrlEncoder().withoutPadding().encodeToString(f.getBytes(StandardCharsets.UTF_8)));
        }
        return out.toString();
    }

    static String[] split(String text, int n) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != n) {
            throw new IllegalStateException("pending query has " + parts.length + " fields, expected " + n);
        }
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = new String(Base64.getUrlDecoder().decode(parts[i]), StandardCharsets.UTF_8);
        }
        return out;
    }
}
