package cn.chuanyu.metrology.security.camunda;

import cn.chuanyu.metrology.security.CurrentUser;
import cn.chuanyu.metrology.security.Role;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The engine's view of a signed-in account: its Camunda user id and the Camunda groups it belongs to. */
record EngineUser(String userId, List<String> groupIds) {

    /** Groups named after role and province ({@code inspector-sc}); administrators join {@code camunda-admin}. */
    static List<String> groupsOf(Role role, String province) {
        if (role == Role.ADMIN) {
            return List.of(Groups.CAMUNDA_ADMIN);
        }
        return List.of(role.name().toLowerCase(Locale.ROOT) + "-" + province.toLowerCase(Locale.ROOT));
    }

    static EngineUser of(CurrentUser account) {
        return new EngineUser(account.username(), groupsOf(account.role(), account.province()));
    }

    /** The account signed in to Spring Security on this request, if any. */
    static Optional<EngineUser> signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken
                || !(authentication.getPrincipal() instanceof CurrentUser account)) {
            return Optional.empty();
        }
        return Optional.of(of(account));
    }
}
