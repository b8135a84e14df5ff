package cn.chuanyu.metrology.recognition;

import cn.chuanyu.metrology.security.CurrentUser;
import cn.chuanyu.metrology.security.Role;
import cn.chuanyu.metrology.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

import java.util.Optional;

/**
 * Who may do what: staff of either province see its requests; only supervisors raise them; only a supervisor of
 * the receiving province decides (never one of the sending province, an inspector, or an administrator).
 */
@Component
class RecognitionAccess {

    void requireSupervisor(CurrentUser user) {
        if (user.role() != Role.SUPERVISOR) {
            throw forbidden("only a supervisor raises a recognition request");
        }
    }

    RecognitionView visible(Optional<RecognitionView> row, long id, CurrentUser user) {
        return row.filter(r -> user.servesProvince(r.province()) || user.servesProvince(r.fromProvince()))
                .orElseThrow(() -> new NotFoundException("No recognition " + id));
    }

    RecognitionView receivingSupervisor(Optional<RecognitionView> row, long id, CurrentUser user) {
        RecognitionView seen = visible(row, id, user);
        if (user.role() != Role.SUPERVISOR || !seen.province().equals(user.province())) {
            throw forbidden("only a supervisor of " + seen.province() + " decides on recognition in "
                    + seen.province());
        }
        return seen;
    }

    private static ErrorResponseException forbidden(String detail) {
        return new ErrorResponseException(HttpStatus.FORBIDDEN,
                ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail), null);
    }
}
