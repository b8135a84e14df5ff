package cn.chuanyu.metrology.registry.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one CSV file row by row inside the caller's transaction: checks every row, reports every problem,
 * and writes rows in batches of {@value #BATCH} only while no problem has been found. Progress and problems
 * are published in their own transactions so they can be read while the import runs.
 */
final class ImportRun<T> {

    static final int BATCH = 1000;
    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).get();

    private final long jobId;
    private final RowFormat<T> format;
    private final ImportJobJdbc jobs;
    private final TransactionTemplate publish;
    private final Map<String, Integer> firstRowOfKey = new HashMap<>();
    private final List<Pending<T>> pending = new ArrayList<>();
    private final List<RowProblem> unpublished = new ArrayList<>();
    private int rowsRead;
    private int rowsValidated;
    private int rowsImported;
    private int errorCount;

    private record Pending<T>(int row, T value) {
    }

    ImportRun(long jobId, RowFormat<T> format, ImportJobJdbc jobs, TransactionTemplate publish) {
        this.jobId = jobId;
        this.format = format;
        this.jobs = jobs;
        this.publish = publish;
    }

    ImportProgress run(Reader reader) throws IOException {
        try (CSVParser parser = FORMAT.parse(reader)) {
            if (!headerIsRight(parser.getHeaderNames())) {
                publish();
                return progress();
            }
            for (CSVRecord record : parser) {
                read(record);
                if (pending.size() == BATCH) {
                    writePending();
                    publish();
                }
            }
        }
        writePending();
        publish();
        return progress();
    }

    ImportProgress progress() {
        return new ImportProgress(rowsRead, rowsValidated, rowsImported, errorCount);
    }

    private boolean headerIsRight(List<String> header) {
        format.required().stream().filter(column -> !header.contains(column))
                .forEach(column -> problem(new RowProblem(1, column, "required column is missing")));
        header.stream().filter(column -> !format.columns().contains(column))
                .forEach(column -> problem(new RowProblem(1, column, "unknown column; expected " + format.columns())));
        return errorCount == 0;
    }

    private void read(CSVRecord record) {
        rowsRead++;
        // the header is row 1, so the n-th data record is row n + 1
        int row = (int) record.getRecordNumber() + 1;
        if (!record.isConsistent()) {
            problem(new RowProblem(row, "*", "has " + record.size() + " cells, the header has "
                    + record.getParser().getHeaderNames().size()));
            return;
        }
        ParsedRow<T> parsed = format.reader().apply(new Cells(row, record.toMap()));
        parsed.problems().forEach(this::problem);
        boolean repeated = repeatsAnEarlierRow(row, record.get(format.keyColumn()).strip());
        if (parsed.value() != null && !repeated) {
            pending.add(new Pending<>(row, parsed.value()));
        }
    }

    private boolean repeatsAnEarlierRow(int row, String key) {
        if (key.isEmpty()) {
            return false;
        }
        Integer earlier = firstRowOfKey.putIfAbsent(key, row);
        if (earlier != null) {
            problem(new RowProblem(row, format.keyColumn(), "repeats the value of row " + earlier));
        }
        return earlier != null;
    }

    private void writePending() {
        if (pending.isEmpty()) {
            return;
        }
        List<String> keys = pending.stream().map(p -> format.key().apply(p.value())).toList();
        Set<String> taken = format.registered().apply(keys);
        List<T> valid = new ArrayList<>();
        for (Pending<T> p : pending) {
            String key = format.key().apply(p.value());
            if (taken.contains(key)) {
                problem(new RowProblem(p.row(), format.keyColumn(), "'" + key + "' is already registered"));
            } else {
                valid.add(p.value());
            }
        }
        rowsValidated += valid.size();
        if (errorCount == 0) {
            format.writer().accept(valid);
            rowsImported += valid.size();
        }
        pending.clear();
    }

    private void problem(RowProblem problem) {
        errorCount++;
        unpublished.add(problem);
    }

    private void publish() {
        ImportProgress progress = progress();
        List<RowProblem> problems = List.copyOf(unpublished);
        unpublished.clear();
        publish.executeWithoutResult(status -> {
            jobs.addErrors(jobId, problems);
            jobs.progress(jobId, progress);
        });
    }
}
