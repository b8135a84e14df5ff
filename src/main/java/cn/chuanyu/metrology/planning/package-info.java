/**
 * Planning (抽查计划): campaigns, the verifiable double-random draw of parties and inspector teams (双随机) with its
 * commit–reveal seed ceremony and public record, and the Campaign process that starts one inspection per drawn
 * party. The draw's rules live in {@code draw/} as plain classes ({@code draw/v1/} keeps chuanyu-draw/1 for
 * verifying old draws); {@code process/} and {@code web/} adapt them to the engine and HTTP. Other modules are read
 * through their Java APIs and the registry's published views only.
 */
@ApplicationModule(allowedDependencies = {"kernel", "audit", "inspection", "recognition", "registry", "security"})
package cn.chuanyu.metrology.planning;

import org.springframework.modulith.ApplicationModule;
