package cn.chuanyu.metrology.registry.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Writes parties or staff as CSV in the columns the import reads, so an export can be edited and imported. */
@Service
@Transactional(readOnly = true)
public class RegisterExport {

    private final ExportJdbc export;

    RegisterExport(ExportJdbc export) {
        this.export = export;
    }

    public void parties(String province, Writer out) {
        write(out, PartyCsv.COLUMNS, printer -> export.parties(province, rs -> print(printer, rs, PartyCsv.COLUMNS)));
    }

    public void staff(String province, Writer out) {
        write(out, StaffCsv.COLUMNS, printer -> export.staff(province, rs -> print(printer, rs, StaffCsv.COLUMNS)));
    }

    private static void write(Writer out, List<String> columns, java.util.function.Consumer<CSVPrinter> rows) {
        try {
            CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(columns.toArray(String[]::new)).get().print(out);
            rows.accept(printer);
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void print(CSVPrinter printer, ResultSet rs, List<String> columns) throws SQLException {
        try {
            for (String column : columns) {
                printer.print(rs.getString(column));
            }
            printer.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
