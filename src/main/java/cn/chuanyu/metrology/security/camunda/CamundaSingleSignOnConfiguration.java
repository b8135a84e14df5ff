package cn.chuanyu.metrology.security.camunda;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the Spring Security session in front of Camunda: behind Spring's filter chain (which admits
 * administrators only) and ahead of Camunda's own authentication filter.
 */
@Configuration(proxyBeanMethods = false)
class CamundaSingleSignOnConfiguration {

    private static final int AFTER_SPRING_SECURITY = SecurityProperties.DEFAULT_FILTER_ORDER + 1;

    @Bean
    FilterRegistrationBean<Filter> camundaWebappSingleSignOn() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("Spring Security single sign-on for the Camunda webapps");
        registration.addInitParameter("authentication-provider", SpringSessionAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        registration.setOrder(AFTER_SPRING_SECURITY);
        return registration;
    }

    /** Ahead of Camunda's own filters and servlets, whatever Spring Security's rules say. */
    @Bean
    FilterRegistrationBean<Filter> camundaAdminSetupRefusal() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new AdminSetupRefusal());
        registration.setName("Camunda Admin first-run set-up, closed (CVE-2026-77226)");
        registration.addUrlPatterns(AdminSetupRefusal.URL_PATTERN);
        registration.setOrder(AFTER_SPRING_SECURITY);
        return registration;
    }

    @Bean
    FilterRegistrationBean<Filter> engineRestAuthentication(ProcessEngine engine) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
                new EngineRestAuthenticationFilter(engine.getIdentityService()));
        registration.setName("Spring Security user for the engine REST API");
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(AFTER_SPRING_SECURITY);
        return registration;
    }
}
