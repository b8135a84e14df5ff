/**
 * Cross-cutting HTTP: the sign-in and home pages, error responses as RFC 9457 problem details, and the
 * language switch. Knows no feature's internals.
 */
@ApplicationModule(allowedDependencies = {"kernel", "security"})
package cn.chuanyu.metrology.web;

import org.springframework.modulith.ApplicationModule;
