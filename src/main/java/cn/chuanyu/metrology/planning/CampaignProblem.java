package cn.chuanyu.metrology.planning;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.util.List;
import java.util.Map;

/** A campaign request that cannot be served, rendered as RFC 9457 problem+json. */
public class CampaignProblem extends ErrorResponseException {

    private CampaignProblem(HttpStatus status, String title, String detail) {
        super(status, ProblemDetail.forStatusAndDetail(status, detail), null);
        getBody().setTitle(title);
    }

    public static CampaignProblem notFound(long id) {
        return new CampaignProblem(HttpStatus.NOT_FOUND, "Campaign not found", "No campaign " + id);
    }

    public static CampaignProblem forbidden(String detail) {
        return new CampaignProblem(HttpStatus.FORBIDDEN, "Not allowed", detail);
    }

    public static CampaignProblem conflict(String detail) {
        return new CampaignProblem(HttpStatus.CONFLICT, "Conflicting state", detail);
    }

    /** 400 naming each invalid field: {@code errors: [{field, reason}]}. */
    public static CampaignProblem invalid(List<FieldError> errors) {
        CampaignProblem problem = new CampaignProblem(HttpStatus.BAD_REQUEST, "Invalid campaign",
                "Some fields are invalid");
        problem.getBody().setProperty("errors", errors.stream()
                .map(error -> Map.of("field", error.field(), "reason", error.message())).toList());
        return problem;
    }

    /** One invalid field and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
