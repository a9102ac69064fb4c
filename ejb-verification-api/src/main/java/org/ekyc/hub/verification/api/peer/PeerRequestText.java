package org.ekyc.hub.verification.api.peer;

import java.util.Collection;
import java.util.Optional;

/**
 * Whether the values of a peer query can travel in the peer's request: every SOAP peer's request is XML
 * 1.0, which cannot carry the C0 control characters but tab, line feed and carriage return (NUL, ESC, …),
 * U+FFFE, U+FFFF or a surrogate without its pair. A query holding one cannot be built (the marshaller
 * fails before anything is sent): that is the case's error, never the peer's. The routes check a query
 * before its peer's circuit; the engine's start-up repair finds the cases stored with such a value.
 */
public final class PeerRequestText {

    private PeerRequestText() {
    }

    /**
     * The path of the first text value in {@code value} (a record, walked through its components, nested
     * records and collections) that XML 1.0 cannot carry, e.g. {@code applicant.surname}; empty when every
     * value can travel. Never the value itself (it is personal data).
     */
    public static Optional<String> unfitField(Object value) {
        return unfit(value, "", 0);
    }

    /** Whether XML 1.0 can carry every character of {@code text}. */
    public static boolean fits(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isHighSurrogate(ch)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return false;
            }
            boolean allowed = ch == '\t' || ch == '\n' || ch == '\r'
                    || ch >= 0x20 && ch <= 0xD7FF || ch >= 0xE000 && ch <= 0xFFFD;
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> unfit(Object value, String path, int depth) {
        if (value instanceof CharSequence text) {
            return fits(text) ? Optional.empty() : Optional.of(path.isEmpty() ? "value" : path);
        }
        if (value == null || depth > 8) {
            return Optional.empty();
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                Optional<String> found = unfit(item, path + "[" + i++ + "]", depth + 1);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        if (!value.getClass().isRecord()) {
            return Optional.empty();
        }
        for (var component : value.getClass().getRecordComponents()) {
            Object part;
            try {
                part = component.getAccessor().invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component.getName() + " of " + value.getClass(), e);
            }
            Optional<String> found = unfit(part, path.isEmpty() ? component.getName() : path + "." + component.getName(),
                    depth + 1);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
