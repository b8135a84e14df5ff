/**
 * Cross-cutting HTTP: the sign-in and home pages, error responses as RFC 9457 problem details, and the
 * language switch. Knows no feature's internals.
 */
package cn.chuanyu.metrology.web;
