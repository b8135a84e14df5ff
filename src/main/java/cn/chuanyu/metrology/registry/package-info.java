/**
 * The registry both provinces share: parties (authorised bodies and instrument makers) with their certificates,
 * the regulators' staff, and the reference data (provinces, regions, instrument categories).
 * Other modules read it through {@link cn.chuanyu.metrology.registry.Registry} or its published read models.
 * Its published read model for SQL readers of other modules (migration V120): {@code registry_party_view},
 * {@code registry_category_view}, {@code registry_credential_view} and {@code registry_credential_valid_on}.
 * The draw's views, created by migration V131, whose columns and meaning the registry keeps:
 * {@code registry_party_profile_view} (a party with its earliest credential expiry),
 * {@code registry_party_operation_view} (the provinces a party operates in, home included),
 * {@code registry_party_category_view} (the categories a party works in) and
 * {@code registry_inspector_view} (inspectors with their enforcement certificate's validity).
 */
@ApplicationModule(allowedDependencies = {"kernel", "audit", "security"})
package cn.chuanyu.metrology.registry;

import org.springframework.modulith.ApplicationModule;
