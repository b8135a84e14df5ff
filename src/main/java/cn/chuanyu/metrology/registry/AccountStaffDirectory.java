package cn.chuanyu.metrology.registry;

import cn.chuanyu.metrology.security.Role;
import cn.chuanyu.metrology.security.StaffDirectory;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The registry's staff, as the security module's account pages look them up. */
@Component
class AccountStaffDirectory implements StaffDirectory {

    private final Registry registry;

    AccountStaffDirectory(Registry registry) {
        this.registry = registry;
    }

    @Override
    public Optional<Staff> byNumber(String staffNo) {
        return registry.staffByNumber(staffNo).map(member -> new Staff(member.id(),
                Role.valueOf(member.role().name()), member.province(), member.nameZh(), member.active()));
    }
}
