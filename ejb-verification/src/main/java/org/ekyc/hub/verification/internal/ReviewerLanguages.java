package org.ekyc.hub.verification.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ekyc.hub.verification.api.ApplicantLanguage;

/**
 * #19 The languages each reviewer reads, as automatic assignment ({@code POST /review/next}) routes by them: the
 * setting {@code KYC_REVIEWER_LANGUAGES}, {@code <reviewer>=<code>,<code>;…} with the reviewer's user name as the
 * token names them and codes from {@link ApplicantLanguage#CODES}, e.g. {@code reviewer-1=ko,en;reviewer-2=en,vi}.
 * Unset or empty: nobody has a preference (the oldest case first for everyone). A reviewer not named has none.
 * A malformed setting (no {@code =}, an unknown code, a reviewer named twice) fails the start, like the SLA settings.
 */
record ReviewerLanguages(Map<String, Set<String>> byReviewer) {

    static final String SETTING = "KYC_REVIEWER_LANGUAGES";

    ReviewerLanguages {
        byReviewer = Map.copyOf(byReviewer);
    }

    static ReviewerLanguages fromEnvironment() {
        return of(System.getenv());
    }

    static ReviewerLanguages of(Map<String, String> env) {
        String v = env.get(SETTING);
        Map<String, Set<String>> out = new LinkedHashMap<>();
        if (v == null || v.isBlank()) {
            return new ReviewerLanguages(out);
        }
        for (String entry : v.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            String reviewer = eq < 0 ? "" : entry.substring(0, eq).trim();
            if (reviewer.isEmpty() || out.containsKey(reviewer)) {
                throw bad(v);
            }
            Set<String> codes = new LinkedHashSet<>();
            for (String code : entry.substring(eq + 1).split(",")) {
                String c = code.trim().toLowerCase(Locale.ROOT);
                if (!ApplicantLanguage.CODES.contains(c)) {
                    throw bad(v);
                }
                codes.add(c);
            }
            out.put(reviewer, Set.copyOf(codes));
        }
        return new ReviewerLanguages(out);
    }

    /** The languages {@code reviewer} reads; empty: no preference. */
    Set<String> of(String reviewer) {
        return byReviewer.getOrDefault(reviewer, Set.of());
    }

    private static IllegalStateException bad(String v) {
        return new IllegalStateException(SETTING + " must be <reviewer>=<language>,…;… with languages among "
                + ApplicantLanguage.CODES + ", not '" + v + "'");
    }
}
