package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.planning.draw.DrawInputs;
import cn.chuanyu.metrology.planning.draw.DrawResult;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/** A campaign's frozen draw inputs and result ({@code campaign_draw}) and its drawn parties ({@code campaign_selection}). */
@Repository
class DrawStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ObjectMapper json;

    DrawStore(JdbcClient jdbc, JdbcTemplate batch, ObjectMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    /** Stores the frozen inputs once; a retried freeze finds them there and changes nothing. */
    void freeze(long campaignId, FrozenDraw frozen, Instant at) {
        DrawInputs inputs = frozen.inputs();
        jdbc.sql("""
                        insert into campaign_draw (campaign_id, algorithm_version, seed, register_sha256, inputs_sha256,
                            register_size, inputs, exemption_source, party_exclusions, frozen_at)
                        values (:id, :algorithm, :seed, :registerSha256, :inputsSha256, :registerSize,
                            cast(:inputs as jsonb), :exemptionSource, cast(:exclusions as jsonb), :at)
                        on conflict (campaign_id) do nothing""")
                .param("id", campaignId).param("algorithm", inputs.algorithmVersion()).param("seed", inputs.seed())
                .param("registerSha256", inputs.registerSha256()).param("inputsSha256", inputs.inputsSha256())
                .param("registerSize", inputs.register().size()).param("inputs", write(inputs))
                .param("exemptionSource", frozen.exemptionSource())
                .param("exclusions", write(frozen.partyExclusions()))
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update();
    }

    boolean isFrozen(long campaignId) {
        return jdbc.sql("select count(*) from campaign_draw where campaign_id = :id").param("id", campaignId)
                .query(Integer.class).single() > 0;
    }

    Optional<FrozenDraw> frozen(long campaignId) {
        return jdbc.sql("select inputs::text, exemption_source, party_exclusions::text from campaign_draw where campaign_id = :id")
                .param("id", campaignId)
                .query((rs, row) -> new FrozenDraw(read(rs.getString(1), new TypeReference<DrawInputs>() { }),
                        rs.getString(2), read(rs.getString(3), new TypeReference<List<PartyExclusion>>() { })))
                .optional();
    }

    Optional<DrawResult> result(long campaignId) {
        return jdbc.sql("select result::text from campaign_draw where campaign_id = :id and result is not null")
                .param("id", campaignId).query(String.class).optional()
                .map(text -> read(text, new TypeReference<DrawResult>() { }));
    }

    /** Stores the result and one row per drawn party, once: a retried draw changes nothing. */
    boolean saveResult(long campaignId, DrawResult result, IntFunction<LocalDate> plannedDate, Instant at) {
        int updated = jdbc.sql("""
                        update campaign_draw set result = cast(:result as jsonb), drawn_at = :at
                        where campaign_id = :id and result is null""")
                .param("result", write(result)).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("id", campaignId).update();
        if (updated == 0) {
            return false;
        }
        batch.batchUpdate("""
                        insert into campaign_selection (campaign_id, position, party_id, team, team_problem, planned_date)
                        values (?, ?, ?, ?, ?, ?)""", result.selection(), 1000, (statement, drawn) -> {
            statement.setLong(1, campaignId);
            statement.setInt(2, drawn.position());
            statement.setLong(3, drawn.partyId());
            statement.setArray(4, statement.getConnection().createArrayOf("bigint", drawn.team().toArray()));
            statement.setString(5, drawn.teamProblem());
            statement.setDate(6, Date.valueOf(plannedDate.apply(drawn.position())));
        });
        return true;
    }

    List<ToStart> nextToStart(long campaignId, int limit) {
        return jdbc.sql("""
                        select position, party_id, team, planned_date from campaign_selection
                        where campaign_id = :id and started_at is null and team_problem is null
                        order by position limit :limit""")
                .param("id", campaignId).param("limit", limit)
                .query((rs, row) -> new ToStart(rs.getInt(1), rs.getLong(2),
                        List.of((Long[]) rs.getArray(3).getArray()), rs.getObject(4, LocalDate.class)))
                .list();
    }

    void started(long campaignId, int position, long inspectionId, Instant at) {
        jdbc.sql("""
                        update campaign_selection set inspection_id = :inspectionId, started_at = :at
                        where campaign_id = :id and position = :position""")
                .param("inspectionId", inspectionId).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("id", campaignId).param("position", position).update();
    }

    void teamProblem(long campaignId, int position, String problem) {
        jdbc.sql("""
                        update campaign_selection set team_problem = :problem
                        where campaign_id = :id and position = :position and started_at is null""")
                .param("problem", problem).param("id", campaignId).param("position", position).update();
    }

    Counts counts(long campaignId) {
        return jdbc.sql("""
                        select (select register_size from campaign_draw where campaign_id = :id),
                               count(*), count(started_at), count(*) filter (where started_at is null and team_problem is null)
                        from campaign_selection where campaign_id = :id""")
                .param("id", campaignId)
                .query((rs, row) -> new Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4))).single();
    }

    List<PartyProblem> teamProblems(long campaignId) {
        return jdbc.sql("""
                        select party_id, team_problem from campaign_selection
                        where campaign_id = :id and team_problem is not null order by position""")
                .param("id", campaignId).query((rs, row) -> new PartyProblem(rs.getLong(1), rs.getString(2))).list();
    }

    Hashes hashes(long campaignId) {
        return jdbc.sql("select register_sha256, inputs_sha256 from campaign_draw where campaign_id = :id")
                .param("id", campaignId).query((rs, row) -> new Hashes(rs.getString(1), rs.getString(2))).single();
    }

    Map<Long, PartyName> partyNames(long campaignId) {
        Map<Long, PartyName> names = new HashMap<>();
        jdbc.sql("""
                        select p.id, p.credit_code, p.name_zh from campaign_selection s join party p on p.id = s.party_id
                        where s.campaign_id = :id""")
                .param("id", campaignId)
                .query(rs -> {
                    names.put(rs.getLong(1), new PartyName(rs.getString(2), rs.getString(3)));
                });
        return names;
    }

    record Hashes(String register, String inputs) {
    }

    record PartyName(String creditCode, String name) {
    }

    /** A drawn party whose inspection is still to start. */
    record ToStart(int position, long partyId, List<Long> team, LocalDate plannedDate) {
    }

    record Counts(int registerSize, int drawn, int started, int toStart) {
    }

    record PartyProblem(long partyId, String problem) {
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write draw data as JSON", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored draw data is not readable", e);
        }
    }
}
