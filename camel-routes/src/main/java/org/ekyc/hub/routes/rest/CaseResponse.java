package org.ekyc.hub.routes.rest;

import java.util.List;

/** JSON view of a case. Dates and instants as ISO-8601 text; reasons with their message in the caller's language. */
public record CaseResponse(String caseId, String status, String product, String channel, String externalReference,
                           ApplicantJson applicant, String immigrationCheck, String stayStatusCode,
                           String stayExpiry, List<ReasonJson> reasons, String createdAt, String updatedAt,
                           FaceJson face, String screening, DocumentJson document, PhoneJson phone,
                           String creditCheck) {

    /** Phone verification (휴대폰 본인확인); never CI or DI. */
    public record PhoneJson(String check, String verifiedAt, boolean identityStored) {
    }

    /** The last document check. */
    public record DocumentJson(String type, String outcome) {
    }

    /** Consent and face check; never the template. */
    public record FaceJson(String consentAt, String liveness, String match, Double similarity, String templatePurgeAt) {
    }

    public record ApplicantJson(String surname, String givenNames, String hangulName, String nationality,
                                String birthDate) {
    }

    public record ReasonJson(String code, String message) {
    }
}
