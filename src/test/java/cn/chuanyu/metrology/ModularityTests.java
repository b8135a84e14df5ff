package cn.chuanyu.metrology;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules depend on each other only through their APIs, without cycles, and only on the modules each one
 * declares in its {@code package-info.java}; the shared kernel depends on none, and no module uses {@code web}.
 */
class ModularityTests {

    private static final String ROOT = "cn.chuanyu.metrology";

    private final ApplicationModules modules = ApplicationModules.of(MetrologyApplication.class);

    @Test
    void modulesDependOnEachOtherOnlyThroughTheirApiOnlyAsDeclaredAndWithoutCycles() {
        modules.verify();
    }

    @Test
    void theFoundationModulesAreRecognised() {
        assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
                .contains("kernel", "registry", "security", "system", "web");
    }

    @Test
    void everyModuleDeclaresWhatItMayUseAndNoneMayUseWeb() {
        for (String module : names()) {
            ApplicationModule declared = declaration(module);
            assertThat(declared).as(module + " declares its allowed dependencies").isNotNull();
            assertThat(declared.allowedDependencies()).as(module).doesNotContain("web");
        }
    }

    @Test
    void theSharedKernelIsOpenToAllAndDependsOnNoModule() {
        ApplicationModule kernel = declaration("kernel");

        assertThat(kernel.type()).isEqualTo(ApplicationModule.Type.OPEN);
        assertThat(kernel.allowedDependencies()).isEmpty();
    }

    private List<String> names() {
        return modules.stream().map(module -> module.getIdentifier().toString()).toList();
    }

    private static ApplicationModule declaration(String module) {
        try {
            return Class.forName(ROOT + "." + module + ".package-info").getAnnotation(ApplicationModule.class);
        } catch (ClassNotFoundException none) {
            throw new AssertionError("module " + module + " has no package-info.java", none);
        }
    }
}
