/**
 * Single sign-on into Camunda: the webapps and the engine's REST API take the person signed in to Spring
 * Security as the engine's user, and the engine's users and groups mirror the application's accounts. Also the
 * engine's known holes that 7.24.0 CE will never get patches for, closed here (README "Known engine CVEs").
 */
package cn.chuanyu.metrology.security.camunda;
