package cn.chuanyu.metrology.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/** The one clock everything reads time from, in the regulators' time zone; tests replace it. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    static final ZoneId REGULATORS_ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock() {
        return Clock.system(REGULATORS_ZONE);
    }
}
