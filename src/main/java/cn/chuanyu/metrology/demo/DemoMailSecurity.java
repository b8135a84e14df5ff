package cn.chuanyu.metrology.demo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/** The demo mailbox is open to anyone who reaches the demo run (GET only); the app's own chain guards the rest. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "chuanyu.demo", name = "enabled", havingValue = "true")
class DemoMailSecurity {

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    @Bean
    @Order(1)
    SecurityFilterChain demoMailChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(DemoMailPage.PATH)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, DemoMailPage.PATH).permitAll()
                        .anyRequest().denyAll())
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(policy -> policy.policyDirectives(CONTENT_SECURITY_POLICY)))
                .build();
    }
}
