package cn.chuanyu.metrology.registry.imports;

import java.util.List;

/** One CSV row read: the value when every cell is right, otherwise the problems. */
record ParsedRow<T>(T value, List<RowProblem> problems) {
}
