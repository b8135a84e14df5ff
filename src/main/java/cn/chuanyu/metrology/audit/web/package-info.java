/** The administrators' HTTP API of the audit log. */
package cn.chuanyu.metrology.audit.web;
