package cn.chuanyu.metrology.planning;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Planning settings: how many inspections one job starts, the smallest risk weight any eligible party gets (at
 * least 1, so nobody's chance is zero), and how long before its public random value is due a campaign must open at
 * the latest (so its register is frozen while the value is still unknown).
 */
@Validated
@ConfigurationProperties("chuanyu.planning")
public record PlanningSettings(@DefaultValue("100") @Min(1) int startBatchSize,
                               @DefaultValue("1") @Min(1) int weightFloor,
                               @DefaultValue("PT10M") Duration beaconMinimumLead) {
}
