package org.ekyc.hub.verification.api.review;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import org.ekyc.hub.verification.api.LocalizedMessages;

/**
 * The reasons a reviewer gives a decision from (#19): what the customer is shown, apart from the reviewer's private
 * note. Each belongs to the outcomes it may explain (APPROVED, REJECTED, MORE_INFO); its label is
 * {@code decision-reason.<code>} in the four message bundles. The engine refuses a reason outside its outcome's list
 * (DECISION_REASON_UNKNOWN).
 */
public enum DecisionReason {
    EVIDENCE_CONSISTENT("APPROVED"),
    DOCUMENT_NOT_GENUINE("REJECTED"),
    SANCTIONS_CONFIRMED("REJECTED"),
    DOCUMENT_PHOTO_UNCLEAR(ReopenedStep.DOCUMENT),
    // s19-rev: a reason is required to reject; asking for more re-opens the step its reason names
    IDENTITY_NOT_CONFIRMED("REJECTED"),
    FACE_NOT_THE_APPLICANT("REJECTED"),
    DOCUMENT_EXPIRED(ReopenedStep.DOCUMENT),
    SELFIE_UNCLEAR(ReopenedStep.FACE);

    /** The outcome of a decision that asks the customer for more (the case waits for them in RETRY). */
    public static final String MORE_INFO = "MORE_INFO";

    private final Set<String> outcomes;
    private final ReopenedStep step;

    DecisionReason(String... outcomes) {
        this.outcomes = Set.of(outcomes);
        this.step = null;
    }

    /** A reason to ask the customer for more, re-opening {@code step}. */
    DecisionReason(ReopenedStep step) {
        this.outcomes = Set.of(MORE_INFO);
        this.step = step;
    }

    public Set<String> outcomes() {
        return outcomes;
    }

    /** The step a MORE_INFO decision with this reason re-opens; null for the reasons of other outcomes. */
    public ReopenedStep step() {
        return step;
    }

    /** The reason's label in {@code locale} (one of the four; English otherwise). */
    public String label(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(LocalizedMessages.BUNDLE, supported(locale),
                DecisionReason.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            return bundle.getString("decision-reason." + name());
        } catch (MissingResourceException e) {
            return name();
        }
    }

    /** The reason named {@code code} if it may explain {@code outcome}; null when there is no such pair. */
    public static DecisionReason forOutcome(String code, String outcome) {
        return Arrays.stream(values()).filter(r -> r.name().equals(code) && r.outcomes.contains(outcome)).findFirst().orElse(null);
    }

    /** Every reason, in the list's order. */
    public static List<DecisionReason> all() {
        return List.of(values());
    }

    private static Locale supported(Locale locale) {
        Locale language = Locale.forLanguageTag(locale == null ? "en" : locale.getLanguage());
        return LocalizedMessages.SUPPORTED.contains(language) ? language : Locale.ENGLISH;
    }
}
