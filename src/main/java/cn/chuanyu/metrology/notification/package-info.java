/**
 * Notices (通知书) to businesses. Process steps request a notice through
 * {@link cn.chuanyu.metrology.notification.Notices}; each request is recorded once per process instance, step
 * and kind, in the transaction of the step, and sent later.
 */
package cn.chuanyu.metrology.notification;
