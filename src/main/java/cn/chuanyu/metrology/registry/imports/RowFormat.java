package cn.chuanyu.metrology.registry.imports;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What an import needs to know about one kind of row: its columns, how to read one, the column whose value
 * must be unique (in the file and in the register), which of those values are registered already, and how to
 * write a batch.
 */
record RowFormat<T>(List<String> columns, List<String> required, Function<Cells, ParsedRow<T>> reader,
                    String keyColumn, Function<T, String> key, Function<List<String>, Set<String>> registered,
                    Consumer<List<T>> writer) {
}
