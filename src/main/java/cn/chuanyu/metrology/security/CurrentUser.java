package cn.chuanyu.metrology.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.List;

/**
 * The signed-in person: account, role, province (null for an administrator of both provinces) and,
 * for inspectors and supervisors, the staff record they act as.
 */
public record CurrentUser(
        String username,
        String passwordHash,
        String displayName,
        Role role,
        String province,
        Long staffId,
        boolean enabled,
        boolean locked) implements UserDetails {

    /** Whether this person may see non-public records of the given province. */
    public boolean servesProvince(String provinceCode) {
        return province == null || province.equals(provinceCode);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "CurrentUser[" + username + ", " + role + ", " + province + "]";
    }
}
