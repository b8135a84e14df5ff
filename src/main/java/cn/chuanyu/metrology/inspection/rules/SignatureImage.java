package cn.chuanyu.metrology.inspection.rules;

import cn.chuanyu.metrology.kernel.FieldProblem;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * A representative's handwritten signature as the on-site page sends it: a PNG drawn on a canvas, small, of a
 * sensible size, and with enough ink on it to be a signature rather than an empty box or a dot.
 */
public final class SignatureImage {

    public static final int MAX_BYTES = 300_000;
    static final int MIN_INK_PIXELS = 150;
    private static final String FIELD = "signature";
    private static final String DATA_URL = "data:image/png;base64,";
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private SignatureImage() {
    }

    /** The PNG bytes of a {@code data:image/png;base64,} URL or of plain base64; null when it is neither. */
    public static byte[] decode(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String base64 = text.startsWith(DATA_URL) ? text.substring(DATA_URL.length()) : text;
        try {
            return Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** What is wrong with the image; empty when it may be stored as the signature. */
    public static List<FieldProblem> check(byte[] png) {
        if (png == null || png.length == 0) {
            return List.of(FieldProblem.of(FIELD, "problem.signature.missing"));
        }
        if (png.length > MAX_BYTES) {
            return List.of(FieldProblem.of(FIELD, "problem.signature.tooLarge", MAX_BYTES / 1000));
        }
        if (png.length < PNG_MAGIC.length || !Arrays.equals(Arrays.copyOf(png, PNG_MAGIC.length), PNG_MAGIC)) {
            return List.of(FieldProblem.of(FIELD, "problem.signature.notPng"));
        }
        BufferedImage image = read(png);
        if (image == null) {
            return List.of(FieldProblem.of(FIELD, "problem.signature.unreadable"));
        }
        if (image.getWidth() < 100 || image.getHeight() < 50 || image.getWidth() > 4000 || image.getHeight() > 4000) {
            return List.of(FieldProblem.of(FIELD, "problem.signature.size"));
        }
        if (inkPixels(image) < MIN_INK_PIXELS) {
            return List.of(FieldProblem.of(FIELD, "problem.signature.empty"));
        }
        return List.of();
    }

    private static BufferedImage read(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Pixels drawn in a dark, visible colour: the strokes of the pen. */
    private static int inkPixels(BufferedImage image) {
        int ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                int alpha = argb >>> 24;
                int brightness = ((argb >> 16 & 0xff) + (argb >> 8 & 0xff) + (argb & 0xff)) / 3;
                if (alpha > 128 && brightness < 160) {
                    ink++;
                }
            }
        }
        return ink;
    }
}
