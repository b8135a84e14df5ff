package cn.chuanyu.metrology.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused production start into a short message that names the missing variables. */
class MissingProductionSettingsAnalyzer extends AbstractFailureAnalyzer<MissingProductionSettings> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingProductionSettings cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set " + String.join(", ", cause.variables()) + " (and the matching user names and passwords) in the "
                        + "environment, or start without SPRING_PROFILES_ACTIVE=prod for the local demo run.",
                cause);
    }
}
