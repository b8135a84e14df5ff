/**
 * Inspections (检查任务): one party inspected once by a team, from notice through on-site checks, review,
 * outcome, rectification and result, driven by the {@code Inspection} process. Other modules open inspections
 * and read results through {@link cn.chuanyu.metrology.inspection.Inspections}.
 */
package cn.chuanyu.metrology.inspection;
