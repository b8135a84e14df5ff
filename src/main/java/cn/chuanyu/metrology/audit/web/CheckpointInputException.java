package cn.chuanyu.metrology.audit.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.util.List;

/** Values of a checkpoint comparison that cannot be compared: answered 400 naming every wrong field. */
class CheckpointInputException extends ErrorResponseException {

    private final transient List<Field> problems;

    CheckpointInputException(List<Field> problems) {
        super(HttpStatus.BAD_REQUEST, body(problems), null);
        this.problems = List.copyOf(problems);
    }

    List<Field> problems() {
        return problems;
    }

    private static ProblemDetail body(List<Field> problems) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The checkpoint to compare has invalid values");
        body.setTitle("Invalid input");
        body.setProperty("errors", problems);
        return body;
    }

    /** One wrong field and why. */
    record Field(String field, String reason) {
    }
}
