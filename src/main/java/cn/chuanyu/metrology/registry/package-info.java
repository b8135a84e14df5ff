/**
 * The registry both provinces share: parties (authorised bodies and instrument makers) with their certificates,
 * the regulators' staff, and the reference data (provinces, regions, instrument categories).
 * Other modules read it through {@link cn.chuanyu.metrology.registry.Registry}.
 */
package cn.chuanyu.metrology.registry;
