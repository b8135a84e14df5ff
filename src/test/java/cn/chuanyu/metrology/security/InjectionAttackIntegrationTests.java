package cn.chuanyu.metrology.security;

import cn.chuanyu.metrology.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends SQL-injection strings in every list filter of the registry, inspection and audit APIs: each must be
 * refused (400) or match nothing (200), never fail (5xx), and no row of any table may change.
 */
@IntegrationTest
class InjectionAttackIntegrationTests {

    private static final List<String> INJECTIONS = List.of("' or '1'='1", "1; drop table party;--",
            "') union select null, null--", "SC' --", "1 or 1=1", "\"; delete from staff; --",
            "1' and pg_sleep(3)--", "id;delete from app_user", "nameZh,desc;update party set name_zh='x'",
            "%27%20or%201%3D1", "\\'; truncate audit_record; --", "*/ select 1 /*");

    private static final Map<String, List<String>> FILTERS = Map.of(
            "/api/registry/parties", List.of("province", "kind", "category", "status", "sort", "page", "size"),
            "/api/registry/staff", List.of("province", "role", "category", "active", "sort", "page", "size"),
            "/api/inspections", List.of("province", "status", "partyId", "from", "to", "limit", "offset"),
            "/api/admin/audit", List.of("actor", "action", "subjectType", "subjectId", "page", "size"));

    private static final List<String> WATCHED_TABLES = List.of("party", "staff", "app_user", "inspection",
            "authorisation_certificate", "staff_qualification");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void injectionStringsInListFiltersAreRefusedOrMatchNothingAndChangeNothing() {
        Browser admin = new Browser(port).withBasic("admin", "chuanyu-demo");
        List<Long> before = counts();
        List<String> failures = new ArrayList<>();
        int tried = 0;

        for (var endpoint : FILTERS.entrySet()) {
            for (String filter : endpoint.getValue()) {
                for (String injection : INJECTIONS) {
                    String path = endpoint.getKey() + "?" + filter + "="
                            + URLEncoder.encode(injection, StandardCharsets.UTF_8);
                    var response = admin.get(path);
                    tried++;
                    boolean matchedNothing = response.statusCode() == 200 && !response.body().contains("\"id\"")
                            && !response.body().contains("\"sequence\"");
                    if (response.statusCode() != 400 && !matchedNothing) {
                        failures.add(path + " -> " + response.statusCode());
                    }
                }
            }
        }

        assertThat(tried).isEqualTo(12 * (7 + 7 + 7 + 6));
        assertThat(failures).as("filters that let an injection string through").isEmpty();
        assertThat(counts()).isEqualTo(before);
    }

    private List<Long> counts() {
        return WATCHED_TABLES.stream()
                .map(table -> jdbc.sql("select count(*) from " + table).query(Long.class).single()).toList();
    }
}
