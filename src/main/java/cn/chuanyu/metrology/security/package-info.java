/**
 * Sign-in and who may do what: accounts bound to a province and a role, form login for pages, HTTP Basic
 * for the API, the Camunda webapps and REST API for administrators only, signed in through the same session.
 */
package cn.chuanyu.metrology.security;
