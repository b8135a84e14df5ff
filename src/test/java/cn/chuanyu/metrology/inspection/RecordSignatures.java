package cn.chuanyu.metrology.inspection;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

/** Test data for the on-site record: a signature as drawn on the screen, and the API body that posts it. */
public final class RecordSignatures {

    private RecordSignatures() {
    }

    /** Dark strokes on a transparent 400×150 PNG, as a data: URL. */
    public static String png() {
        BufferedImage image = new BufferedImage(400, 150, BufferedImage.TYPE_INT_ARGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(0x11, 0x11, 0x11));
        graphics.setStroke(new BasicStroke(3f));
        graphics.drawPolyline(new int[]{20, 80, 120, 170, 230, 300, 380}, new int[]{110, 30, 120, 40, 115, 35, 100}, 7);
        graphics.dispose();
        try {
            var out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON body of {@code POST /api/inspections/{id}/record/signature}. */
    public static Map<String, String> body() {
        return Map.of("representativeName", "王代表", "representativePosition", "质量负责人", "signaturePng", png());
    }
}
