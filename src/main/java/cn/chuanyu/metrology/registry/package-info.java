/**
 * The registry both provinces share: parties (authorised bodies and instrument makers) with their certificates,
 * the regulators' staff, and the reference data (provinces, regions, instrument categories).
 * Other modules read it through {@link cn.chuanyu.metrology.registry.Registry}.
 * Its published read model for SQL readers of other modules (migration V120): {@code registry_party_view},
 * {@code registry_category_view}, {@code registry_credential_view} and {@code registry_credential_valid_on}.
 */
@ApplicationModule(allowedDependencies = {"kernel", "audit", "security"})
package cn.chuanyu.metrology.registry;

import org.springframework.modulith.ApplicationModule;
