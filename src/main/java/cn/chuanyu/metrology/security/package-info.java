/**
 * Sign-in and who may do what: accounts bound to a province and a role, form login for pages, HTTP Basic
 * for the API, the Camunda webapps and REST API for administrators only, signed in through the same session.
 * Its published read model for SQL readers of other modules (migration V120): {@code security_account_view}.
 */
@ApplicationModule(allowedDependencies = {"kernel", "audit"})
package cn.chuanyu.metrology.security;

import org.springframework.modulith.ApplicationModule;
