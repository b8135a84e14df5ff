package cn.chuanyu.metrology.security.camunda;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.security.Role;
import cn.chuanyu.metrology.security.UserAccounts;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CamundaIdentitySyncIntegrationTests {

    @Autowired
    CamundaIdentitySync sync;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProcessEngine engine;

    @Test
    void preparingAgainOnTheNextStartGrantsNothingTwice() {
        sync.prepareGroups();
        sync.prepareGroups();

        assertThat(engine.getAuthorizationService().createAuthorizationQuery().groupIdIn("camunda-admin")
                .resourceId("*").count()).isEqualTo(Resources.values().length);
    }

    @Test
    void anAccountThatChangedProvinceMovesToTheOtherGroupOnTheNextStart() {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Long staffId = jdbc.sql("insert into staff (staff_no, role, name_zh, province) values (:no, 'INSPECTOR', '调动', 'SC') returning id")
                .param("no", "M" + suffix).query(Long.class).single();
        String username = "moved-" + suffix;
        accounts.create(new UserAccounts.NewAccount(username, "unused-hash", "Moved " + suffix, Role.INSPECTOR, "SC", staffId));
        assertThat(groupsOf(username)).containsExactly("inspector-sc");

        jdbc.sql("update app_user set province = 'CQ' where username = :u").param("u", username).update();
        sync.mirrorAllAccounts();

        assertThat(groupsOf(username)).containsExactly("inspector-cq");
        assertThat(engine.getIdentityService().createUserQuery().userId(username).singleResult().getLastName())
                .isEqualTo("INSPECTOR CQ");
    }

    private List<String> groupsOf(String userId) {
        return engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }
}
