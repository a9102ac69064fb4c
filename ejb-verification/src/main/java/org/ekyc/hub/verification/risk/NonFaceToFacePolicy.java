package org.ekyc.hub.verification.risk;

import org.ekyc.hub.verification.api.risk.VerificationMethod;
import java.util.EnumSet;
import java.util.Set;

/**
 * The FSC non-face-to-face rule for one product: at least {@code required} distinct methods of
 * {@link VerificationMethod}, and {@code recommendedExtra} more recommended.
 */
public record NonFaceToFacePolicy(int required, int recommendedExtra) {

    /** The guidance's rule for account opening: two methods, plus one recommended. */
    public static final NonFaceToFacePolicy ACCOUNT_OPENING = new NonFaceToFacePolicy(2, 1);

    public NonFaceToFacePolicy {
        if (required < 0 || recommendedExtra < 0 || required + recommendedExtra > VerificationMethod.values().length) {
            throw new IllegalArgumentException("impossible policy: " + required + " + " + recommendedExtra);
        }
    }

    public Result evaluate(Set<VerificationMethod> done) {
        Set<VerificationMethod> distinct = done.isEmpty() ? EnumSet.noneOf(VerificationMethod.class) : EnumSet.copyOf(done);
        int count = distinct.size();
        return new Result(count >= required, Math.max(0, required - count), count >= required + recommendedExtra);
    }

    /**
     * @param satisfied            the mandatory minimum is met
     * @param missing              how many more methods are mandatory
     * @param recommendedExtraMet  the recommended extra method is met as well
     */
    public record Result(boolean satisfied, int missing, boolean recommendedExtraMet) {
    }
}
