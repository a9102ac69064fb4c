package org.ekyc.hub.routes.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ekyc.hub.verification.api.Address;
import org.ekyc.hub.verification.api.AddressKind;
import org.ekyc.hub.verification.api.Applicant;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.Channel;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.LocalizedMessages;
import org.ekyc.hub.verification.api.OpenCaseCommand;
import org.ekyc.hub.verification.api.Product;
import org.ekyc.hub.verification.api.ReasonCode;

/** Maps the REST channel's JSON to the canonical records and back. */
public final class RestMapper {

    private RestMapper() {
    }

    public static OpenCaseCommand toCommand(OpenCaseRequest r) {
        if (r == null) {
            throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, "body");
        }
        LocalDate birthDate = null;
        if (r.birthDate() != null && !r.birthDate().isBlank()) {
            try {
                birthDate = LocalDate.parse(r.birthDate().trim());
            } catch (DateTimeParseException e) {
                throw new InvalidRequestException(ReasonCode.INVALID_BIRTH_DATE, "birthDate");
            }
        }
        Applicant applicant = new Applicant(r.surname(), r.givenNames(), r.hangulName(), r.nationality(),
                birthDate, r.phone(), r.email(), addresses(r.addresses()));
        return new OpenCaseCommand(applicant, Product.fromCode(r.product()), Channel.REST, r.externalReference(),
                r.registrationNumber());
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
                v.creditCheck());
    }

    private static CaseResponse.AccountJson account(CaseView.AccountView a) {
        return a == null ? null : new CaseResponse.AccountJson(a.state().name(), a.maskedAccountNumber(),
                a.openedDate() == null ? null : a.openedDate().toString(), a.returnCode(), a.failedAttempts());
    }

    private static CaseResponse.DecisionJson decision(CaseView.DecisionView d) {
        return d == null ? null : new CaseResponse.DecisionJson(d.riskTier() == null ? null : d.riskTier().name(),
                d.riskReasons(), d.openTasks().stream().map(Enum::name).sorted().toList(),
                d.methods().stream().map(Enum::name).sorted().toList(), d.nonFaceToFaceSatisfied(),
                d.decidedAt() == null ? null : d.decidedAt().toString(), d.decidedBy());
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
