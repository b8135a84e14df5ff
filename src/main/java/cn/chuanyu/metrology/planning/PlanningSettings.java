package cn.chuanyu.metrology.planning;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Planning settings: how many inspections one job starts, and the smallest risk weight any eligible party gets
 * (at least 1, so nobody's chance is zero).
 */
@Validated
@ConfigurationProperties("chuanyu.planning")
public record PlanningSettings(@DefaultValue("100") @Min(1) int startBatchSize,
                               @DefaultValue("1") @Min(1) int weightFloor) {
}
