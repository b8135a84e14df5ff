package cn.chuanyu.metrology.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;

/**
 * Locks an account for a while after too many wrong passwords in a row, on every node alike (the counters
 * live in {@code app_user}); a successful sign-in clears them. A locked account is refused even with the right
 * password, and attempts while locked do not extend the lock.
 */
@Component
class SignInLockout {

    private static final Logger log = LoggerFactory.getLogger(SignInLockout.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SignInProperties properties;

    SignInLockout(JdbcClient jdbc, Clock clock, SignInProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    @EventListener
    void wrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        Boolean locked = jdbc.sql("""
                        update app_user
                        set failed_logins = case when failed_logins + 1 >= :max then 0 else failed_logins + 1 end,
                            locked_until = case when failed_logins + 1 >= :max then :until else locked_until end
                        where username = :username
                        returning locked_until is not null and locked_until > :now""")
                .param("max", properties.maxFailures())
                .param("until", Timestamp.from(clock.instant().plus(properties.lockout())))
                .param("now", Timestamp.from(clock.instant()))
                .param("username", username)
                .query(Boolean.class).optional().orElse(false);
        if (locked) {
            log.warn("Account {} locked for {} after {} wrong passwords", username, properties.lockout(),
                    properties.maxFailures());
        }
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        jdbc.sql("""
                        update app_user set failed_logins = 0, locked_until = null
                        where username = :username and (failed_logins <> 0 or locked_until is not null)""")
                .param("username", event.getAuthentication().getName())
                .update();
    }
}
