package cn.chuanyu.metrology.audit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The keys of the audit chain, read once from the settings (a missing or malformed key stops the start). */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    ChainKeys chainKeys(AuditChainSettings settings) {
        return settings.keys();
    }
}
