package cn.chuanyu.metrology.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused production start into one short block that names every missing or weak setting. */
class MissingProductionSettingsAnalyzer extends AbstractFailureAnalyzer<MissingProductionSettings> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingProductionSettings cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set " + String.join(", ", cause.variables()) + " in the environment (README \"Configuration\"), "
                        + "or start without SPRING_PROFILES_ACTIVE=prod for the local demo run.",
                cause);
    }
}
