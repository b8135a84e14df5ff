package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.inspection.rules.EvidenceFiles;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Checks an uploaded evidence file: safe name, not empty, within the size limit, a supported type by content. */
@Component
class EvidenceUploads {

    private final InspectionSettings settings;

    EvidenceUploads(InspectionSettings settings) {
        this.settings = settings;
    }

    Checked check(MultipartFile file) {
        String name = EvidenceFiles.safeName(file.getOriginalFilename())
                .orElseThrow(() -> Problems.invalid("file", "file name is missing, too long or names a path"));
        if (file.isEmpty()) {
            throw Problems.invalid("file", "file is empty");
        }
        if (file.getSize() > settings.evidenceMaxSize().toBytes()) {
            throw problem(HttpStatus.PAYLOAD_TOO_LARGE, "file is larger than " + settings.evidenceMaxSize());
        }
        byte[] content = bytes(file);
        String type = EvidenceFiles.detectType(content).orElseThrow(() -> problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "file content is not JPEG, PNG, PDF, HEIC or MP4"));
        return new Checked(name, type, content, sha256(content));
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ErrorResponseException problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("field", "file");
        return new ErrorResponseException(status, problem, null);
    }

    /** A file that passed the checks. */
    record Checked(String name, String contentType, byte[] content, String sha256) {
    }
}
