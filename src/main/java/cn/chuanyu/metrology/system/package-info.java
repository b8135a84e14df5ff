/**
 * What the product needs to run on its own: the embedded PostgreSQL and SMTP servers of the local run,
 * the order in which the database schema and the engine start, and the start-up summary.
 */
@ApplicationModule(allowedDependencies = {"kernel", "calendar", "security"})
package cn.chuanyu.metrology.system;

import org.springframework.modulith.ApplicationModule;
