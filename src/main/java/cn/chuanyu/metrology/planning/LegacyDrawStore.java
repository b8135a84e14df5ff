package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.planning.draw.v1.DrawInputs;
import cn.chuanyu.metrology.planning.draw.v1.DrawResult;
import cn.chuanyu.metrology.planning.draw.v1.PartyExclusion;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** Reads draws made under {@code chuanyu-draw/1}, which are published and verified under the rules of /1. */
@Repository
class LegacyDrawStore {

    static final String ALGORITHM = cn.chuanyu.metrology.planning.draw.v1.Draw.ALGORITHM_VERSION;

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    LegacyDrawStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A /1 draw as stored: its inputs (with the seed typed then), exclusions, hashes and result. */
    record Stored(DrawInputs inputs, String seedSource, String exemptionSource, List<PartyExclusion> partyExclusions,
                  String registerSha256, String inputsSha256, DrawResult result) {
    }

    Optional<Stored> find(long campaignId) {
        return jdbc.sql("""
                        select d.inputs::text, c.seed_source, d.exemption_source, d.party_exclusions::text,
                            d.register_sha256, d.inputs_sha256, d.result::text
                        from campaign_draw d join campaign c on c.id = d.campaign_id
                        where d.campaign_id = :id and d.algorithm_version = :algorithm""")
                .param("id", campaignId).param("algorithm", ALGORITHM)
                .query((rs, row) -> new Stored(read(rs.getString(1), new TypeReference<>() { }), rs.getString(2),
                        rs.getString(3), read(rs.getString(4), new TypeReference<>() { }), rs.getString(5),
                        rs.getString(6), rs.getString(7) == null ? null : read(rs.getString(7), new TypeReference<>() { })))
                .optional();
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored chuanyu-draw/1 data is not readable", e);
        }
    }
}
