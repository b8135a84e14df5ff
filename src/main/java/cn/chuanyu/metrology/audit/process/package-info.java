/** Records process starts and ends and task completions of every deployed process in the audit log. */
package cn.chuanyu.metrology.audit.process;
