package cn.chuanyu.metrology.inspection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * Settings of inspections.
 *
 * @param rectificationWorkingDays  working days a business has to rectify findings (限期整改)
 * @param reminderWorkingDaysBefore working days before the deadline the reminder goes out
 * @param evidenceMaxSize           largest evidence file accepted
 * @param stuckAfter                how long a step may wait for its job before the inspection counts as stuck
 */
@ConfigurationProperties("chuanyu.inspection")
record InspectionSettings(@DefaultValue("20") int rectificationWorkingDays,
                          @DefaultValue("3") int reminderWorkingDaysBefore,
                          @DefaultValue("20MB") DataSize evidenceMaxSize,
                          @DefaultValue("PT5M") Duration stuckAfter) {
}
