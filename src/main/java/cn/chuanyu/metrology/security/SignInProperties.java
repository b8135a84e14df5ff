package cn.chuanyu.metrology.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How sign-in resists guessing.
 *
 * @param maxFailures wrong passwords in a row that lock the account
 * @param lockout     how long a locked account stays locked
 */
@ConfigurationProperties("chuanyu.sign-in")
public record SignInProperties(@DefaultValue("5") int maxFailures, @DefaultValue("PT15M") Duration lockout) {
}
