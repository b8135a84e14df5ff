package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.inspection.rules.EvidenceFiles;
import cn.chuanyu.metrology.kernel.FieldProblem;
import cn.chuanyu.metrology.kernel.InvalidInputException;
import cn.chuanyu.metrology.kernel.UnacceptableContentException.Why;
import cn.chuanyu.metrology.kernel.UnacceptableContentException;
import org.springframework.stereotype.Component;
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
                .orElseThrow(() -> new InvalidInputException("file", "problem.file.name"));
        if (file.isEmpty()) {
            throw new InvalidInputException("file", "problem.file.empty");
        }
        if (file.getSize() > settings.evidenceMaxSize().toBytes()) {
            throw refused(Why.TOO_LARGE, "problem.file.tooLarge", settings.evidenceMaxSize());
        }
        byte[] content = bytes(file);
        String type = EvidenceFiles.detectType(content).orElseThrow(() -> refused(Why.UNSUPPORTED_TYPE,
                "problem.file.type"));
        return new Checked(name, type, content, sha256(content));
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SHA-256 of stored bytes (evidence, signatures, filed records) in lower-case hex. */
    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static UnacceptableContentException refused(Why why, String code, Object... arguments) {
        return new UnacceptableContentException(why, FieldProblem.of("file", code, arguments));
    }

    /** A file that passed the checks. */
    record Checked(String name, String contentType, byte[] content, String sha256) {
    }
}
