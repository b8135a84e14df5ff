package cn.chuanyu.metrology.recognition.rules;

import cn.chuanyu.metrology.kernel.FieldProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Whether an inspection result may be put forward for recognition in another province at all. */
public final class RequestRules {

    private RequestRules() {
    }

    /**
     * Checks the request against the result it names.
     *
     * @param resultValidUntil the last day the result counts as current
     */
    public static List<FieldProblem> check(Request request, Result result, LocalDate today, LocalDate resultValidUntil) {
        List<FieldProblem> violations = new ArrayList<>();
        if (result.partyId() != request.partyId()) {
            violations.add(FieldProblem.of("partyId", "problem.recognition.resultOfAnotherParty",
                    result.inspectionId(), request.partyId()));
        }
        if (result.province().equals(request.province())) {
            violations.add(FieldProblem.of("province", "problem.recognition.ownProvince", result.province()));
        }
        if (today.isAfter(resultValidUntil)) {
            violations.add(FieldProblem.of("inspectionId", "problem.recognition.resultExpired", result.inspectedOn(),
                    resultValidUntil));
        } else if (request.validUntil().isAfter(resultValidUntil)) {
            violations.add(FieldProblem.of("validUntil", "problem.recognition.afterResultExpires", resultValidUntil));
        }
        if (request.validUntil().isBefore(today)) {
            violations.add(FieldProblem.of("validUntil", "problem.notInPast"));
        }
        return violations;
    }

    /** What the request asks. */
    public record Request(long partyId, String province, LocalDate validUntil) {
    }

    /** The approved result it names. */
    public record Result(long inspectionId, long partyId, String province, LocalDate inspectedOn) {
    }
}
