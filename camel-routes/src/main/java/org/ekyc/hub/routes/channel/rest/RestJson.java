package org.ekyc.hub.routes.channel.rest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * The REST binding's JSON reader and writer. Stricter than Jackson's defaults where a default would
 * accept what the client did not mean: a number or boolean where text is expected ({@code "surname": 123})
 * is refused, not turned into {@code "123"}; a JSON object followed by anything but white space is
 * refused. Its longest string is the largest request body the listener takes
 * ({@link #maxBodyBytes()}), so an image up to the engine's 15 MB limit (about 21 M Base64 characters)
 * reaches the engine, which answers IMAGE_TOO_LARGE beyond it.
 */
final class RestJson {

    /** The registry name the REST configuration refers to ({@code #restJsonMapper}). */
    static final String MAPPER_REF = "restJsonMapper";
    /** Undertow's {@code max-post-size} default (wildfly-config 40-web.cli), 25 MiB. */
    static final long DEFAULT_MAX_BODY_BYTES = 26_214_400L;

    private RestJson() {
    }

    /** The largest request body: {@code KYC_HTTP_MAX_POST_SIZE} as the listener reads it, else 25 MiB. */
    static long maxBodyBytes() {
        String value = System.getenv("KYC_HTTP_MAX_POST_SIZE");
        try {
            long parsed = value == null || value.isBlank() ? DEFAULT_MAX_BODY_BYTES : Long.parseLong(value.trim());
            return parsed > 0 ? parsed : DEFAULT_MAX_BODY_BYTES;
        } catch (NumberFormatException e) {
            return DEFAULT_MAX_BODY_BYTES;
        }
    }

    /** Deepest nesting of arrays and objects read: no request of the hub nests beyond a few levels. */
    static final int MAX_NESTING = 64;

    static ObjectMapper mapper() {
        int maxString = (int) Math.min(Integer.MAX_VALUE, maxBodyBytes());
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxString)
                        .maxNestingDepth(MAX_NESTING).build())
                // {"surname":"A","surname":"B"} is refused, not read as its last value
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        ObjectMapper mapper = new ObjectMapper(factory);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    /** The JSON path of the value a mapping error is about ({@code frames[0].image}), null when none. */
    static String field(JsonMappingException ex) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : ex.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }
}
