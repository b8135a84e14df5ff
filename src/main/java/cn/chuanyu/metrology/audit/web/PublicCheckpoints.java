package cn.chuanyu.metrology.audit.web;

import cn.chuanyu.metrology.audit.AuditCheckpoints;
import cn.chuanyu.metrology.audit.CheckpointCheck;
import cn.chuanyu.metrology.audit.PublishedCheckpoint;
import cn.chuanyu.metrology.kernel.FieldProblem;
import cn.chuanyu.metrology.kernel.InvalidInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads the inputs of a checkpoint comparison and answers it; shared by the public page and the public API. */
final class PublicCheckpoints {

    private static final Pattern MAC = Pattern.compile("[0-9a-fA-F]{64}");

    private PublicCheckpoints() {
    }

    /** A page of published checkpoints, newest first, with how many there are. */
    record Listing(List<PublishedCheckpoint> checkpoints, int page, int size, long total) {
    }

    static Listing listing(AuditCheckpoints checkpoints, int page, int size) {
        return new Listing(checkpoints.published(page, size), page, size, checkpoints.publishedCount());
    }

    /** Compares a held checkpoint; refuses a malformed value with every wrong field named. */
    static CheckpointCheck check(AuditCheckpoints checkpoints, String number, String sequence, String headMac,
                                 String recordCount) {
        var problems = new ArrayList<FieldProblem>();
        Long parsedNumber = number(number, "number", 1, problems);
        Long parsedSequence = blank(sequence) ? null : number(sequence, "sequence", 0, problems);
        Long parsedCount = blank(recordCount) ? null : number(recordCount, "recordCount", 0, problems);
        String mac = blank(headMac) ? null : headMac.strip();
        if (mac != null && !MAC.matcher(mac).matches()) {
            problems.add(FieldProblem.of("headMac", "problem.audit.headMac"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return checkpoints.check(parsedNumber, parsedSequence, mac, parsedCount);
    }

    private static Long number(String text, String field, long least, List<FieldProblem> problems) {
        try {
            long value = Long.parseLong(text == null ? "" : text.strip());
            if (value >= least) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, with the field's name
        }
        problems.add(FieldProblem.of(field, "problem.audit.wholeNumber", least));
        return null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
