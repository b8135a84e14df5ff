package cn.chuanyu.metrology.inspection;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** The filed on-site record as other modules hand it on: the result notice carries its latest version. */
@Service
@Transactional(readOnly = true)
public class FiledRecords {

    private final RecordStore records;
    private final RecordSettings settings;

    FiledRecords(RecordStore records, RecordSettings settings) {
        this.records = records;
        this.settings = settings;
    }

    /** The latest filed version of the inspection's record, with its PDF, if one was filed. */
    public Optional<RecordFile> latest(long inspectionId) {
        List<RecordStore.FiledRecord> filed = records.filed(inspectionId);
        if (filed.isEmpty()) {
            return Optional.empty();
        }
        RecordStore.FiledRecord last = filed.get(filed.size() - 1);
        return Optional.of(new RecordFile(last.recordNo(), last.version(),
                last.recordNo() + "-v" + last.version() + ".pdf", last.sha256(),
                settings.verificationUrl(last.verificationCode()),
                records.pdf(inspectionId, last.version()).orElseThrow()));
    }

    /** One filed version: number, file name, SHA-256, the address where anyone checks it, and the PDF. */
    public record RecordFile(String recordNo, int version, String fileName, String sha256, String verificationUrl,
                             byte[] pdf) {
    }
}
