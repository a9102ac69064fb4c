package org.ekyc.hub.routes.channel.rest;

import java.util.List;

/** JSON view of a case. Dates and instants as ISO-8601 text; reasons with their message in the caller's language. */
public record CaseResponse(String caseId, String status, String product, String channel, String externalReference,
                           ApplicantJson applicant, String immigrationCheck, String stayStatusCode,
                           String stayExpiry, List<ReasonJson> reasons, String createdAt, String updatedAt,
                           FaceJson face, String screening, DocumentJson document, DecisionJson decision,
                           AccountJson account, RegistryChecksJson registryChecks, PhoneJson phone,
                           String creditCheck, String screeningListVersion) {

    /**
     * Account opening at core banking for an approved ACCOUNT case: PENDING / OPENED / REFUSED, the account
     * number masked to its last four characters, never in full.
     */
    public record AccountJson(String state, String accountNumber, String openedDate, String returnCode, int failedAttempts) {
    }

    /** Resident registry (ID card) and tax authority (income) checks; null until one was asked. */
    public record RegistryChecksJson(String residentCheck, String residentCheckedAt, String incomeCheck,
                                     String incomeBand, Integer incomeTaxYear, String incomeCheckedAt) {
    }

    /**
     * Risk tier, open enhanced-due-diligence tasks, non-face-to-face methods, who decided when, the decision's listed
     * reason (what the customer is shown; never the reviewer's note) and a request for more the case waits on.
     */
    public record DecisionJson(String riskTier, List<String> riskReasons, List<String> openTasks, List<String> methods,
                               boolean nonFaceToFaceSatisfied, String decidedAt, String decidedBy, ReviewJson review,
                               String reasonCode, MoreInfoJson moreInfo) {

        /** Without a listed reason or a request for more. */
        public DecisionJson(String riskTier, List<String> riskReasons, List<String> openTasks, List<String> methods,
                            boolean nonFaceToFaceSatisfied, String decidedAt, String decidedBy, ReviewJson review) {
            this(riskTier, riskReasons, openTasks, methods, nonFaceToFaceSatisfied, decidedAt, decidedBy, review, null, null);
        }
    }

    /** The step (DOCUMENT or FACE) a reviewer asked the customer to repeat, its listed reason, who asked and when. */
    public record MoreInfoJson(String step, String reasonCode, String requestedBy, String requestedAt) {
    }

    /**
     * What reviewers recorded (no recording or document reference, no note) and an approval of an
     * ENHANCED case still waiting for its second reviewer.
     */
    public record ReviewJson(VideoInterviewJson videoInterview, SourceOfFundsJson sourceOfFunds, String firstApprovedBy,
                             String firstApprovedAt, int evidenceVersion) {
    }

    /** A recorded video interview. */
    public record VideoInterviewJson(String reviewer, String heldAt, long durationSeconds, String outcome) {
    }

    /** Recorded source-of-funds evidence. */
    public record SourceOfFundsJson(String source, String recordedBy, String recordedAt) {
    }

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
                                String birthDate, List<OpenCaseRequest.AddressJson> addresses) {
    }

    public record ReasonJson(String code, String message) {
    }
}
