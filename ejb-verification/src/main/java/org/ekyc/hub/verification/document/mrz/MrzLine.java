package org.ekyc.hub.verification.document.mrz;

import java.util.regex.Pattern;

/**
 * One line of a machine-readable zone (ICAO 9303 Part 3, section 4.2: characters {@code 0-9},
 * {@code A-Z} and the filler {@code <}). Whitespace is removed and letters upper-cased; anything
 * else is refused.
 */
public record MrzLine(String text) {

    private static final Pattern CHARSET = Pattern.compile("[0-9A-Z<]+");

    public MrzLine {
        if (text == null) {
            throw new IllegalArgumentException("MRZ line is required");
        }
        text = text.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
        if (!CHARSET.matcher(text).matches()) {
            throw new IllegalArgumentException("MRZ line holds characters outside 0-9 A-Z <: " + text);
        }
    }

    public int length() {
        return text.length();
    }

    /** Characters {@code [from, to)}. */
    public String field(int from, int to) {
        return text.substring(from, to);
    }

    public char at(int index) {
        return text.charAt(index);
    }
}
