package cn.chuanyu.metrology.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How often a session's last access is written to the database. A request that changes nothing else writes it
 * only when at least this long (and at most a tenth of the session timeout) has passed since the stored one, so a
 * session may end up to that much early, never late.
 *
 * @param touchInterval the least time between two writes of a session's last access
 */
@ConfigurationProperties("chuanyu.session")
public record SessionTouchProperties(@DefaultValue("PT1M") Duration touchInterval) {
}
