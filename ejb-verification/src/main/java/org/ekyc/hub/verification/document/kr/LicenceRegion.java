package org.ekyc.hub.verification.document.kr;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Korean driving licence number as older licences print it: the issuing region's name in place of its two-digit
 * code ({@code 경남 21-784606-72} is {@code 20-21-784606-72}). The codes are the National Police Agency's (Road
 * Traffic Authority): 11 서울, 12 부산, 13 경기, 14 강원, 15 충북, 16 충남, 17 전북, 18 전남, 19 경북, 20 경남,
 * 21 제주, 22 대구, 23 인천, 24 광주, 25 대전, 26 울산; 28 경기북부 came later with numbers only.
 */
public final class LicenceRegion {

    private static final Map<String, String> CODES = Map.ofEntries(Map.entry("서울", "11"), Map.entry("부산", "12"),
            Map.entry("경기", "13"), Map.entry("강원", "14"), Map.entry("충북", "15"), Map.entry("충남", "16"),
            Map.entry("전북", "17"), Map.entry("전남", "18"), Map.entry("경북", "19"), Map.entry("경남", "20"),
            Map.entry("제주", "21"), Map.entry("대구", "22"), Map.entry("인천", "23"), Map.entry("광주", "24"),
            Map.entry("대전", "25"), Map.entry("울산", "26"));

    private static final Pattern OLDER = Pattern.compile("(" + String.join("|", CODES.keySet())
            + ")\\s*([0-9]{2})\\s*-?\\s*([0-9]{6})\\s*-?\\s*([0-9]{2})(?![0-9])");

    private LicenceRegion() {
    }

    /** The number in its current form ({@code 20-21-784606-72}) from text printing the older form, empty when none. */
    public static Optional<String> number(String text) {
        Matcher m = OLDER.matcher(text);
        return m.find() ? Optional.of(CODES.get(m.group(1)) + "-" + m.group(2) + "-" + m.group(3) + "-" + m.group(4))
                : Optional.empty();
    }
}
