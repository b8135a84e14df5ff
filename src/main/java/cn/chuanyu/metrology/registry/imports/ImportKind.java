package cn.chuanyu.metrology.registry.imports;

/** What an import brings into the register. */
public enum ImportKind {
    PARTIES, STAFF
}
