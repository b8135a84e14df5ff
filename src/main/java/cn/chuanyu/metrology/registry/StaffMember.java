package cn.chuanyu.metrology.registry;

import java.util.Set;

/**
 * An inspector or supervisor of one province's regulator as other modules see them.
 *
 * @param qualifications   instrument categories the person is qualified to inspect
 * @param conflictPartyIds parties the person must step aside from (回避)
 */
public record StaffMember(
        long id,
        String staffNo,
        StaffRole role,
        String nameZh,
        String nameEn,
        String province,
        String email,
        boolean active,
        Set<String> qualifications,
        Set<Long> conflictPartyIds) {
}
