/**
 * The demo run's fictional register (authorised bodies, makers, inspectors, supervisors) and sign-in accounts,
 * loaded on an empty database when {@code chuanyu.demo.enabled} is true, and a generator of large registers
 * for benchmarks. Writes through the registry's and security's public APIs.
 */
@ApplicationModule(allowedDependencies = {"kernel", "registry", "security"})
package cn.chuanyu.metrology.demo;

import org.springframework.modulith.ApplicationModule;
