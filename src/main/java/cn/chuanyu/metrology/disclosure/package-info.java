/**
 * Public disclosure of approved inspection results (一公开): party, date and outcome, no personal data,
 * readable without sign-in at {@code GET /api/public/disclosures}.
 */
@ApplicationModule(allowedDependencies = {"kernel", "calendar", "inspection", "planning", "registry"})
package cn.chuanyu.metrology.disclosure;

import org.springframework.modulith.ApplicationModule;
