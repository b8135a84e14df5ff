package cn.chuanyu.metrology.inspection.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceFilesTests {

    @ParameterizedTest
    @ValueSource(strings = {"../secret.png", "..\\x.png", "/etc/passwd", "C:\\Windows\\a.png", "C:a.png",
            "a/b.png", ".hidden", "~root.png", "bad\u0000name.png", " ", ""})
    void pathTricksAndEmptyNamesAreRefused(String name) {
        assertThat(EvidenceFiles.safeName(name)).isEmpty();
    }

    @Test
    void plainNamesAreKeptWithShellCharactersReplaced() {
        assertThat(EvidenceFiles.safeName("现场照片 1.jpg")).contains("现场照片 1.jpg");
        assertThat(EvidenceFiles.safeName("a|b?.pdf")).contains("a_b_.pdf");
        assertThat(EvidenceFiles.safeName("x".repeat(201))).isEmpty();
    }

    @Test
    void supportedTypesAreRecognisedByTheirFirstBytes() {
        assertThat(EvidenceFiles.detectType(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).contains("image/jpeg");
        assertThat(EvidenceFiles.detectType(new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10})).contains("image/png");
        assertThat(EvidenceFiles.detectType("%PDF-1.4".getBytes(StandardCharsets.US_ASCII))).contains("application/pdf");
        assertThat(EvidenceFiles.detectType(box("heic"))).contains("image/heic");
        assertThat(EvidenceFiles.detectType(box("isom"))).contains("video/mp4");
    }

    @Test
    void otherContentIsNotSupported() {
        assertThat(EvidenceFiles.detectType("<html><script>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(EvidenceFiles.detectType(box("qt  "))).isEmpty();
        assertThat(EvidenceFiles.detectType(new byte[]{(byte) 0xFF})).isEmpty();
        assertThat(EvidenceFiles.detectType(new byte[0])).isEmpty();
    }

    private static byte[] box(String brand) {
        return ("\0\0\0\u0018ftyp" + brand + "\0\0\0\0").getBytes(StandardCharsets.ISO_8859_1);
    }
}
