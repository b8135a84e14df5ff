/**
 * The audit log: append-only records of every state change, each carrying the hash of the one before (a hash
 * chain), so an edited, deleted or reordered record is detectable. Other modules write through
 * {@link cn.chuanyu.metrology.audit.AuditLog}; it depends on no other module of ours.
 */
@ApplicationModule(allowedDependencies = {"kernel"})
package cn.chuanyu.metrology.audit;

import org.springframework.modulith.ApplicationModule;
