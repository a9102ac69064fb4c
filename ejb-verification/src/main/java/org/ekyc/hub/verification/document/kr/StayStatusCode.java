package org.ekyc.hub.verification.document.kr;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 체류자격 (status of stay) code as printed on a residence card, e.g. {@code E-9} or with a
 * detail number {@code F-4-11}. The category must be one of the statuses of the Immigration Act
 * Enforcement Decree (출입국관리법 시행령 별표 1, 1의2, 1의3).
 */
public record StayStatusCode(String code) {

    /**
     * The Korean name of each category as the Decree gives it and as cards print it before the code
     * ({@code 결혼이민(F-6)}). A name is an independent cue for the category: its letters are not the code's.
     */
    public static final Map<String, String> KOREAN_NAMES = Map.ofEntries(
            Map.entry("외교", "A-1"), Map.entry("공무", "A-2"), Map.entry("협정", "A-3"),
            Map.entry("사증면제", "B-1"), Map.entry("관광통과", "B-2"),
            Map.entry("일시취재", "C-1"), Map.entry("단기방문", "C-3"), Map.entry("단기취업", "C-4"),
            Map.entry("문화예술", "D-1"), Map.entry("유학", "D-2"), Map.entry("기술연수", "D-3"), Map.entry("일반연수", "D-4"),
            Map.entry("취재", "D-5"), Map.entry("종교", "D-6"), Map.entry("주재", "D-7"), Map.entry("기업투자", "D-8"),
            Map.entry("무역경영", "D-9"), Map.entry("구직", "D-10"),
            Map.entry("교수", "E-1"), Map.entry("회화지도", "E-2"), Map.entry("연구", "E-3"), Map.entry("기술지도", "E-4"),
            Map.entry("전문직업", "E-5"), Map.entry("예술흥행", "E-6"), Map.entry("특정활동", "E-7"), Map.entry("계절근로", "E-8"),
            Map.entry("비전문취업", "E-9"), Map.entry("선원취업", "E-10"),
            Map.entry("방문동거", "F-1"), Map.entry("거주", "F-2"), Map.entry("동반", "F-3"), Map.entry("재외동포", "F-4"),
            Map.entry("영주", "F-5"), Map.entry("결혼이민", "F-6"),
            Map.entry("기타", "G-1"), Map.entry("관광취업", "H-1"), Map.entry("방문취업", "H-2"));
    /** The categories of 별표 1 (short stay), 1의2 (long stay) and 1의3 (permanent residence): one per name. */
    public static final Set<String> CATEGORIES = Set.copyOf(KOREAN_NAMES.values());
    /** Longest first: 일시취재 (C-1) holds 취재 (D-5). */
    private static final List<String> NAMES_LONGEST_FIRST = KOREAN_NAMES.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder())).toList();
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

    /**
     * The category a status's Korean name in {@code text} stands for ({@code 영주} gives {@code F-5}); spaces
     * between its syllables are ignored; the longest name wins. Empty when the text holds none.
     */
    public static Optional<String> categoryOfKoreanName(String text) {
        String hangul = text.replaceAll("\\s+", "");
        for (String name : NAMES_LONGEST_FIRST) {
            if (hangul.contains(name)) {
                return Optional.of(KOREAN_NAMES.get(name));
            }
        }
        return Optional.empty();
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
