package cn.chuanyu.metrology.recognition;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Runs the eligibility assessment of the request and leaves its verdict in the process. */
@Component
class AssessEligibilityDelegate implements JavaDelegate {

    private final EligibilityAssessment assessment;

    AssessEligibilityDelegate(EligibilityAssessment assessment) {
        this.assessment = assessment;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long recognitionId = ((Number) execution.getVariable(RecognitionProcess.RECOGNITION_ID)).longValue();
        execution.setVariable(RecognitionProcess.VERDICT, assessment.assess(recognitionId));
    }
}
