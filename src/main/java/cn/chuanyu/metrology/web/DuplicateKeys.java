package cn.chuanyu.metrology.web;

import cn.chuanyu.metrology.kernel.FieldProblem;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every key given twice in one object of a JSON document ({@code "province":"SC","province":"CQ"}): such a body
 * is refused rather than read as whichever came last.
 */
final class DuplicateKeys {

    private DuplicateKeys() {
    }

    /** The duplicate keys of the document, each once; a malformed document fails as Jackson's parser does. */
    static List<FieldProblem> in(JsonFactory json, byte[] document) throws IOException {
        List<FieldProblem> problems = new ArrayList<>();
        Deque<Set<String>> open = new ArrayDeque<>();
        try (JsonParser parser = json.createParser(document)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_OBJECT) {
                    open.push(new HashSet<>());
                } else if (token == JsonToken.END_OBJECT) {
                    open.pop();
                } else if (token == JsonToken.FIELD_NAME && !open.peek().add(parser.currentName())) {
                    FieldProblem problem = FieldProblem.of(JsonPaths.of(parser.getParsingContext()),
                            "problem.json.duplicateKey");
                    if (!problems.contains(problem)) {
                        problems.add(problem);
                    }
                }
            }
        }
        return problems;
    }
}
