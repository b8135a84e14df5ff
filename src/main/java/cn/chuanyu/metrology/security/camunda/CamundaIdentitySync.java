package cn.chuanyu.metrology.security.camunda;

import cn.chuanyu.metrology.security.AccountCreated;
import cn.chuanyu.metrology.security.CurrentUser;
import cn.chuanyu.metrology.security.Role;
import cn.chuanyu.metrology.security.UserAccounts;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps the engine's users and groups in step with the application's accounts: one Camunda user per account,
 * without a password, in the group of its role and province; administrators in {@code camunda-admin}.
 */
@Component
class CamundaIdentitySync {

    private static final Logger log = LoggerFactory.getLogger(CamundaIdentitySync.class);
    private static final String ANY_RESOURCE = Authorization.ANY;

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final UserAccounts accounts;

    CamundaIdentitySync(ProcessEngine engine, UserAccounts accounts) {
        this.identity = engine.getIdentityService();
        this.authorizations = engine.getAuthorizationService();
        this.accounts = accounts;
    }

    /** Before any runner creates accounts: the groups exist and administrators may do everything. */
    @EventListener(ApplicationStartedEvent.class)
    void prepareGroups() {
        ensureGroup(Groups.CAMUNDA_ADMIN, "Administrators", Groups.GROUP_TYPE_SYSTEM);
        for (Role role : List.of(Role.SUPERVISOR, Role.INSPECTOR)) {
            for (String province : List.of("SC", "CQ")) {
                ensureGroup(EngineUser.groupsOf(role, province).get(0),
                        role.name().charAt(0) + role.name().substring(1).toLowerCase(Locale.ROOT) + "s " + province,
                        Groups.GROUP_TYPE_WORKFLOW);
            }
        }
        for (Resource resource : Resources.values()) {
            grantAdministratorsAll(resource);
        }
    }

    /** After the runners (the demo loader among them): every account, however it was added. */
    @EventListener(ApplicationReadyEvent.class)
    void mirrorAllAccounts() {
        List<CurrentUser> all = accounts.all();
        all.forEach(this::mirror);
        log.info("Camunda users and groups mirror {} application accounts", all.size());
    }

    /** In the transaction that created the account, so a rolled-back account leaves no Camunda user. */
    @EventListener
    void accountCreated(AccountCreated event) {
        accounts.find(event.username()).ifPresent(this::mirror);
    }

    /**
     * At every sign-in, so an account added some other way (straight into the database) is a Camunda user before it
     * opens Cockpit: Camunda's single sign-on fails with a NullPointerException for a user it does not know.
     */
    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        if (event.getClass() == AuthenticationSuccessEvent.class
                && event.getAuthentication().getPrincipal() instanceof CurrentUser account) {
            mirror(account);
        }
    }

    void mirror(CurrentUser account) {
        User user = identity.createUserQuery().userId(account.username()).singleResult();
        if (user == null) {
            user = identity.newUser(account.username());
        }
        String lastName = account.role().name() + (account.province() == null ? "" : " " + account.province());
        if (!account.displayName().equals(user.getFirstName()) || !lastName.equals(user.getLastName())) {
            user.setFirstName(account.displayName());
            user.setLastName(lastName);
            identity.saveUser(user);
        }
        alignMemberships(account);
    }

    private void alignMemberships(CurrentUser account) {
        Set<String> wanted = new HashSet<>(EngineUser.of(account).groupIds());
        Set<String> current = identity.createGroupQuery().groupMember(account.username()).list().stream()
                .map(Group::getId).collect(Collectors.toSet());
        current.stream().filter(group -> !wanted.contains(group))
                .forEach(group -> identity.deleteMembership(account.username(), group));
        wanted.stream().filter(group -> !current.contains(group))
                .forEach(group -> {
                    ensureGroup(group, group, Groups.GROUP_TYPE_WORKFLOW);
                    identity.createMembership(account.username(), group);
                });
    }

    private void ensureGroup(String id, String name, String type) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType(type);
            identity.saveGroup(group);
        }
    }

    private void grantAdministratorsAll(Resource resource) {
        Authorization grant = authorizations.createAuthorizationQuery()
                .groupIdIn(Groups.CAMUNDA_ADMIN).resourceType(resource).resourceId(ANY_RESOURCE).singleResult();
        if (grant == null) {
            grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(Groups.CAMUNDA_ADMIN);
            grant.setResource(resource);
            grant.setResourceId(ANY_RESOURCE);
        } else if (grant.isEveryPermissionGranted()) {
            return;
        }
        grant.addPermission(Permissions.ALL);
        authorizations.saveAuthorization(grant);
    }
}
