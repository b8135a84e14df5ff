package cn.chuanyu.metrology.planning;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Planning settings: how many inspections one job starts, and the smallest risk weight any eligible party gets.
 */
@ConfigurationProperties("chuanyu.planning")
public record PlanningSettings(@DefaultValue("100") int startBatchSize, @DefaultValue("1") int weightFloor) {
}
