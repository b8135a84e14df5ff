package cn.chuanyu.metrology.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Requests the notice a send task names in its input parameters: {@code noticeKind}, {@code noticePartyId},
 * {@code noticeSubjectType}, {@code noticeSubjectId} and, for steps that repeat, {@code noticeRound}.
 */
@Component
class RequestNoticeDelegate implements JavaDelegate {

    private final Notices notices;

    RequestNoticeDelegate(Notices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object round = execution.getVariableLocal("noticeRound");
        String step = execution.getCurrentActivityId() + (round == null ? "" : "#" + round);
        notices.request(new NoticeRequest(execution.getProcessInstanceId(), step,
                NoticeKind.valueOf((String) execution.getVariableLocal("noticeKind")),
                ((Number) execution.getVariableLocal("noticePartyId")).longValue(),
                (String) execution.getVariableLocal("noticeSubjectType"),
                ((Number) execution.getVariableLocal("noticeSubjectId")).longValue()));
    }
}
