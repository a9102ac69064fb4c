package org.ekyc.hub.verification.api;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Resolves reason-code messages for a person, in one of the four supported languages
 * (Korean, English, Chinese, Vietnamese). Anything else falls back to English.
 */
public final class LocalizedMessages {

    public static final String BUNDLE = "org.ekyc.hub.verification.api.messages";
    public static final List<Locale> SUPPORTED = List.of(
            Locale.KOREAN, Locale.ENGLISH, Locale.CHINESE, Locale.forLanguageTag("vi"));

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private LocalizedMessages() {
    }

    /** Picks the supported locale for an HTTP Accept-Language value (or null): en when none fits. */
    public static Locale negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            Locale match = Locale.lookup(ranges, SUPPORTED);
            return match != null ? match : Locale.ENGLISH;
        } catch (IllegalArgumentException e) {
            return Locale.ENGLISH;
        }
    }

    /** The message for a reason code in the given locale; {0} is replaced by the detail (e.g. a field name). */
    public static String message(ReasonCode code, Locale locale, Object... args) {
        ResourceBundle bundle = bundle(locale);
        String pattern;
        try {
            pattern = bundle.getString(code.messageKey());
        } catch (MissingResourceException e) {
            pattern = code.name();
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    static ResourceBundle bundle(Locale locale) {
        Locale language = Locale.forLanguageTag(locale.getLanguage());
        Locale chosen = SUPPORTED.contains(language) ? language : Locale.ENGLISH;
        return ResourceBundle.getBundle(BUNDLE, chosen, LocalizedMessages.class.getClassLoader(), NO_FALLBACK);
    }
}
