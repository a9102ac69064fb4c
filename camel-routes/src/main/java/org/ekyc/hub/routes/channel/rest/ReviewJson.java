package org.ekyc.hub.routes.channel.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.review.DecisionReason;
import org.ekyc.hub.verification.api.review.QueueFilter;
import org.ekyc.hub.verification.api.review.QueueItem;
import org.ekyc.hub.verification.api.review.QueuePage;
import org.ekyc.hub.verification.api.review.ReviewCase;

/** The review API's JSON (#19, docs/console.md): the shapes the staff console reads, instants as ISO-8601 text. */
final class ReviewJson {

    private ReviewJson() {
    }

    /** {@code GET /api/v1/review/queue}: a page of the queue, {@code total} counting every case the filters keep. */
    record QueuePageJson(int page, int size, long total, List<QueueItemJson> items) {
    }

    /** One case waiting for a person: no personal data. */
    record QueueItemJson(String caseId, String status, String riskTier, String product, String channel, String nationality,
                         String language, List<String> reasons, String submittedAt, String slaDueAt, boolean overdue,
                         String assignee, String firstApprovalBy) {
    }

    /**
     * One reason of {@code GET /api/v1/review/decision-reasons}: the one outcome it explains (APPROVED, REJECTED,
     * MORE_INFO) and, for MORE_INFO, the step it re-opens (DOCUMENT or FACE; else null).
     */
    record ReasonJson(String code, String label, List<String> outcomes, String step) {
    }

    static List<ReasonJson> reasons(Locale locale) {
        return DecisionReason.all().stream().map(r -> new ReasonJson(r.name(), r.label(locale),
                r.outcomes().stream().sorted().toList(), r.step() == null ? null : r.step().name())).toList();
    }

    static QueuePageJson page(QueuePage p) {
        return new QueuePageJson(p.page(), p.size(), p.total(), p.items().stream().map(ReviewJson::item).toList());
    }

    static QueueItemJson item(QueueItem i) {
        return new QueueItemJson(i.caseId(), i.status(), i.riskTier(), i.product(), i.channel(), i.nationality(), i.language(),
                i.reasons(), i.submittedAt().toString(), i.slaDueAt().toString(), i.overdue(), i.assignee(), i.firstApprovalBy());
    }

    /**
     * {@code GET /api/v1/review/cases/{id}}: the case as a reviewer works it, in the console's shape (docs/console.md):
     * case, submitted (typed), document fields (read), registries, screening, face (scores with the match thresholds the
     * engine applied and the liveness P(live), never an image), risk,
     * review and history; each screening match with its evidence, list version and disposition ({@link #match}).
     */
    static Map<String, Object> detail(ReviewCase rc, Locale locale) {
        CaseView v = rc.view();
        CaseResponse c = RestMapper.toResponse(v, locale);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("case", c);
        Map<String, Object> submitted = new LinkedHashMap<>();
        if (v.applicant() != null) {
            submitted.put("name", String.join(" ", java.util.stream.Stream.of(v.applicant().surname(), v.applicant().givenNames())
                    .filter(x -> x != null && !x.isBlank()).toList()));
            submitted.put("birthDate", v.applicant().birthDate() == null ? null : v.applicant().birthDate().toString());
            submitted.put("nationality", v.applicant().nationality());
        }
        submitted.put("documentNumber", null);
        d.put("submitted", submitted);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("type", v.document() == null ? null : v.document().type());
        document.put("outcome", v.document() == null ? null : v.document().outcome());
        document.put("fields", rc.documentFields());
        document.put("reasons", List.of());
        d.put("document", document);
        List<Map<String, Object>> registries = new ArrayList<>();
        if (v.immigrationCheck() != null) {
            registries.add(registry("immigration", v.immigrationCheck().name(), v.stayStatusCode(), null));
        }
        if (v.registryChecks() != null && v.registryChecks().residentCheck() != null) {
            registries.add(registry("resident", v.registryChecks().residentCheck(), null, v.registryChecks().residentAt()));
        }
        if (v.registryChecks() != null && v.registryChecks().incomeCheck() != null) {
            registries.add(registry("tax", v.registryChecks().incomeCheck(), v.registryChecks().incomeBand(),
                    v.registryChecks().incomeAt()));
        }
        if (v.phone() != null && v.phone().check() != null) {
            registries.add(registry("telecom", v.phone().check(), null, v.phone().verifiedAt()));
        }
        if (v.creditCheck() != null) {
            registries.add(registry("credit", v.creditCheck(), null, null));
        }
        d.put("registries", registries);
        Map<String, Object> screening = new LinkedHashMap<>();
        screening.put("listVersion", v.screeningListVersion());
        screening.put("outcome", v.screening());
        screening.put("matches", rc.matches().stream().map(ReviewJson::match).toList());
        d.put("screening", screening);
        Map<String, Object> face = new LinkedHashMap<>();
        face.put("matchScore", v.face() == null ? null : v.face().similarity());
        // #19 the thresholds the engine applied to this match and the liveness check's P(live), as recorded on the case
        face.put("threshold", v.face() == null ? null : v.face().matchThreshold());
        face.put("reviewThreshold", v.face() == null ? null : v.face().reviewThreshold());
        face.put("match", v.face() == null ? null : v.face().match());
        face.put("liveness", v.face() == null ? null : v.face().liveness());
        face.put("livenessScore", v.face() == null ? null : v.face().livenessScore());
        d.put("face", face);
        Map<String, Object> risk = new LinkedHashMap<>();
        risk.put("tier", c.decision() == null ? null : c.decision().riskTier());
        risk.put("factors", c.decision() == null || c.decision().riskReasons() == null ? List.of() : c.decision().riskReasons());
        d.put("risk", risk);
        Map<String, Object> review = new LinkedHashMap<>();
        CaseResponse.ReviewJson r = c.decision() == null ? null : c.decision().review();
        review.put("assignee", rc.assignee());
        review.put("firstApprovalBy", r == null ? null : r.firstApprovedBy());
        review.put("evidenceVersion", r == null ? null : r.evidenceVersion());
        review.put("videoInterview", r == null ? null : r.videoInterview());
        review.put("sourceOfFunds", r == null ? null : r.sourceOfFunds());
        d.put("review", review);
        d.put("history", rc.history().stream().map(h -> Map.of("at", h.at().toString(), "actor", h.actor(), "action", h.action()))
                .toList());
        return d;
    }

    /**
     * One screening match as the console shows it: {@code matchId}, the list entry ({@code entryId}, {@code list},
     * {@code listedName}, {@code matchedName}), {@code score}, {@code evidence}, {@code listVersion}, and the
     * reviewer's {@code disposition} (null until marked), {@code by}, {@code at}, {@code note}.
     */
    static Map<String, Object> match(ReviewCase.MatchView m) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("matchId", m.matchId());
        o.put("entryId", m.entryId());
        o.put("list", m.list());
        o.put("listedName", m.listedName());
        o.put("matchedName", m.matchedName());
        o.put("score", m.score());
        o.put("evidence", m.evidence());
        o.put("listVersion", m.listVersion());
        o.put("disposition", m.disposition() == null ? null : m.disposition().name());
        o.put("by", m.disposedBy());
        o.put("at", m.disposedAt() == null ? null : m.disposedAt().toString());
        o.put("note", m.note());
        return o;
    }

    private static Map<String, Object> registry(String peer, String outcome, String detail, java.time.Instant at) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("peer", peer);
        m.put("outcome", outcome);
        m.put("detail", detail);
        m.put("at", at == null ? null : at.toString());
        return m;
    }

    /**
     * The queue's filters from the query string (the console's names: tier, reason, product, channel, nationality,
     * language (ko, en, zh, vi), overdue, assigned=any|mine|unassigned, page, size); an empty value is no filter, a malformed one
     * MALFORMED_REQUEST naming it.
     */
    static QueueFilter filter(Map<String, Object> q) {
        String overdue = text(q, "overdue");
        if (overdue != null && !overdue.equals("true") && !overdue.equals("false")) {
            throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, "overdue");
        }
        // #19 the applicant's language: one of the four codes, as the case carries it
        String language = text(q, "language");
        if (language != null) {
            language = language.toLowerCase(Locale.ROOT);
            if (!org.ekyc.hub.verification.api.ApplicantLanguage.CODES.contains(language)) {
                throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, "language");
            }
        }
        String assigned = text(q, "assigned");
        QueueFilter.Assigned a;
        try {
            a = assigned == null ? QueueFilter.Assigned.ANY : QueueFilter.Assigned.valueOf(assigned.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, "assigned");
        }
        return new QueueFilter(text(q, "tier"), text(q, "reason"), text(q, "product"), text(q, "channel"), text(q, "nationality"),
                language, overdue == null ? null : Boolean.valueOf(overdue), a, number(q, "page", 0), number(q, "size", 20));
    }

    private static String text(Map<String, Object> q, String name) {
        Object v = q.get(name);
        return v == null || v.toString().isBlank() ? null : v.toString().trim();
    }

    private static int number(Map<String, Object> q, String name, int fallback) {
        String v = text(q, name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < 0 || (name.equals("size") && (n == 0 || n > QueueFilter.MAX_SIZE))) {
                throw new NumberFormatException(v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(ReasonCode.MALFORMED_REQUEST, name);
        }
    }
}
