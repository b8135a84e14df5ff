package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.kernel.InvalidInputException;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks a copy of a filed record, given as the PDF itself or as its SHA-256, against the filed versions. */
@Component
class PublicRecordChecks {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    private final RecordQueries queries;

    PublicRecordChecks(RecordQueries queries) {
        this.queries = queries;
    }

    /** The outcome of a check; {@code version} is the filed version the copy is, when it is one. */
    record Result(boolean match, Integer version, String sha256) {
    }

    Result check(String code, MultipartFile file, String sha256) {
        String hash;
        if (file != null && !file.isEmpty()) {
            try {
                hash = EvidenceUploads.sha256(file.getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else if (sha256 != null && SHA256.matcher(sha256.strip()).matches()) {
            hash = sha256.strip().toLowerCase();
        } else {
            throw new InvalidInputException(sha256 == null || sha256.isBlank() ? "file" : "sha256",
                    "problem.record.pdfOrSha256");
        }
        Optional<Integer> version = queries.versionWithHash(code, hash);
        return new Result(version.isPresent(), version.orElse(null), hash);
    }
}
