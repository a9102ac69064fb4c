package org.ekyc.hub.verification.imaging;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * The decoded pixels one request may cost: width × height as each image's header declares it, at most
 * {@code perImage} for one image and {@code perRequest} summed over every image of the request. Only the
 * headers are read (no pixel is decoded), so a request over budget costs a few header reads, whatever its
 * images would take to decode. Each decoder keeps its own bound per image; this one is the request's.
 *
 * @param perImage   most pixels one image of the request may declare
 * @param perRequest most pixels all images of the request may declare together
 */
public record PixelBudget(long perImage, long perRequest) {

    private static final Set<String> FORMATS = Set.of("jpeg", "png");

    public PixelBudget {
        if (perImage <= 0 || perRequest <= 0) {
            throw new IllegalArgumentException("a pixel budget must be positive");
        }
    }

    /**
     * Why {@code images} are over this budget, empty when they are within it. The headers are read in order
     * and the count stops at the first image over; an image whose header cannot be read counts nothing here
     * (its decoder refuses it as unreadable, again from the header).
     */
    public Optional<String> exceeded(List<byte[]> images) {
        long total = 0;
        for (int i = 0; i < images.size(); i++) {
            long pixels = declaredPixels(images.get(i));
            if (pixels > perImage) {
                return Optional.of("image " + (i + 1) + " of " + images.size() + " declares " + pixels + " pixels, at most "
                        + perImage + " each");
            }
            total += Math.max(0, pixels);
            if (total > perRequest) {
                return Optional.of("the first " + (i + 1) + " of " + images.size() + " images declare " + total
                        + " pixels, at most " + perRequest + " in one request");
            }
        }
        return Optional.empty();
    }

    /**
     * Width × height as the header of a JPEG or PNG declares it, read with the same JDK readers the decoders
     * use and without decoding a pixel; -1 when {@code encoded} has no header those readers take.
     */
    public static long declaredPixels(byte[] encoded) {
        if (encoded == null || encoded.length == 0) {
            return -1;
        }
        // memory-cached, as the decoders do: no image is ever cached in a temporary file
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(encoded))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            while (readers.hasNext()) {
                ImageReader reader = readers.next();
                try {
                    if (FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
                        reader.setInput(in, true, true);
                        int w = reader.getWidth(0);
                        int h = reader.getHeight(0);
                        return w <= 0 || h <= 0 ? -1 : (long) w * h;
                    }
                } finally {
                    reader.dispose();
                }
            }
            return -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * The budget of one kind of request from the environment: {@code KYC_<KIND>_FRAME_MAX_PIXELS} (property
     * {@code kyc.<kind>.frame-max-pixels}) and {@code KYC_<KIND>_REQUEST_MAX_PIXELS}
     * ({@code kyc.<kind>.request-max-pixels}), each defaulting to {@code defaults}' value.
     *
     * @throws IllegalStateException naming the variable when a value is not a positive whole number
     */
    public static PixelBudget fromEnvironment(String kind, PixelBudget defaults) {
        return configured(kind, defaults, System.getenv(), System.getProperties());
    }

    static PixelBudget configured(String kind, PixelBudget defaults, Map<String, String> env, Properties sys) {
        String envPrefix = "KYC_" + kind.toUpperCase(Locale.ROOT) + "_";
        String propPrefix = "kyc." + kind.toLowerCase(Locale.ROOT) + ".";
        return new PixelBudget(setting(env, sys, envPrefix + "FRAME_MAX_PIXELS", propPrefix + "frame-max-pixels", defaults.perImage()),
                setting(env, sys, envPrefix + "REQUEST_MAX_PIXELS", propPrefix + "request-max-pixels", defaults.perRequest()));
    }

    private static long setting(Map<String, String> env, Properties sys, String envName, String prop, long dflt) {
        String v = sys.getProperty(prop, env.get(envName));
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            long parsed = Long.parseLong(v.trim());
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // the same refusal as a value that is not positive
        }
        throw new IllegalStateException(envName + " must be a positive whole number of pixels, was '" + v + "'");
    }
}
