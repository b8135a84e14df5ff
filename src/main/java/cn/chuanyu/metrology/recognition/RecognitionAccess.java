package cn.chuanyu.metrology.recognition;

import cn.chuanyu.metrology.kernel.ForbiddenException;
import cn.chuanyu.metrology.kernel.NotFoundException;
import cn.chuanyu.metrology.security.CurrentUser;
import cn.chuanyu.metrology.security.Role;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Who may do what: staff of either province see its requests; only supervisors raise them; only a supervisor of
 * the receiving province decides (never one of the sending province, an inspector, or an administrator).
 */
@Component
class RecognitionAccess {

    void requireSupervisor(CurrentUser user) {
        if (user.role() != Role.SUPERVISOR) {
            throw new ForbiddenException("problem.recognition.supervisorsRequest");
        }
    }

    RecognitionView visible(Optional<RecognitionView> row, long id, CurrentUser user) {
        return row.filter(r -> user.servesProvince(r.province()) || user.servesProvince(r.fromProvince()))
                .orElseThrow(() -> new NotFoundException("problem.recognition.notFound", id));
    }

    RecognitionView receivingSupervisor(Optional<RecognitionView> row, long id, CurrentUser user) {
        RecognitionView seen = visible(row, id, user);
        if (user.role() != Role.SUPERVISOR || !seen.province().equals(user.province())) {
            throw new ForbiddenException("problem.recognition.receivingSupervisorDecides", seen.province());
        }
        return seen;
    }
}
