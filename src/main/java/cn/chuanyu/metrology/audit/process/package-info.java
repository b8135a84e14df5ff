/**
 * Records process starts and ends and task completions of every deployed process in the audit log, and runs the
 * AuditCheckpoint process that writes and mails checkpoints of the chain.
 */
package cn.chuanyu.metrology.audit.process;
