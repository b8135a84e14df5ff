package cn.chuanyu.metrology.registry.imports;

/** How far an import got: rows read from the file, rows found valid, rows written, problems found. */
record ImportProgress(int rowsRead, int rowsValidated, int rowsImported, int errorCount) {
}
