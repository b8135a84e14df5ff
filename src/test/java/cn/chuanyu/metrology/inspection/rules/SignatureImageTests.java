package cn.chuanyu.metrology.inspection.rules;

import cn.chuanyu.metrology.kernel.FieldProblem;
import cn.chuanyu.metrology.kernel.Message;
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
        assertThat(SignatureImage.check(png(400, 150, false))).extracting(p -> p.reason().code())
                .containsExactly("problem.signature.empty");
        assertThat(SignatureImage.check(png(60, 20, true))).extracting(p -> p.reason().code())
                .containsExactly("problem.signature.size");
        assertThat(SignatureImage.check("GIF89a-not-a-png".getBytes())).extracting(FieldProblem::field)
                .containsExactly("signature");
        assertThat(SignatureImage.check(SignatureImage.decode("%%%"))).extracting(FieldProblem::field)
                .containsExactly("signature");
        assertThat(SignatureImage.check(new byte[SignatureImage.MAX_BYTES + 1])).extracting(FieldProblem::reason)
                .containsExactly(Message.of("problem.signature.tooLarge", 300));
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
