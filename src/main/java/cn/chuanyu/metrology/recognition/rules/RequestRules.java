package cn.chuanyu.metrology.recognition.rules;

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
    public static List<Violation> check(Request request, Result result, LocalDate today, LocalDate resultValidUntil) {
        List<Violation> violations = new ArrayList<>();
        if (result.partyId() != request.partyId()) {
            violations.add(new Violation("partyId", "inspection " + result.inspectionId()
                    + " is of another party, not of party " + request.partyId()));
        }
        if (result.province().equals(request.province())) {
            violations.add(new Violation("province", "must differ from the province of the result ("
                    + result.province() + "): a province does not recognise its own results"));
        }
        if (today.isAfter(resultValidUntil)) {
            violations.add(new Violation("inspectionId", "the result of " + result.inspectedOn()
                    + " expired on " + resultValidUntil));
        } else if (request.validUntil().isAfter(resultValidUntil)) {
            violations.add(new Violation("validUntil", "must not be after " + resultValidUntil
                    + ", when the recognised result expires"));
        }
        if (request.validUntil().isBefore(today)) {
            violations.add(new Violation("validUntil", "must not be in the past"));
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
