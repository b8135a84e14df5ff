package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.planning.draw.v1.Draw;
import cn.chuanyu.metrology.planning.draw.v1.DrawInputs;
import cn.chuanyu.metrology.planning.draw.v1.DrawParameters;
import cn.chuanyu.metrology.planning.draw.v1.DrawResult;
import cn.chuanyu.metrology.planning.draw.v1.InspectorEntry;
import cn.chuanyu.metrology.planning.draw.v1.RegisterEntry;
import cn.chuanyu.metrology.security.Role;
import cn.chuanyu.metrology.security.UserAccounts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A draw made before chuanyu-draw/2 (stored under chuanyu-draw/1, with its typed seed) is still published whole and
 * still verifies under the rules of /1; a changed stored result does not.
 */
@IntegrationTest
class LegacyDrawIntegrationTests {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void aDrawStoredUnderVersionOneVerifiesUnderVersionOneAndIsPublishedWithItsTeams() throws Exception {
        PlanningFixtures fixtures = new PlanningFixtures(jdbc, accounts, encoder);
        String supervisor = fixtures.account(Role.SUPERVISOR, "SC");
        long id = storedVersionOneDraw();

        JsonNode verification = http.withBasicAuth(supervisor, PlanningFixtures.PASSWORD)
                .getForObject("/api/campaigns/" + id + "/draw/verify", JsonNode.class);
        JsonNode published = http.getForObject("/api/public/draws/" + id, JsonNode.class);

        assertThat(verification.at("/algorithmVersion").asText()).isEqualTo("chuanyu-draw/1");
        assertThat(verification.at("/matches").asBoolean()).isTrue();
        assertThat(published.at("/algorithm").asText()).isEqualTo("chuanyu-draw/1");
        assertThat(published.at("/seed").asText()).isEqualTo("上证指数 2026-12-31 收盘 3321.07");
        assertThat(published.at("/result/selection/0/team")).hasSize(2);
        assertThat(published.at("/inputs/inspectors")).hasSize(4);

        jdbc.sql("update campaign_draw set result = jsonb_set(result, '{selection,0,partyId}', '999') where campaign_id = :id")
                .param("id", id).update();
        JsonNode tampered = http.withBasicAuth(supervisor, PlanningFixtures.PASSWORD)
                .getForObject("/api/campaigns/" + id + "/draw/verify", JsonNode.class);
        assertThat(tampered.at("/matches").asBoolean()).isFalse();
        assertThat(tampered.at("/differences/0").asText()).startsWith("selection position 1");
    }

    /** A campaign drawn under /1 as that version stored it: typed seed, inputs and result as JSON. */
    private long storedVersionOneDraw() throws Exception {
        List<RegisterEntry> register = new ArrayList<>();
        for (long party = 1; party <= 6; party++) {
            register.add(new RegisterEntry(party, "SC", party % 2 == 0 ? "HIGH" : "LOW", 1 + party % 3,
                    List.of("WATER_METER"), List.of(), party == 1 ? List.of(101L) : List.of()));
        }
        List<InspectorEntry> pool = List.of(new InspectorEntry(101, "SC", List.of("WATER_METER")),
                new InspectorEntry(102, "SC", List.of("WATER_METER")), new InspectorEntry(103, "SC",
                        List.of("WATER_METER")), new InspectorEntry(104, "SC", List.of("WATER_METER")));
        DrawInputs inputs = new DrawInputs(Draw.ALGORITHM_VERSION, "上证指数 2026-12-31 收盘 3321.07",
                new DrawParameters(3, null, Map.of(), 2, 20, false, List.of("SC")), register, pool);
        DrawResult result = Draw.run(inputs);
        long id = jdbc.sql("""
                        insert into campaign (name, party_kind, categories, provinces, joint, sample_count, team_size,
                            load_cap, period_start, period_end, window_start, window_end, seed, seed_source, status,
                            created_by)
                        values ('旧算法抽查', 'AUTHORISED_BODY', '{WATER_METER}', '{SC}', false, 3, 2, 20,
                            date '2027-01-01', date '2027-03-31', date '2027-01-15', date '2027-02-28',
                            :seed, '上海证券交易所公布的收盘指数', 'STARTED', 'legacy')
                        returning id""").param("seed", inputs.seed()).query(Long.class).single();
        jdbc.sql("""
                        insert into campaign_draw (campaign_id, algorithm_version, seed, register_sha256, inputs_sha256,
                            register_size, inputs, exemption_source, party_exclusions, result, frozen_at, drawn_at)
                        values (:id, 'chuanyu-draw/1', :seed, :register, :inputsHash, 6, cast(:inputs as jsonb),
                            'recognition', '[]', cast(:result as jsonb), now(), now())""")
                .param("id", id).param("seed", inputs.seed()).param("register", inputs.registerSha256())
                .param("inputsHash", inputs.inputsSha256()).param("inputs", json.writeValueAsString(inputs))
                .param("result", json.writeValueAsString(result)).update();
        return id;
    }
}
