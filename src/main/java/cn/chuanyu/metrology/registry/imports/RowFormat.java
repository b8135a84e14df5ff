package cn.chuanyu.metrology.registry.imports;

import java.util.List;
import java.util.Set;

/** What an import needs to know about one kind of row: its columns, how to read it, its key, how to store it. */
interface RowFormat<T> {

    List<String> columns();

    List<String> required();

    ParsedRow<T> read(Cells cells);

    /** The column whose value must be unique, in the file and in the register. */
    String keyColumn();

    String key(T value);

    /** Those keys already in the register. */
    Set<String> taken(List<String> keys);

    void insert(List<T> values);
}
