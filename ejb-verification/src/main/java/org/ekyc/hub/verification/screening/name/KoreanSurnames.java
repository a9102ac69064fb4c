package org.ekyc.hub.verification.screening.name;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Korean surnames are romanized in several ways that no spelling rule connects: 이 is written
 * Lee, Yi, Rhee, I (RR) or Ri (North Korean usage), 박 Park, Pak or Bak, 김 Kim or Gim, 최 Choi or
 * Choe, 백 Paek, Baek or Paik. Spellings of one surname share a class, and two tokens of one class are the same name.
 * Only surnames whose spellings collide with nothing common in other languages are listed.
 */
public final class KoreanSurnames {

    private static final Map<String, String> CLASS = new HashMap<>();

    static {
        group("LEE", "lee", "yi", "rhee", "i", "ri", "rhie", "yee", "ree", "rie");
        group("PARK", "park", "pak", "bak", "bahk", "pakk");
        group("KIM", "kim", "gim", "ghim");
        group("CHOI", "choi", "choe", "chwe", "choy");
        group("JEONG", "jeong", "jung", "chung", "cheong", "chong");
        group("YUN", "yoon", "yun", "youn");
        group("LIM", "lim", "im", "rim", "yim");
        group("KANG", "kang", "gang");
        group("BAEK", "baek", "paek", "paik", "baik");
        group("JANG", "jang", "chang");
        group("GWON", "kwon", "gwon");
        group("RYU", "ryu", "ryoo", "yoo");
    }

    private KoreanSurnames() {
    }

    private static void group(String key, String... spellings) {
        for (String spelling : spellings) {
            CLASS.put(spelling, key);
        }
    }

    /** The surname class of a lower-case Latin token, if it is a known spelling. */
    public static Optional<String> classOf(String token) {
        return Optional.ofNullable(CLASS.get(token));
    }
}
