/**
 * Planning (抽查计划): campaigns, the verifiable double-random draw of parties and inspector teams (双随机), and the
 * Campaign process that starts one inspection per drawn party. The draw's rules live in {@code draw/} as plain
 * classes; {@code process/} and {@code web/} adapt them to the engine and HTTP, the stores in the root to the
 * database.
 */
@ApplicationModule(allowedDependencies = {"kernel", "audit", "inspection", "recognition", "registry", "security"})
package cn.chuanyu.metrology.planning;

import org.springframework.modulith.ApplicationModule;
