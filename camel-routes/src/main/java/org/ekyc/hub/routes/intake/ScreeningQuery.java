package org.ekyc.hub.routes.intake;

import java.util.ArrayList;
import java.util.List;
import org.ekyc.hub.verification.api.Applicant;
import org.ekyc.hub.verification.api.screening.ScreeningRequest;

/** How an applicant is put to the screening engine: every name form the case holds. */
public final class ScreeningQuery {

    private ScreeningQuery() {
    }

    public static ScreeningRequest request(Applicant a) {
        List<String> names = new ArrayList<>();
        names.add(a.givenNames() == null ? a.surname() : a.givenNames() + " " + a.surname());
        if (a.hangulName() != null) {
            names.add(a.hangulName());
        }
        String nationality = a.nationality().contains("<") ? null : a.nationality();
        return new ScreeningRequest(names, a.birthDate(), nationality);
    }
}
