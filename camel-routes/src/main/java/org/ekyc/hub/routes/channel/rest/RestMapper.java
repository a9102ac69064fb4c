package org.ekyc.hub.routes.channel.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.camel.Exchange;
import org.ekyc.hub.routes.flow.CreditSummaryFlow;
import org.ekyc.hub.routes.flow.DocumentCheckFlow;
import org.ekyc.hub.routes.flow.DocumentSummary;
import org.ekyc.hub.routes.flow.FaceCheckFlow;
import org.ekyc.hub.routes.flow.Images;
import org.ekyc.hub.routes.flow.ScreeningQuery;
import org.ekyc.hub.verification.api.Address;
import org.ekyc.hub.verification.api.AddressKind;
import org.ekyc.hub.verification.api.Applicant;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.Channel;
import org.ekyc.hub.verification.api.Consent;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.LocalizedMessages;
import org.ekyc.hub.verification.api.OpenCaseCommand;
import org.ekyc.hub.verification.api.Product;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.peer.credit.CreditOutcome;
import org.ekyc.hub.verification.api.peer.credit.CreditSummary;
import org.ekyc.hub.verification.api.face.LivenessChallenge;
import org.ekyc.hub.verification.api.peer.resident.ResidentIdQuery;
import org.ekyc.hub.verification.api.risk.Decision;
import org.ekyc.hub.verification.api.screening.ScreeningRequest;

/**
 * Maps the REST channel's JSON to the canonical records and back: the request checked field by field
 * (a refusal names the field), images Base64-decoded, answers in the caller's language.
 */
public final class RestMapper {

    /** The longest reviewer id the case records (its {@code decided_by} column). */
    static final int MAX_REVIEWER = 64;

    private RestMapper() {
    }

    /** The caller's language, from Accept-Language. */
    static Locale locale(Exchange e) {
        return LocalizedMessages.negotiate(e.getMessage().getHeader("Accept-Language", String.class));
    }

    /** The engine's idempotency key of a REST {@code Idempotency-Key} header (none: null). */
    static String idempotencyKey(String header) {
        return header == null || header.isBlank() ? null : "REST:" + header.trim();
    }

    /** #18 The customer's refusal of face processing: the notice they were shown and its language. */
    static org.ekyc.hub.verification.api.ConsentRefusal consentRefusal(ConsentRequest r) {
        if (r == null) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "noticeVersion");
        }
        return new org.ekyc.hub.verification.api.ConsentRefusal(r.noticeVersion(), r.language());
    }

    static Consent consent(ConsentRequest r) {
        if (r == null) {
            throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, "body");
        }
        return new Consent(r.noticeVersion(), r.language(),
                r.templateRetentionDays() == null ? Consent.MAX_RETENTION_DAYS : r.templateRetentionDays());
    }

    static ChallengeResponse challenge(LivenessChallenge c) {
        return new ChallengeResponse(c.nonce(), c.actions().stream().map(Enum::name).toList(), c.expiresAt().toString());
    }

    /**
     * The selfie as the face check takes it (null stays null: the flow names the missing nonce). A request that
     * still carries a portrait is refused (400 SELFIE_PORTRAIT_NOT_ACCEPTED): the client believes its picture
     * is matched, and only the document's portrait is; failing loudly shows an outdated client at once.
     */
    static FaceCheckFlow.Selfie selfie(SelfieRequest r) {
        if (r == null) {
            return null;
        }
        if (r.portrait() != null) {
            throw new InvalidRequestException(ReasonCode.SELFIE_PORTRAIT_NOT_ACCEPTED, "portrait");
        }
        List<FaceCheckFlow.Frame> frames = null;
        if (r.frames() != null) {
            frames = new ArrayList<>(r.frames().size());
            for (SelfieRequest.Frame f : r.frames()) {
                frames.add(f == null ? null : new FaceCheckFlow.Frame(f.image(), f.capturedAt()));
            }
        }
        return new FaceCheckFlow.Selfie(r.nonce(), frames);
    }

    /**
     * The reviewer's JSON as the engine's {@link Decision}. Methods and tasks claimed in the body are
     * refused (CLAIMS_NOT_ACCEPTED): they count only from the evidence the hub recorded.
     */
    static Decision decision(DecisionRequest r) {
        if (r == null || r.decision() == null || r.decision().isBlank()) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "decision");
        }
        if (r.attestedMethods() != null) {
            throw new InvalidRequestException(ReasonCode.CLAIMS_NOT_ACCEPTED, "attestedMethods");
        }
        if (r.completedTasks() != null) {
            throw new InvalidRequestException(ReasonCode.CLAIMS_NOT_ACCEPTED, "completedTasks");
        }
        if (r.reviewer() != null && r.reviewer().length() > MAX_REVIEWER) {
            throw new InvalidRequestException(ReasonCode.FIELD_TOO_LONG, "reviewer");
        }
        // the three outcomes a reviewer gives; MORE_INFO asks the customer to repeat a step (the case waits in RETRY)
        CaseStatus outcome = switch (r.decision().trim()) {
            case "APPROVED" -> CaseStatus.APPROVED;
            case "REJECTED" -> CaseStatus.REJECTED;
            case "MORE_INFO" -> CaseStatus.RETRY;
            default -> throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, "decision");
        };
        return new Decision(outcome, r.reviewer(), r.note(),
                r.reasonCode() == null || r.reasonCode().isBlank() ? null : r.reasonCode().trim());
    }

    static ScreeningRequest screeningRequest(ScreeningRequestJson r) {
        if (r == null) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "names");
        }
        return ScreeningQuery.request(r.names(), optionalDate(r.birthDate(), ReasonCode.INVALID_BIRTH_DATE, "birthDate"),
                r.nationality());
    }

    /** The ID card the app read, as the resident registry is asked about it. */
    static ResidentIdQuery residentIdQuery(String caseId, ResidentCheckRequest r) {
        if (r == null) {
            throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, "body");
        }
        if (r.issueDate() == null || r.issueDate().isBlank()) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "issueDate");
        }
        return new ResidentIdQuery(caseId, r.name(), r.residentNumber(),
                optionalDate(r.issueDate(), ReasonCode.MALFORMED_REQUEST, "issueDate"));
    }

    static CreditSummaryResponse creditResponse(String caseId, CreditSummaryFlow.Result result) {
        CreditSummary s = result.summary();
        boolean found = s != null && s.outcome() == CreditOutcome.FOUND;
        return new CreditSummaryResponse(caseId, result.caseView().creditCheck(), found ? s.grade() : null,
                found ? s.delinquent() : null, found ? s.openLoans() : null, found ? s.balanceBand().name() : null);
    }

    /** The photos of a document upload, decoded: the front (image, then frames) and the back. */
    record DocumentPhotos(List<byte[]> frames, List<byte[]> back, String expectedType,
                          org.ekyc.hub.verification.api.document.CaptureMode captureMode) {
    }

    static DocumentPhotos documentPhotos(DocumentUploadRequest r) {
        boolean noImage = r == null || r.image() == null || r.image().isBlank();
        if (r == null || noImage && (r.frames() == null || r.frames().isEmpty())) {
            throw new InvalidRequestException(ReasonCode.FIELD_REQUIRED, "image");
        }
        List<byte[]> frames = new ArrayList<>();
        if (!noImage) {
            frames.add(Images.base64(r.image(), "image"));
        }
        if (r.frames() != null) {
            for (String frame : r.frames()) {
                frames.add(Images.base64(frame, "frames"));
            }
        }
        List<byte[]> back = new ArrayList<>();
        if (r.back() != null) {
            for (String side : r.back()) {
                back.add(Images.base64(side, "back"));
            }
        }
        return new DocumentPhotos(frames, back, r.expectedType(),
                org.ekyc.hub.verification.api.document.CaptureMode.of(r.captureMode()));
    }

    static DocumentResponse documentResponse(DocumentCheckFlow.Checked checked, Locale locale) {
        DocumentSummary summary = DocumentSummary.of(checked, locale);
        return new DocumentResponse(summary.documentType(), summary.outcome(),
                summary.reasons().stream().map(f -> new CaseResponse.ReasonJson(f.code(), f.message())).toList(),
                summary.fields().stream().map(f -> new DocumentResponse.Field(f.field(), f.source(), f.value(),
                        f.confidence())).toList(),
                toResponse(checked.caseView(), locale));
    }

    /** An optional ISO-8601 date (null or blank: null); anything else refused with {@code code} naming {@code field}. */
    private static LocalDate optionalDate(String value, ReasonCode code, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(code, field);
        }
    }

    public static OpenCaseCommand toCommand(OpenCaseRequest r) {
        if (r == null) {
            throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, "body");
        }
        LocalDate birthDate = optionalDate(r.birthDate(), ReasonCode.INVALID_BIRTH_DATE, "birthDate");
        Applicant applicant = new Applicant(r.surname(), r.givenNames(), r.hangulName(), r.nationality(),
                birthDate, r.phone(), r.email(), addresses(r.addresses()));
        return new OpenCaseCommand(applicant, Product.fromCode(r.product()), Channel.REST, r.externalReference(),
                r.registrationNumber()).withLanguage(r.language());
    }

    /**
     * #19 The command with the applicant's language: the request's {@code language} when it is one of ko, en, zh, vi,
     * else the first of them the request's Accept-Language accepts, else none (no English default, unlike
     * {@link #locale}: the case's language is what the applicant uses, not the language of the messages).
     */
    public static OpenCaseCommand toCommand(OpenCaseRequest r, String acceptLanguage) {
        OpenCaseCommand command = toCommand(r);
        return command.language() != null ? command
                : command.withLanguage(org.ekyc.hub.verification.api.ApplicantLanguage.fromAcceptLanguage(acceptLanguage));
    }

    static List<Address> addresses(List<OpenCaseRequest.AddressJson> json) {
        if (json == null) {
            return List.of();
        }
        if (json.size() > Applicant.MAX_ADDRESSES) {
            throw new InvalidRequestException(ReasonCode.FIELD_TOO_LONG, "addresses");
        }
        List<Address> out = new ArrayList<>();
        for (OpenCaseRequest.AddressJson a : json) {
            if (a == null) {
                throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, "addresses");
            }
            AddressKind kind = null;
            if (a.kind() != null && !a.kind().isBlank()) {
                try {
                    kind = AddressKind.valueOf(a.kind().trim().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, "addresses.kind");
                }
            }
            out.add(new Address(kind, a.country(), a.lines()));
        }
        return out;
    }

    public static CaseResponse toResponse(CaseView v, Locale locale) {
        Applicant a = v.applicant();
        CaseResponse.ApplicantJson applicant = a == null ? null : new CaseResponse.ApplicantJson(
                a.surname(), a.givenNames(), a.hangulName(), a.nationality(), String.valueOf(a.birthDate()),
                a.addresses().stream().map(x -> new OpenCaseRequest.AddressJson(x.kind().name(), x.country(), x.lines()))
                        .toList());
        return new CaseResponse(v.caseId(), v.status().name(), v.product().name(), v.channel().name(),
                v.externalReference(), applicant, v.immigrationCheck().name(), v.stayStatusCode(),
                v.stayExpiry() == null ? null : v.stayExpiry().toString(),
                v.reasons().stream().map(code -> new CaseResponse.ReasonJson(code.name(),
                        LocalizedMessages.message(code, locale))).toList(),
                v.createdAt().toString(), v.updatedAt().toString(), face(v.face()), v.screening(),
                v.document() == null ? null : new CaseResponse.DocumentJson(v.document().type(), v.document().outcome()),
                decision(v.decision()), account(v.account()), registryChecks(v.registryChecks()),
                v.phone() == null ? null : new CaseResponse.PhoneJson(v.phone().check(),
                        v.phone().verifiedAt() == null ? null : v.phone().verifiedAt().toString(), v.phone().identityStored()),
                v.creditCheck(), v.screeningListVersion());
    }

    private static CaseResponse.AccountJson account(CaseView.AccountView a) {
        return a == null ? null : new CaseResponse.AccountJson(a.state().name(), a.maskedAccountNumber(),
                a.openedDate() == null ? null : a.openedDate().toString(), a.returnCode(), a.failedAttempts());
    }

    private static CaseResponse.DecisionJson decision(CaseView.DecisionView d) {
        return d == null ? null : new CaseResponse.DecisionJson(d.riskTier() == null ? null : d.riskTier().name(),
                d.riskReasons(), d.openTasks().stream().map(Enum::name).sorted().toList(),
                d.methods().stream().map(Enum::name).sorted().toList(), d.nonFaceToFaceSatisfied(),
                d.decidedAt() == null ? null : d.decidedAt().toString(), d.decidedBy(), review(d.review()), d.reasonCode(),
                d.moreInfo() == null ? null : new CaseResponse.MoreInfoJson(d.moreInfo().step().name(), d.moreInfo().reasonCode(),
                        d.moreInfo().requestedBy(), d.moreInfo().requestedAt().toString()));
    }

    private static CaseResponse.ReviewJson review(CaseView.ReviewView r) {
        if (r == null) {
            return null;
        }
        CaseView.VideoInterviewView v = r.videoInterview();
        CaseView.SourceOfFundsView f = r.sourceOfFunds();
        return new CaseResponse.ReviewJson(v == null ? null : new CaseResponse.VideoInterviewJson(v.reviewer(),
                        v.heldAt().toString(), v.durationSeconds(), v.outcome().name()),
                f == null ? null : new CaseResponse.SourceOfFundsJson(f.source().name(), f.recordedBy(), f.recordedAt().toString()),
                r.firstApprovedBy(), r.firstApprovedAt() == null ? null : r.firstApprovedAt().toString(), r.evidenceVersion());
    }

    private static CaseResponse.RegistryChecksJson registryChecks(CaseView.RegistryChecksView r) {
        return r == null ? null : new CaseResponse.RegistryChecksJson(r.residentCheck(),
                r.residentAt() == null ? null : r.residentAt().toString(), r.incomeCheck(), r.incomeBand(),
                r.incomeTaxYear(), r.incomeAt() == null ? null : r.incomeAt().toString());
    }

    private static CaseResponse.FaceJson face(CaseView.FaceView f) {
        return f == null ? null : new CaseResponse.FaceJson(f.consentAt() == null ? null : f.consentAt().toString(),
                f.liveness(), f.match(), f.similarity(), f.templatePurgeAt() == null ? null : f.templatePurgeAt().toString());
    }
}
