package org.ekyc.hub.adapter.copybook;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values of one decoded record: text items as {@link String} (trailing spaces removed), numeric
 * items as {@link BigDecimal} with the picture's scale.
 */
public record CopybookRecord(Copybook copybook, Map<String, Object> values) {

    public CopybookRecord {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public String text(String name) {
        copybook.field(name);
        return (String) values.get(name);
    }

    public BigDecimal decimal(String name) {
        copybook.field(name);
        return (BigDecimal) values.get(name);
    }

    public long integer(String name) {
        return decimal(name).longValueExact();
    }
}
