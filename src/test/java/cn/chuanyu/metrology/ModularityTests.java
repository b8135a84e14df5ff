package cn.chuanyu.metrology;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

    private static final String ROOT = "cn.chuanyu.metrology";

    private final ApplicationModules modules = ApplicationModules.of(MetrologyApplication.class);
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);

    @Test
    void modulesDependOnEachOtherOnlyThroughTheirApiAndWithoutCycles() {
        modules.verify();
    }

    @Test
    void theFoundationModulesAreRecognised() {
        assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
                .contains("kernel", "registry", "security", "system", "web");
    }

    @Test
    void theSharedKernelDependsOnNoModuleOfOurs() {
        noClasses().that().resideInAPackage(ROOT + ".kernel..")
                .should().dependOnClassesThat(resideInAPackage(ROOT + "..").and(resideOutsideOfPackage(ROOT + ".kernel..")))
                .check(classes);
    }

    @Test
    void noDomainModuleUsesTheWebModule() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".web..", ROOT)
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".web..")
                .check(classes);
    }
}
