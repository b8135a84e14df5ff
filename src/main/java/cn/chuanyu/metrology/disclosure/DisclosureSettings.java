package cn.chuanyu.metrology.disclosure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Period;

/**
 * When results are published and for how long.
 *
 * @param publishWithinWorkingDays a result is public at the latest this many working days after approval
 * @param retention                how long a result stays on the public list (the record is kept after)
 */
@ConfigurationProperties("chuanyu.disclosure")
public record DisclosureSettings(@DefaultValue("20") int publishWithinWorkingDays,
                                 @DefaultValue("P5Y") Period retention) {
}
