package cn.chuanyu.metrology;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Test code that would change the one application context every integration test shares: Spring Security Test's
 * {@code csrf()} (also inside its {@code formLogin()} and {@code logout()} request builders) swaps the token store
 * of the real filter chain (cookie CSRF tokens, Camunda's token under {@code /camunda/}) for a session-based one,
 * and every later test then meets another CSRF rule. Use {@link BrowserCsrf}.
 */
class SharedContextGuardTests {

    private static final String BECAUSE = "it replaces the CSRF token store of the shared context's filter chain for "
            + "every later test; use BrowserCsrf.of(mvc)";

    private final JavaClasses tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("cn.chuanyu.metrology");

    @Test
    void noTestSwapsTheSharedContextsCsrfTokenStore() {
        noClasses().should().callMethodWhere(target(owner(equivalentTo(SecurityMockMvcRequestPostProcessors.class)))
                        .and(target(name("csrf"))))
                .orShould().callMethodWhere(target(owner(equivalentTo(SecurityMockMvcRequestBuilders.class)))
                        .and(target(nameMatching("formLogin|logout"))))
                .because(BECAUSE)
                .check(tests);
    }
}
