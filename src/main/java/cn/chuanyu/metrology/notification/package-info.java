/**
 * Notices (通知书) to businesses by email: process send tasks record and send each notice once (unique per process
 * instance, step and kind), rendered in the party's language under its regulator's letterhead; signed links let
 * the business answer without an account; ADMIN sees what went out, and the failed jobs of every process
 * (incidents, most often a send job) with a retry.
 */
@ApplicationModule(allowedDependencies = {"kernel", "audit", "inspection", "registry"})
package cn.chuanyu.metrology.notification;

import org.springframework.modulith.ApplicationModule;
