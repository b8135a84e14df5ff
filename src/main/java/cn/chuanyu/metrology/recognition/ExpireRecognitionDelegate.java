package cn.chuanyu.metrology.recognition;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Marks a recognition whose end date has passed as expired. */
@Component
class ExpireRecognitionDelegate implements JavaDelegate {

    private final Recognitions recognitions;

    ExpireRecognitionDelegate(Recognitions recognitions) {
        this.recognitions = recognitions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        recognitions.expire(((Number) execution.getVariable(RecognitionProcess.RECOGNITION_ID)).longValue());
    }
}
