package cn.chuanyu.metrology.registry.imports;

/** One bad cell of an import: its row in the file (the header is row 1), the column and why it is bad. */
public record RowProblem(int row, String column, String reason) {
}
