package cn.chuanyu.metrology.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * The first administrator of a new installation (FIRST_ADMIN_USERNAME, FIRST_ADMIN_PASSWORD, FIRST_ADMIN_NAME),
 * created once at start while no ADMIN account exists, and ignored afterwards.
 *
 * @param username    the account's name; unset means no first administrator is asked for
 * @param password    its password, under the password policy
 * @param displayName the name shown for it
 */
@ConfigurationProperties("chuanyu.first-admin")
public record FirstAdministratorSettings(String username, String password,
                                         @DefaultValue("系统管理员") String displayName) {

    boolean requested() {
        return StringUtils.hasText(username);
    }
}
