package org.ekyc.hub.verification.document.kr;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 체류자격 (status of stay) code as printed on a residence card, e.g. {@code E-9} or with a
 * detail number {@code F-4-11}. The category must be one of the statuses of the Immigration Act
 * Enforcement Decree (출입국관리법 시행령 별표 1, 1의2, 1의3).
 */
public record StayStatusCode(String code) {

    /** The categories of 별표 1 (short stay), 1의2 (long stay) and 1의3 (permanent residence). */
    public static final Set<String> CATEGORIES = Set.of(
            "A-1", "A-2", "A-3", "B-1", "B-2", "C-1", "C-3", "C-4",
            "D-1", "D-2", "D-3", "D-4", "D-5", "D-6", "D-7", "D-8", "D-9", "D-10",
            "E-1", "E-2", "E-3", "E-4", "E-5", "E-6", "E-7", "E-8", "E-9", "E-10",
            "F-1", "F-2", "F-3", "F-4", "F-5", "F-6", "G-1", "H-1", "H-2");
    private static final Pattern FORM = Pattern.compile("([A-H])\\s*-?\\s*([0-9]{1,2})(?:\\s*-\\s*([0-9]{1,3}))?");

    public StayStatusCode {
        if (code == null) {
            throw new IllegalArgumentException("stay status code is required");
        }
        Matcher m = FORM.matcher(code.trim().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a stay status code: " + code);
        }
        String category = m.group(1) + "-" + Integer.parseInt(m.group(2));
        if (!CATEGORIES.contains(category)) {
            throw new IllegalArgumentException("not a status of stay of the Immigration Act: " + category);
        }
        code = m.group(3) == null ? category : category + "-" + Integer.parseInt(m.group(3));
    }

    /** The category without the detail number: {@code F-4-11} gives {@code F-4}. */
    public String category() {
        int second = code.indexOf('-', 2);
        return second < 0 ? code : code.substring(0, second);
    }

    public static boolean isValid(String code) {
        try {
            new StayStatusCode(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
