/**
 * Inspections (检查任务): one party inspected once by a team, from notice through on-site checks, review,
 * outcome, rectification and result, driven by the {@code Inspection} process. Other modules open inspections
 * and read results through {@link cn.chuanyu.metrology.inspection.Inspections}.
 * Its published read model for SQL readers of other modules (migration V120): {@code inspection_summary_view}.
 */
@ApplicationModule(allowedDependencies = {"kernel", "audit", "calendar", "registry", "security"})
package cn.chuanyu.metrology.inspection;

import org.springframework.modulith.ApplicationModule;
