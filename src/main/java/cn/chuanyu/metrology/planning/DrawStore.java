package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.planning.draw.Draw;
import cn.chuanyu.metrology.planning.draw.DrawResult;
import cn.chuanyu.metrology.planning.draw.FrozenInputs;
import cn.chuanyu.metrology.planning.draw.TeamProblem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A campaign's frozen draw inputs and result ({@code campaign_draw}) and its drawn parties ({@code
 * campaign_selection}) under {@code chuanyu-draw/2}; {@link LegacyDrawStore} reads draws made under {@code /1}.
 */
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

    /** The frozen inputs and their hashes as stored, with when and on which day they were frozen. */
    record Frozen(FrozenInputs inputs, Instant frozenAt, LocalDate frozenOn, String registerSha256,
                  String frozenSha256) {
    }

    /** The stored result with the seed and the hashes over it. */
    record Drawn(String seed, String inputsSha256, DrawResult result, String resultSha256, Instant drawnAt) {
    }

    /** Stores the frozen inputs once; a retried freeze finds them there and changes nothing (false). */
    boolean freeze(FrozenInputs inputs, LocalDate on, Instant at) {
        return jdbc.sql("""
                        insert into campaign_draw (campaign_id, algorithm_version, register_sha256, frozen_sha256,
                            register_size, inputs, exemption_source, party_exclusions, frozen_at, frozen_on)
                        values (:id, :algorithm, :registerSha256, :frozenSha256, :registerSize, cast(:inputs as jsonb),
                            'recognition', cast(:exclusions as jsonb), :at, :on)
                        on conflict (campaign_id) do nothing""")
                .param("id", inputs.campaignId()).param("algorithm", Draw.ALGORITHM)
                .param("registerSha256", inputs.registerSha256()).param("frozenSha256", inputs.frozenSha256())
                .param("registerSize", inputs.register().size()).param("inputs", write(inputs))
                .param("exclusions", write(inputs.partyExclusions())).param("at", utc(at)).param("on", on)
                .update() == 1;
    }

    /** The algorithm a campaign's draw was frozen under, if it was frozen. */
    Optional<String> algorithm(long campaignId) {
        return jdbc.sql("select algorithm_version from campaign_draw where campaign_id = :id")
                .param("id", campaignId).query(String.class).optional();
    }

    Optional<Frozen> frozen(long campaignId) {
        return jdbc.sql("""
                        select inputs::text, frozen_at, frozen_on, register_sha256, frozen_sha256 from campaign_draw
                        where campaign_id = :id and algorithm_version = :algorithm""")
                .param("id", campaignId).param("algorithm", Draw.ALGORITHM)
                .query((rs, row) -> new Frozen(read(rs.getString(1), FrozenInputs.class),
                        rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getString(5)))
                .optional();
    }

    Optional<Drawn> drawn(long campaignId) {
        return jdbc.sql("""
                        select seed, inputs_sha256, result::text, result_sha256, drawn_at from campaign_draw
                        where campaign_id = :id and algorithm_version = :algorithm and result is not null""")
                .param("id", campaignId).param("algorithm", Draw.ALGORITHM)
                .query((rs, row) -> new Drawn(rs.getString(1), rs.getString(2), read(rs.getString(3), DrawResult.class),
                        rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** Stores the seed, the result and one row per drawn party, once: a retried draw changes nothing (false). */
    boolean saveResult(long campaignId, String seed, String inputsSha256, DrawResult result, Instant at) {
        int updated = jdbc.sql("""
                        update campaign_draw set seed = :seed, inputs_sha256 = :inputsSha256,
                            result = cast(:result as jsonb), result_sha256 = :resultSha256, drawn_at = :at
                        where campaign_id = :id and result is null""")
                .param("seed", seed).param("inputsSha256", inputsSha256).param("result", write(result))
                .param("resultSha256", result.resultSha256()).param("at", utc(at)).param("id", campaignId).update();
        if (updated == 0) {
            return false;
        }
        batch.batchUpdate("""
                        insert into campaign_selection (campaign_id, position, party_id, team, team_problem,
                            team_problem_detail, planned_date)
                        values (?, ?, ?, ?, ?, cast(? as jsonb), ?)""", result.selection(), 1000,
                (statement, drawn) -> {
                    statement.setLong(1, campaignId);
                    statement.setInt(2, drawn.position());
                    statement.setLong(3, drawn.partyId());
                    statement.setArray(4, statement.getConnection().createArrayOf("bigint", drawn.team().toArray()));
                    statement.setString(5, drawn.hasTeam() ? null : drawn.teamProblem().canonical());
                    statement.setString(6, drawn.hasTeam() ? null : write(drawn.teamProblem()));
                    statement.setDate(7, Date.valueOf(drawn.plannedDate()));
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

    /** Per position of the selection: the inspection started for that drawn party, if one has been. */
    Map<Integer, Long> startedInspections(long campaignId) {
        return jdbc.sql("""
                        select position, inspection_id from campaign_selection
                        where campaign_id = :id and inspection_id is not null""")
                .param("id", campaignId)
                .query((rs, row) -> Map.entry(rs.getInt(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    void started(long campaignId, int position, long inspectionId, Instant at) {
        jdbc.sql("""
                        update campaign_selection set inspection_id = :inspectionId, started_at = :at
                        where campaign_id = :id and position = :position""")
                .param("inspectionId", inspectionId).param("at", utc(at))
                .param("id", campaignId).param("position", position).update();
    }

    /** A drawn party whose inspection could not be started after the draw, with the reason in words. */
    void startProblem(long campaignId, int position, String problem) {
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

    /** Drawn parties without an inspection: the draw's structured team problem, or why the start failed. */
    List<PartyProblem> problems(long campaignId) {
        return jdbc.sql("""
                        select party_id, team_problem, team_problem_detail::text from campaign_selection
                        where campaign_id = :id and team_problem is not null order by position""")
                .param("id", campaignId)
                .query((rs, row) -> new PartyProblem(rs.getLong(1), rs.getString(2),
                        rs.getString(3) == null ? null : read(rs.getString(3), TeamProblem.class)))
                .list();
    }

    /** A drawn party whose inspection is still to start. */
    record ToStart(int position, long partyId, List<Long> team, LocalDate plannedDate) {
    }

    record Counts(int registerSize, int drawn, int started, int toStart) {
    }

    /** {@code teamProblem} is set for a party the draw found no team for; {@code problem} says it in one line. */
    record PartyProblem(long partyId, String problem, TeamProblem teamProblem) {
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write draw data as JSON", e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored draw data is not readable", e);
        }
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
