package cn.chuanyu.metrology;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(MetrologyApplication.class);

    @Test
    void modulesDependOnEachOtherOnlyThroughTheirApiAndWithoutCycles() {
        modules.verify();
    }

    @Test
    void theFoundationModulesAreRecognised() {
        assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
                .contains("registry", "security", "system", "web");
    }
}
