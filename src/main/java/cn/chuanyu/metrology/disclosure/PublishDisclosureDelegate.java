package cn.chuanyu.metrology.disclosure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Publishes the result of the inspection named by the {@code inspectionId} variable. */
@Component
class PublishDisclosureDelegate implements JavaDelegate {

    private final Disclosures disclosures;

    PublishDisclosureDelegate(Disclosures disclosures) {
        this.disclosures = disclosures;
    }

    @Override
    public void execute(DelegateExecution execution) {
        disclosures.publish(((Number) execution.getVariable("inspectionId")).longValue());
    }
}
