package org.ekyc.hub.verification.api.operations;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;

/**
 * What the customer's capture page reports about itself: a step shown, left, resumed or failed, in which
 * language and on which kind of device, with the reason code of a failure. No personal data: the case is
 * the capture token's, the time the hub's. Built through {@link #of}, which refuses anything outside the
 * vocabulary ({@link ReasonCode#FUNNEL_EVENT_INVALID} naming the field).
 */
public record FunnelEvent(Step step, Type event, String language, DeviceClass deviceClass, String reason) {

    /** The steps of the capture flow, in the order the customer meets them (the funnel's order). */
    public enum Step {
        CONSENT, DOCUMENT, LIVENESS, DONE, HANDOFF, HELP;

        /** The wire name ({@code consent}). */
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Type { SHOWN, EXIT, RESUME, FAILED }

    public enum DeviceClass { PHONE, TABLET, DESKTOP }

    /** The languages of the capture flow. */
    public static final Set<String> LANGUAGES = Set.of("ko", "en", "zh", "vi");
    /** A reason is a code ({@code FACE_NOT_FOUND}), never text a person typed. */
    private static final Pattern REASON = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    /** The event as the page sent it (wire names), checked field by field. */
    public static FunnelEvent of(String step, String event, String language, String deviceClass, String reason) {
        Step s = parse(Step.class, step == null ? null : step.toUpperCase(Locale.ROOT), "step");
        Type t = parse(Type.class, event, "event");
        if (language == null || !LANGUAGES.contains(language)) {
            throw new InvalidRequestException(ReasonCode.FUNNEL_EVENT_INVALID, "language");
        }
        DeviceClass d = parse(DeviceClass.class, deviceClass, "deviceClass");
        if (reason != null && !REASON.matcher(reason).matches()) {
            throw new InvalidRequestException(ReasonCode.FUNNEL_EVENT_INVALID, "reason");
        }
        return new FunnelEvent(s, t, language, d, reason);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(ReasonCode.FUNNEL_EVENT_INVALID, field);
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        throw new InvalidRequestException(ReasonCode.FUNNEL_EVENT_INVALID, field);
    }
}
