package cn.chuanyu.metrology.security;

import java.util.Optional;

/**
 * Where accounts find the staff member they are opened for. The registry implements it, so the security module
 * does not depend on the registry.
 */
public interface StaffDirectory {

    /** The staff member with this staff number (人员编号), active or not. */
    Optional<Staff> byNumber(String staffNo);

    /** What an account takes from its staff member. */
    record Staff(long id, Role role, String province, String name, boolean active) {
    }
}
