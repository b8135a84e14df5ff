package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.kernel.UnacceptableContentException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvidenceUploadsTests {

    static final byte[] JPEG_HEAD = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
    final EvidenceUploads uploads = new EvidenceUploads(
            new InspectionSettings(20, 3, DataSize.ofBytes(64), Duration.ofMinutes(5)));

    @Test
    void aFileOverTheConfiguredLimitIsTooLarge() {
        byte[] content = new byte[65];
        System.arraycopy(JPEG_HEAD, 0, content, 0, JPEG_HEAD.length);

        assertThatThrownBy(() -> uploads.check(new MockMultipartFile("file", "a.jpg", "image/jpeg", content)))
                .isInstanceOfSatisfying(UnacceptableContentException.class,
                        e -> assertThat(e.why()).isEqualTo(UnacceptableContentException.Why.TOO_LARGE));
    }

    @Test
    void theTypeComesFromTheBytesNotTheDeclaredType() {
        var checked = uploads.check(new MockMultipartFile("file", "scan.pdf", "application/pdf", JPEG_HEAD));

        assertThat(checked.contentType()).isEqualTo("image/jpeg");
        assertThat(checked.sha256()).hasSize(64);
    }
}
