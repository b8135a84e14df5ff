package cn.chuanyu.metrology.inspection.rules;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class SignatureImageTests {

    @Test
    void aDrawnSignatureIsTakenFromItsDataUrl() throws IOException {
        byte[] png = SignatureImage.decode("data:image/png;base64,"
                + Base64.getEncoder().encodeToString(png(400, 150, true)));

        assertThat(SignatureImage.check(png)).isEmpty();
    }

    @Test
    void anEmptyBoxATinyImageAndSomethingElseAreRefusedAsTheSignatureField() throws IOException {
        assertThat(SignatureImage.check(png(400, 150, false))).extracting(Violation::message)
                .containsExactly("is empty: the representative has to sign in the box");
        assertThat(SignatureImage.check(png(60, 20, true))).extracting(Violation::message)
                .containsExactly("must be between 100×50 and 4000×4000 pixels");
        assertThat(SignatureImage.check("GIF89a-not-a-png".getBytes())).extracting(Violation::field)
                .containsExactly("signature");
        assertThat(SignatureImage.check(SignatureImage.decode("%%%"))).extracting(Violation::field)
                .containsExactly("signature");
        assertThat(SignatureImage.check(new byte[SignatureImage.MAX_BYTES + 1])).extracting(Violation::message)
                .containsExactly("is larger than 300 kB");
    }

    private static byte[] png(int width, int height, boolean ink) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        if (ink) {
            var graphics = image.createGraphics();
            graphics.setColor(new Color(0x11, 0x11, 0x11));
            graphics.setStroke(new BasicStroke(3f));
            graphics.drawLine(5, height / 2, width - 5, height / 3);
            graphics.drawLine(5, height / 3, width - 5, height / 2);
            graphics.dispose();
        }
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
