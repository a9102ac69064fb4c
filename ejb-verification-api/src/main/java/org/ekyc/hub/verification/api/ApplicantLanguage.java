package org.ekyc.hub.verification.api;

import java.util.List;
import java.util.Locale;

/**
 * #19 The applicant's language on a case, as the review queue filters and routes by it: one of the four languages
 * of the customer's screens ({@link LocalizedMessages#SUPPORTED}: ko, en, zh, vi), or null when the case does not
 * know it. A language tag with a region ({@code zh-CN}, {@code ko-KR}) is its language; anything else is no language.
 */
public final class ApplicantLanguage {

    /** The codes a case may carry, in the order of the customer's screens. */
    public static final List<String> CODES = LocalizedMessages.SUPPORTED.stream().map(Locale::getLanguage).toList();

    private ApplicantLanguage() {
    }

    /** The language of a BCP 47 tag when it is one of {@link #CODES}, else null (never a refusal). */
    public static String of(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        return CODES.contains(language) ? language : null;
    }

    /**
     * The language an HTTP {@code Accept-Language} asks for, when one of {@link #CODES} fits its ranges; null when the
     * header is absent, malformed or names none of them (unlike {@link LocalizedMessages#negotiate}, no English default).
     */
    public static String fromAcceptLanguage(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return null;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LocalizedMessages.SUPPORTED);
            return match == null ? null : of(match.toLanguageTag());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
