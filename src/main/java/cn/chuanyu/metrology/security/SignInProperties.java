package cn.chuanyu.metrology.security;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * How sign-in resists guessing.
 *
 * @param maxFailures      wrong passwords in a row that lock the account
 * @param lockout          how long a locked account stays locked
 * @param passwordHashCost BCrypt's cost (log2 of its rounds) for the password hashes this node writes; a hash
 *                         written at another cost is still checked at its own; BCrypt takes 4 to 31. Production
 *                         refuses less than {@value #PRODUCTION_MIN_PASSWORD_HASH_COST}; only the tests go lower,
 *                         see application-test.yaml
 */
@Validated
@ConfigurationProperties("chuanyu.sign-in")
public record SignInProperties(@DefaultValue("5") int maxFailures, @DefaultValue("PT15M") Duration lockout,
                               @DefaultValue("10") @Min(4) @Max(31) int passwordHashCost) {

    /** The lowest BCrypt cost a production node starts with: Spring Security's default. */
    public static final int PRODUCTION_MIN_PASSWORD_HASH_COST = 10;
}
