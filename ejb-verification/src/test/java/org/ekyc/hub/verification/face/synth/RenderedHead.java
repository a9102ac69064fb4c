package org.ekyc.hub.verification.face.synth;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.ekyc.hub.verification.face.BgrImage;
import org.ekyc.hub.verification.face.ModelRegistry;
import org.ekyc.hub.verification.face.internal.Detection;
import org.ekyc.hub.verification.face.internal.EyeMeasurer;
import org.ekyc.hub.verification.face.internal.FaceDetector;
import org.ekyc.hub.verification.face.internal.Point;

/**
 * A textured 3D head made from one frontal face photo, rendered at any head pose with eyes open or closed.
 * The engine's own detector (5 points) and 68-point landmark model are used once, on the photo, only to
 * place the mesh and the eyelids; every frame is then a rendering, never a measurement:
 * <ul>
 *   <li>the head is a depth field over the photo: a flattened ellipsoid (a superellipse across, wide enough
 *       for hair and ears) with a nose ridge rising to the detected nose tip and shallow eye sockets;</li>
 *   <li>a grid mesh over that field, textured with the photo, is turned by yaw, pitch and roll about the
 *       head's centre and drawn in perspective with a depth buffer (the far cheek hides behind the nose
 *       and the near cheek), shaded by the change of its normals against a fixed light;</li>
 *   <li>closed eyes are eyelids painted into a second texture — skin continued from above and below the eye,
 *       darker towards the lid's edge, a dark lash line along the lower lid — so they turn with the head in
 *       the same pass;</li>
 *   <li>the rest of the photo is the same mesh, flat: hair, neck and backdrop just outside the head follow its
 *       turn less and less with distance and lie behind it, so the picture stays whole with no hole where the
 *       head was, and shoulders and backdrop further out stay where the photographer left them.</li>
 * </ul>
 * Deterministic: the same photo, pose and seed give the same pixels.
 */
public final class RenderedHead {

    /** Frame size: a portrait phone frame. */
    public static final int WIDTH = 480;
    public static final int HEIGHT = 640;

    /** Eye distance of the texture and of the rendered head at yaw 0, in pixels. */
    private static final double TEXTURE_EYES = 120;
    private static final double FRAME_EYES = 100;
    /** Camera distance in eye distances (about 45 cm for a 6.3 cm eye distance). */
    private static final double CAMERA_DISTANCE = 7;
    private static final int MESH_STEP = 2;
    /** Out to this many head radii, the picture around the head follows its turn less and less. */
    private static final double SKIRT = 2.2;

    /** A head pose in degrees: yaw positive when the person turns to their left (nose towards the image's right). */
    public record Pose(double yaw, double pitch, double roll) {
    }

    private final int tw;
    private final int th;
    private final int[] open;
    private final int[] closed;
    private final double d;
    private final double cx;
    private final double cy;
    private final double a;
    private final double b;
    private final double c;
    private final double[] noseTip;
    private final double[] eyeMid;
    private final double[][] eyes;

    private RenderedHead(BufferedImage texture, Detection face, List<Point> pts68) {
        this.tw = texture.getWidth();
        this.th = texture.getHeight();
        Point le = face.landmarks().get(0);
        Point re = face.landmarks().get(1);
        Point nose = face.landmarks().get(2);
        Point ml = face.landmarks().get(3);
        Point mr = face.landmarks().get(4);
        this.d = le.distance(re);
        double ex = (le.x() + re.x()) / 2;
        double ey = (le.y() + re.y()) / 2;
        double mouthY = (ml.y() + mr.y()) / 2;
        this.cx = (ex + (ml.x() + mr.x()) / 2) / 2;
        this.cy = ey + 0.1 * d + 0.1 * (mouthY - ey);
        this.a = 1.22 * d;
        this.b = Math.max(1.65 * d, (mouthY - cy) + 0.95 * d);
        this.c = 1.05 * d;
        this.noseTip = new double[] {nose.x() - cx, nose.y() - cy};
        this.eyeMid = new double[] {ex - cx, ey - cy};
        this.eyes = new double[][] {{le.x() - cx, le.y() - cy}, {re.x() - cx, re.y() - cy}};
        this.open = texture.getRGB(0, 0, tw, th, null, 0, tw);
        BufferedImage lidded = copy(texture);
        paintEyelids(lidded, pts68);
        this.closed = lidded.getRGB(0, 0, tw, th, null, 0, tw);
    }

    /**
     * The head of the largest face in {@code photo}, found and placed by the engine's detector and 68-point
     * landmark model ({@code models}).
     */
    public static RenderedHead of(Path photo, ModelRegistry models) {
        BufferedImage src;
        try {
            src = ImageIO.read(Files.newInputStream(photo));
        } catch (IOException e) {
            throw new UncheckedIOException("face photo unreadable: " + photo, e);
        }
        if (src == null) {
            throw new IllegalArgumentException("not an image: " + photo);
        }
        FaceDetector detector = new FaceDetector(models);
        Detection first = largest(detector.detect(bgr(src)), photo);
        double scale = TEXTURE_EYES / first.landmarks().get(0).distance(first.landmarks().get(1));
        BufferedImage texture = resized(src, scale);
        BgrImage img = bgr(texture);
        Detection face = largest(detector.detect(img), photo);
        List<Point> pts68 = new EyeMeasurer(models).landmarks68(img, face);
        return new RenderedHead(texture, face, pts68);
    }

    private static Detection largest(List<Detection> faces, Path photo) {
        return faces.stream().max(Comparator.comparingDouble(Detection::area))
                .orElseThrow(() -> new IllegalArgumentException("no face in " + photo));
    }

    /** The head at {@code pose}, eyes open or closed, framed with a small shift and sensor noise drawn from {@code seed}. */
    public BufferedImage render(Pose pose, boolean eyesClosed, long seed) {
        Random random = new Random(seed);
        double s = FRAME_EYES / d;
        double ox = WIDTH / 2.0 + random.nextGaussian() * 3;
        double oy = HEIGHT * 0.45 + random.nextGaussian() * 3;
        double gain = 1 + random.nextGaussian() * 0.015;
        float[] depth = new float[WIDTH * HEIGHT];
        float[] u = new float[WIDTH * HEIGHT];
        float[] v = new float[WIDTH * HEIGHT];
        float[] shade = new float[WIDTH * HEIGHT];
        java.util.Arrays.fill(depth, Float.NEGATIVE_INFINITY);
        double[][] head = rotation(pose);
        double dist = CAMERA_DISTANCE * d;
        double focal = s * dist;
        double[] light = normalised(-0.35, -0.45, 1);
        // the mesh spans what the frame shows of the photo, with a margin
        double x0 = -(ox + 8) / s;
        double y0 = -(oy + 8) / s;
        int nx = (int) Math.ceil((WIDTH + 16) / s / MESH_STEP) + 1;
        int ny = (int) Math.ceil((HEIGHT + 16) / s / MESH_STEP) + 1;
        double[] sx = new double[nx * ny];
        double[] sy = new double[nx * ny];
        double[] sz = new double[nx * ny];
        double[] vs = new double[nx * ny];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                double x = x0 + i * MESH_STEP;
                double y = y0 + j * MESH_STEP;
                double r = Math.sqrt(sq(x / a) + sq(y / b));
                // the head turns whole; hair, neck and backdrop around it follow less and less, out to SKIRT
                double follow = 1 - smoothstep(1.0, SKIRT, r);
                double[][] rot = follow >= 1 ? head
                        : rotation(new Pose(follow * pose.yaw(), follow * pose.pitch(), follow * pose.roll()));
                double z = depthAt(x, y);
                double[] p = apply(rot, x, y, z);
                int k = j * nx + i;
                double w = focal / (dist - p[2]);
                sx[k] = ox + p[0] * w;
                sy[k] = oy + p[1] * w;
                // what is not head lies behind it, whatever its turn brings forward
                sz[k] = p[2] - (1 - follow) * 20 * d;
                vs[k] = 1;
                if (r < 1) {
                    double gx = (depthAt(x + 1, y) - depthAt(x - 1, y)) / 2;
                    double gy = (depthAt(x, y + 1) - depthAt(x, y - 1)) / 2;
                    double[] n0 = normalised(-gx, -gy, 1);
                    double[] n1 = apply(rot, n0[0], n0[1], n0[2]);
                    double change = dot(n1, light) - dot(n0, light);
                    vs[k] = Math.max(0.75, Math.min(1.15, 1 + 0.4 * change));
                }
            }
        }
        for (int j = 0; j + 1 < ny; j++) {
            for (int i = 0; i + 1 < nx; i++) {
                int k00 = j * nx + i;
                int k10 = k00 + 1;
                int k01 = k00 + nx;
                int k11 = k01 + 1;
                double u0 = cx + x0 + i * MESH_STEP;
                double v0 = cy + y0 + j * MESH_STEP;
                triangle(new int[] {k00, k10, k11}, new double[][] {{u0, v0}, {u0 + MESH_STEP, v0}, {u0 + MESH_STEP, v0 + MESH_STEP}},
                        sx, sy, sz, vs, depth, u, v, shade);
                triangle(new int[] {k00, k11, k01}, new double[][] {{u0, v0}, {u0 + MESH_STEP, v0 + MESH_STEP}, {u0, v0 + MESH_STEP}},
                        sx, sy, sz, vs, depth, u, v, shade);
            }
        }
        int[] tex = eyesClosed ? closed : open;
        int[] out = new int[WIDTH * HEIGHT];
        for (int p = 0; p < out.length; p++) {
            int t = depth[p] == Float.NEGATIVE_INFINITY ? bilinear(open, (p % WIDTH - ox) / s + cx, (p / WIDTH - oy) / s + cy)
                    : bilinear(tex, u[p], v[p]);
            double f = gain * (depth[p] == Float.NEGATIVE_INFINITY ? 1 : shade[p]);
            int r = clamp(((t >> 16) & 0xFF) * f + random.nextGaussian() * 1.5);
            int g = clamp(((t >> 8) & 0xFF) * f + random.nextGaussian() * 1.5);
            int bl = clamp((t & 0xFF) * f + random.nextGaussian() * 1.5);
            out[p] = r << 16 | g << 8 | bl;
        }
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, WIDTH, HEIGHT, out, 0, WIDTH);
        return img;
    }

    /** JPEG bytes of a rendered frame, as a phone camera would send them. */
    public static byte[] jpeg(BufferedImage img, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(img, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** Height of the head surface above the plane through its rim, at (x, y) from the head's centre (texture pixels). */
    double depthAt(double x, double y) {
        double r = Math.sqrt(sq(x / a) + sq(y / b));
        if (r >= 1) {
            return 0;
        }
        double z = c * Math.pow(1 - Math.pow(r, 2.5), 0.4);
        // nose: a ridge from between the eyes to the tip, then falling away to the upper lip
        double t = (y - eyeMid[1]) / (noseTip[1] - eyeMid[1]);
        double height;
        double width;
        if (t < 0) {
            height = 0.10 * d * Math.exp(-sq(t * (noseTip[1] - eyeMid[1]) / (0.25 * d)));
            width = 0.12 * d;
        } else if (t <= 1) {
            height = d * (0.10 + 0.42 * t * t);
            width = d * (0.10 + 0.08 * t);
        } else {
            height = 0.52 * d * Math.exp(-sq((y - noseTip[1]) / (0.12 * d)));
            width = 0.18 * d;
        }
        double ridgeX = eyeMid[0] + Math.max(0, Math.min(1, t)) * (noseTip[0] - eyeMid[0]);
        z += height * Math.exp(-sq(x - ridgeX) / (2 * sq(width)));
        for (double[] e : eyes) {
            z -= 0.10 * d * Math.exp(-(sq(x - e[0]) + sq(y - e[1] + 0.05 * d)) / (2 * sq(0.22 * d)));
        }
        return z * (1 - smoothstep(0.92, 1.0, r));
    }

    private static void triangle(int[] k, double[][] uv, double[] sx, double[] sy, double[] sz, double[] vs,
                                 float[] depth, float[] u, float[] v, float[] shade) {
        double x0 = sx[k[0]], y0 = sy[k[0]], x1 = sx[k[1]], y1 = sy[k[1]], x2 = sx[k[2]], y2 = sy[k[2]];
        double area = (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0);
        if (Math.abs(area) < 1e-9) {
            return;
        }
        int minX = Math.max(0, (int) Math.floor(Math.min(x0, Math.min(x1, x2))));
        int maxX = Math.min(WIDTH - 1, (int) Math.ceil(Math.max(x0, Math.max(x1, x2))));
        int minY = Math.max(0, (int) Math.floor(Math.min(y0, Math.min(y1, y2))));
        int maxY = Math.min(HEIGHT - 1, (int) Math.ceil(Math.max(y0, Math.max(y1, y2))));
        for (int py = minY; py <= maxY; py++) {
            for (int px = minX; px <= maxX; px++) {
                double qx = px + 0.5;
                double qy = py + 0.5;
                double w0 = ((x1 - qx) * (y2 - qy) - (x2 - qx) * (y1 - qy)) / area;
                double w1 = ((x2 - qx) * (y0 - qy) - (x0 - qx) * (y2 - qy)) / area;
                double w2 = 1 - w0 - w1;
                if (w0 < -1e-6 || w1 < -1e-6 || w2 < -1e-6) {
                    continue;
                }
                int p = py * WIDTH + px;
                double z = w0 * sz[k[0]] + w1 * sz[k[1]] + w2 * sz[k[2]];
                if (z <= depth[p]) {
                    continue;
                }
                depth[p] = (float) z;
                u[p] = (float) (w0 * uv[0][0] + w1 * uv[1][0] + w2 * uv[2][0]);
                v[p] = (float) (w0 * uv[0][1] + w1 * uv[1][1] + w2 * uv[2][1]);
                shade[p] = (float) (w0 * vs[k[0]] + w1 * vs[k[1]] + w2 * vs[k[2]]);
            }
        }
    }

    /**
     * Closed eyelids over both eyes of the texture, from the 68-point eye contours (36–41, 42–47): the lid
     * covers the eye from above its upper lid to just below its lower one, skin continued from around it
     * ({@link #skin}), darker towards its lower edge, which carries a dark lash line; then softened.
     */
    private static void paintEyelids(BufferedImage tex, List<Point> pts) {
        Graphics2D g = tex.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        for (int first : new int[] {36, 42}) {
            Point inner0 = pts.get(first);
            Point outer = pts.get(first + 3);
            double w = inner0.distance(outer);
            double mx = 0;
            double my = 0;
            for (int i = 0; i < 6; i++) {
                mx += pts.get(first + i).x() / 6;
                my += pts.get(first + i).y() / 6;
            }
            double top = Math.min(pts.get(first + 1).y(), pts.get(first + 2).y());
            double bottom = Math.max(pts.get(first + 4).y(), pts.get(first + 5).y());
            // the lid: corners a little beyond the eye's, top above the upper lid, lower edge just below the lower lid
            double lx = pts.get(first).x() - 0.15 * w;
            double rx = pts.get(first + 3).x() + 0.15 * w;
            double ly = pts.get(first).y();
            double ry = pts.get(first + 3).y();
            double lowY = bottom + 0.2 * w;
            Path2D lid = new Path2D.Double();
            lid.moveTo(lx, ly);
            lid.curveTo(lx + 0.2 * w, top - 0.5 * w, rx - 0.2 * w, top - 0.5 * w, rx, ry);
            lid.curveTo(rx - 0.25 * w, lowY + 0.1 * w, lx + 0.25 * w, lowY + 0.1 * w, lx, ly);
            lid.closePath();
            skin(tex, lid);
            // the lash line where the upper lid meets the lower one
            double lashY = bottom - 0.08 * w;
            Path2D lash = new Path2D.Double();
            lash.moveTo(pts.get(first).x() - 0.08 * w, ly + 0.03 * w);
            lash.curveTo(lx + 0.35 * w, lashY + 0.12 * w, rx - 0.35 * w, lashY + 0.12 * w,
                    pts.get(first + 3).x() + 0.08 * w, ry + 0.03 * w);
            g.setColor(new Color(45, 32, 28));
            g.setStroke(new BasicStroke((float) Math.max(1.5, 0.08 * w), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(lash);
            // the lower lashes just under it
            g.setColor(new Color(70, 52, 45, 200));
            g.setStroke(new BasicStroke((float) Math.max(1, 0.05 * w), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(java.awt.geom.AffineTransform.getTranslateInstance(0, 0.1 * w).createTransformedShape(lash));
            soften(tex, (int) (lx - 0.1 * w), (int) (top - 0.6 * w), (int) (rx + 0.1 * w), (int) (lowY + 0.2 * w), 3);
        }
        g.dispose();
    }

    /** A 3 × 3 box blur of one region, {@code passes} times: takes the hard edge off the painted lid. */
    private static void soften(BufferedImage img, int x0, int y0, int x1, int y1, int passes) {
        x0 = Math.max(1, x0);
        y0 = Math.max(1, y0);
        x1 = Math.min(img.getWidth() - 2, x1);
        y1 = Math.min(img.getHeight() - 2, y1);
        for (int pass = 0; pass < passes; pass++) {
            int[][] copy = new int[y1 - y0 + 3][x1 - x0 + 3];
            for (int y = y0 - 1; y <= y1 + 1; y++) {
                for (int x = x0 - 1; x <= x1 + 1; x++) {
                    copy[y - y0 + 1][x - x0 + 1] = img.getRGB(x, y);
                }
            }
            for (int y = y0; y <= y1; y++) {
                for (int x = x0; x <= x1; x++) {
                    int r = 0, gr = 0, bl = 0;
                    for (int dy = -1; dy <= 1; dy++) {
                        for (int dx = -1; dx <= 1; dx++) {
                            int p = copy[y - y0 + 1 + dy][x - x0 + 1 + dx];
                            r += (p >> 16) & 0xFF;
                            gr += (p >> 8) & 0xFF;
                            bl += p & 0xFF;
                        }
                    }
                    img.setRGB(x, y, (r / 9) << 16 | (gr / 9) << 8 | (bl / 9));
                }
            }
        }
    }

    private int bilinear(int[] px, double x, double y) {
        x = Math.max(0, Math.min(tw - 1.001, x));
        y = Math.max(0, Math.min(th - 1.001, y));
        int i = (int) y * tw + (int) x;
        double fx = x - (int) x;
        return mix(mix(px[i], px[i + 1], fx), mix(px[i + tw], px[i + tw + 1], fx), y - (int) y);
    }

    private static int mix(int p, int q, double t) {
        int r = (int) Math.round(((p >> 16) & 0xFF) * (1 - t) + ((q >> 16) & 0xFF) * t);
        int g = (int) Math.round(((p >> 8) & 0xFF) * (1 - t) + ((q >> 8) & 0xFF) * t);
        int b = (int) Math.round((p & 0xFF) * (1 - t) + (q & 0xFF) * t);
        return r << 16 | g << 8 | b;
    }

    /**
     * Fills {@code lid} with skin continuing the picture around it: each column blends, top to bottom, the colour
     * just above the lid into the colour just below it, a little darker towards the lower edge where the lid folds.
     */
    private static void skin(BufferedImage img, Shape lid) {
        java.awt.Rectangle box = lid.getBounds();
        for (int x = Math.max(0, box.x); x < Math.min(img.getWidth(), box.x + box.width); x++) {
            int first = -1;
            int last = -1;
            for (int y = Math.max(0, box.y); y < Math.min(img.getHeight(), box.y + box.height); y++) {
                if (lid.contains(x + 0.5, y + 0.5)) {
                    first = first < 0 ? y : first;
                    last = y;
                }
            }
            if (first < 2 || last + 2 >= img.getHeight()) {
                continue;
            }
            int above = columnMean(img, x, first - 3, first - 1);
            int below = columnMean(img, x, last + 1, Math.min(img.getHeight() - 1, last + 3));
            for (int y = first; y <= last; y++) {
                double t = (y - first + 0.5) / (last - first + 1);
                int c = mix(above, below, t);
                double fold = 1 + 0.06 * Math.sin(Math.PI * Math.min(1, t / 0.8)) - 0.2 * smoothstep(0.6, 0.95, t);
                img.setRGB(x, y, clamp(((c >> 16) & 0xFF) * fold) << 16 | clamp(((c >> 8) & 0xFF) * fold) << 8
                        | clamp((c & 0xFF) * fold));
            }
        }
    }

    private static int columnMean(BufferedImage img, int x, int y0, int y1) {
        int r = 0, g = 0, b = 0, n = 0;
        for (int y = y0; y <= y1; y++) {
            int p = img.getRGB(x, y);
            r += (p >> 16) & 0xFF;
            g += (p >> 8) & 0xFF;
            b += p & 0xFF;
            n++;
        }
        return (r / n) << 16 | (g / n) << 8 | (b / n);
    }

    private static double[][] rotation(Pose pose) {
        double y = Math.toRadians(pose.yaw());
        double p = Math.toRadians(pose.pitch());
        double r = Math.toRadians(pose.roll());
        // yaw about the vertical axis: x' = x cos + z sin, so a positive yaw brings the nose (z > 0) to the image's right
        double[][] ry = {{Math.cos(y), 0, Math.sin(y)}, {0, 1, 0}, {-Math.sin(y), 0, Math.cos(y)}};
        double[][] rx = {{1, 0, 0}, {0, Math.cos(p), -Math.sin(p)}, {0, Math.sin(p), Math.cos(p)}};
        double[][] rz = {{Math.cos(r), -Math.sin(r), 0}, {Math.sin(r), Math.cos(r), 0}, {0, 0, 1}};
        return multiply(rz, multiply(rx, ry));
    }

    private static double[][] multiply(double[][] m, double[][] n) {
        double[][] o = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    o[i][j] += m[i][k] * n[k][j];
                }
            }
        }
        return o;
    }

    private static double[] apply(double[][] m, double x, double y, double z) {
        return new double[] {m[0][0] * x + m[0][1] * y + m[0][2] * z, m[1][0] * x + m[1][1] * y + m[1][2] * z,
                m[2][0] * x + m[2][1] * y + m[2][2] * z};
    }

    private static double[] normalised(double x, double y, double z) {
        double n = Math.sqrt(x * x + y * y + z * z);
        return new double[] {x / n, y / n, z / n};
    }

    private static double dot(double[] p, double[] q) {
        return p[0] * q[0] + p[1] * q[1] + p[2] * q[2];
    }

    private static double smoothstep(double e0, double e1, double x) {
        double t = Math.max(0, Math.min(1, (x - e0) / (e1 - e0)));
        return t * t * (3 - 2 * t);
    }

    private static double sq(double x) {
        return x * x;
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    private static BufferedImage copy(BufferedImage src) {
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(src, 0, 0, null);
        g.dispose();
        return out;
    }

    private static BufferedImage resized(BufferedImage src, double scale) {
        int w = (int) Math.round(src.getWidth() * scale);
        int h = (int) Math.round(src.getHeight() * scale);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        if (scale < 0.5) {
            // in halving steps, so the downscale averages rather than skips pixels
            BufferedImage half = resized(src, 0.5);
            g.dispose();
            return resized(half, scale * 2);
        }
        g.drawImage(src, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    private static BgrImage bgr(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] rgb = img.getRGB(0, 0, w, h, null, 0, w);
        byte[] data = new byte[w * h * 3];
        for (int i = 0; i < rgb.length; i++) {
            data[3 * i] = (byte) (rgb[i] & 0xFF);
            data[3 * i + 1] = (byte) ((rgb[i] >> 8) & 0xFF);
            data[3 * i + 2] = (byte) ((rgb[i] >> 16) & 0xFF);
        }
        return new BgrImage(w, h, data);
    }
}
