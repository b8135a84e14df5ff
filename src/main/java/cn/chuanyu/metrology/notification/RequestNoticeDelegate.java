package cn.chuanyu.metrology.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The send task of a process: records the notice its input parameters name ({@code noticeKind},
 * {@code noticePartyId}, {@code noticeSubjectType}, {@code noticeSubjectId} and, for steps that repeat,
 * {@code noticeRound}) and sends it. Runs as its own asynchronous job; a retry of a sent notice sends nothing.
 */
@Component
class RequestNoticeDelegate implements JavaDelegate {

    private final NoticeDelivery delivery;

    RequestNoticeDelegate(NoticeDelivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object round = execution.getVariableLocal("noticeRound");
        String step = execution.getCurrentActivityId() + (round == null ? "" : "#" + round);
        delivery.deliver(new NoticeRequest(execution.getProcessInstanceId(), step,
                NoticeKind.valueOf((String) execution.getVariableLocal("noticeKind")),
                ((Number) execution.getVariableLocal("noticePartyId")).longValue(),
                (String) execution.getVariableLocal("noticeSubjectType"),
                ((Number) execution.getVariableLocal("noticeSubjectId")).longValue()));
    }
}
