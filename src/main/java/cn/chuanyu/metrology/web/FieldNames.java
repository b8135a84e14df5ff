package cn.chuanyu.metrology.web;

/**
 * A field's name as the client wrote it: bean validation names the element of a set
 * {@code provinces[].<iterable element>}; the client knows it as {@code provinces}.
 */
final class FieldNames {

    private FieldNames() {
    }

    static String of(String path) {
        return path.replace(".<iterable element>", "").replace(".<list element>", "")
                .replace(".<map value>", "").replace("<iterable element>", "").replace("[]", "");
    }
}
