package org.ekyc.hub.adapter.copybook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed COBOL copybook: the record's elementary items with their byte positions. Immutable.
 * Read from {@code .cpy} files kept in the repository (see {@link CopybookParser} for what is
 * understood).
 */
public final class Copybook {

    private final String name;
    private final int recordLength;
    private final Map<String, CopybookField> fields;

    Copybook(String name, int recordLength, List<CopybookField> fields) {
        this.name = name;
        this.recordLength = recordLength;
        Map<String, CopybookField> byName = new LinkedHashMap<>();
        for (CopybookField f : fields) {
            if (!f.name().equals("FILLER") && byName.putIfAbsent(f.name(), f) != null) {
                throw new CopybookSyntaxException(name, 0, "data name " + f.name() + " defined twice");
            }
        }
        this.fields = java.util.Collections.unmodifiableMap(byName);
    }

    /** Parses a copybook from the classpath, e.g. {@code copybooks/KYCREQ.cpy}. */
    public static Copybook fromClasspath(String resource) {
        try (InputStream in = Copybook.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("copybook " + resource + " not found on the classpath");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            String base = resource.substring(resource.lastIndexOf('/') + 1).replaceFirst("\\.cpy$", "");
            return CopybookParser.parse(base, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name() {
        return name;
    }

    /** Bytes in one record. */
    public int recordLength() {
        return recordLength;
    }

    /** Named elementary items in record order (FILLER left out). */
    public Map<String, CopybookField> fields() {
        return fields;
    }

    public CopybookField field(String dataName) {
        CopybookField f = fields.get(dataName);
        if (f == null) {
            throw new IllegalArgumentException(name + " has no field " + dataName);
        }
        return f;
    }
}
